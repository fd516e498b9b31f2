/** The operator is asked once per workbook and kept in its settings (WORKBOOK.md "Integrity"). */
import { memoryStore, operatorFor, OPERATOR_SETTING, type SettingsStore } from '../../src/taskpane/operator';

function counted(): SettingsStore & { saves: number } {
  const store = memoryStore();
  const out = { ...store, saves: 0, save: async () => void out.saves++ };
  return out;
}

describe('operator', () => {
  test('asked once, then kept in the document settings', async () => {
    const store = counted();
    const ask = jest.fn(async () => '  Nguyễn   Thị Thư Ký ');
    expect(await operatorFor(store, ask)).toBe('Nguyễn Thị Thư Ký');
    expect(await operatorFor(store, ask)).toBe('Nguyễn Thị Thư Ký');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(store.get(OPERATOR_SETTING)).toBe('Nguyễn Thị Thư Ký');
    expect(store.saves).toBe(1);
  });

  test('no answer: nothing runs, nothing kept; changing keeps the old name when cancelled', async () => {
    const store = counted();
    expect(await operatorFor(store, async () => '   ')).toBeNull();
    expect(await operatorFor(store, async () => null)).toBeNull();
    expect(store.saves).toBe(0);
    await operatorFor(store, async () => 'Lê Văn A');
    expect(await operatorFor(store, async (current) => (current === 'Lê Văn A' ? null : 'x'), true)).toBe('Lê Văn A');
    expect(await operatorFor(store, async () => 'Trần Văn B', true)).toBe('Trần Văn B');
    expect(store.get(OPERATOR_SETTING)).toBe('Trần Văn B');
  });

  test('without a settings store the answer is used for that run only', async () => {
    const ask = jest.fn(async () => 'Phạm C');
    expect(await operatorFor(null, ask)).toBe('Phạm C');
    expect(await operatorFor(null, ask)).toBe('Phạm C');
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
