import { percentText } from '../../src/engine/text/percent';

describe('percentText: never contradicts 2 × votes > D (addendum §5 rule 3)', () => {
  test('two decimals with a Vietnamese comma, half-up', () => {
    expect(percentText(150, 157)).toBe('95,54%');
    expect(percentText(1, 3)).toBe('33,33%');
    expect(percentText(2, 3)).toBe('66,67%');
    expect(percentText(157, 157)).toBe('100,00%');
    expect(percentText(0, 157)).toBe('0,00%');
    expect(percentText(3, 0)).toBe('');
  });
  test('6 251 of 12 501 is over one half and says so; 6 249 of 12 499 is under', () => {
    expect(percentText(6251, 12501)).toBe('50,004%');
    expect(percentText(6249, 12499)).toBe('49,996%');
    expect(2 * 6251 > 12501).toBe(true);
    expect(2 * 6249 > 12499).toBe(false);
  });
  test('exactly one half prints 50,00% (not elected: 2 × votes = D)', () => {
    expect(percentText(10, 20)).toBe('50,00%');
  });
  test('very large bases still decide the side', () => {
    expect(percentText(500001, 1000001)).toBe('50,00005%');
    expect(percentText(499999, 999999)).toBe('49,9999%');
  });
  test('the printed side always agrees with the integer rule', () => {
    for (let d = 1; d <= 3000; d++) {
      for (const v of [Math.floor(d / 2), Math.floor(d / 2) + 1]) {
        const text = percentText(v, d);
        const value = Number(text.replace('%', '').replace(/\./g, '').replace(',', '.'));
        if (2 * v > d) expect(value > 50 || text !== '50,00%').toBe(true);
        if (2 * v < d) expect(value < 50).toBe(true);
      }
    }
  });
});
