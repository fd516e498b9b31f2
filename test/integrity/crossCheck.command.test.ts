/**
 * `Đối chiếu` (WORKBOOK.md "Integrity"): the official software's figures keyed by the staff. Equal
 * figures: the minutes say the count was cross-checked, in one sentence. Any difference blocks
 * the election's minutes and is listed with both figures and the cell.
 */
import { tallyCommand } from '../../src/commands/tally';
import { workbookFrom, type Cell } from '../helpers/workbook';
import { congress, STRIKE } from './fixtures';
import { ctxOf, reopened, values } from './helpers';

async function counted(): Promise<{ votes: number[]; valid: number; invalid: number }> {
  const host = await workbookFrom(congress([STRIKE]));
  const r = (await tallyCommand(ctxOf(host, { write: false }))).results[0];
  return { votes: r.candidates.map((c) => c.votes), valid: r.ballots.valid, invalid: r.ballots.invalid };
}

function crossSheet(rows: Cell[][]): Record<string, Cell[][]> {
  return { 'Đối chiếu': [['Mã', 'Mục', 'Số liệu'], ...rows] };
}

describe('Đối chiếu', () => {
  test('equal figures: complete, the minutes say so in one sentence, JSON crossCheck', async () => {
    const c = await counted();
    const rows: Cell[][] = [
      ['CU', 'Số phiếu phát ra', 21],
      ['cu', 'SO PHIEU THU VAO', 21],
      ['CU', 'Số phiếu hợp lệ', c.valid],
      ['CU', 'Số phiếu không hợp lệ', c.invalid],
      ...STRIKE.candidates.map((name, i): Cell[] => ['CU', ` ${name} `, c.votes[i]]),
    ];
    const host = await workbookFrom(congress([STRIKE], crossSheet(rows)));
    const outcome = await tallyCommand(ctxOf(host));
    expect(outcome.errors).toEqual([]);
    const result = outcome.results[0];
    expect(result.status).not.toBe('blocked');
    expect(result.crossCheck).toHaveLength(9);
    expect(result.crossCheck?.[1]).toEqual({
      item: 'Số phiếu thu vào',
      official: 21,
      counted: 21,
      cell: "'Đối chiếu'!C3",
      ok: true,
    });
    expect(result.checks.find((k) => k.name === 'Đối chiếu')).toMatchObject({ ok: true, actual: 0 });
    const minutes = (await values(await reopened(host), 'Biên bản CU')).flat().filter((v) => typeof v === 'string');
    expect(minutes.filter((t) => t.includes('phần mềm kiểm phiếu chính thức'))).toEqual([
      'Kết quả kiểm phiếu trên đã được đối chiếu với 9 số liệu in từ phần mềm kiểm phiếu chính thức; tất cả đều khớp.',
    ]);
  });

  test('a difference blocks: no minutes, nobody elected, both figures and the cell listed', async () => {
    const c = await counted();
    const rows: Cell[][] = [
      ['CU', 'Số phiếu hợp lệ', c.valid],
      ['CU', STRIKE.candidates[2], c.votes[2] + 1],
    ];
    const host = await workbookFrom(congress([STRIKE], crossSheet(rows)));
    const outcome = await tallyCommand(ctxOf(host));
    const result = outcome.results[0];
    expect(result.status).toBe('blocked');
    expect(result.elected).toEqual([]);
    expect(result.crossCheck?.[1]).toEqual({
      item: STRIKE.candidates[2],
      official: c.votes[2] + 1,
      counted: c.votes[2],
      cell: "'Đối chiếu'!C3",
      ok: false,
    });
    expect(result.checks.find((k) => k.name === 'Đối chiếu')).toMatchObject({
      ok: false,
      expected: 0,
      actual: 1,
      cell: "'Đối chiếu'!C3",
    });
    const warning = outcome.warnings.find((w) => w.code === 'CROSS_CHECK_DIFFERENCE');
    expect(warning?.cell).toBe("'Đối chiếu'!C3");
    expect(warning?.params).toMatchObject({
      item: STRIKE.candidates[2],
      official: c.votes[2] + 1,
      counted: c.votes[2],
    });
    const after = await reopened(host);
    expect(await after.sheetNames()).not.toContain('Biên bản CU');
    const sheet = (await values(after, 'Kết quả CU')).map((r) => r.slice(0, 5));
    expect(sheet).toContainEqual([STRIKE.candidates[2], c.votes[2] + 1, c.votes[2], 'CHÊNH LỆCH', "'Đối chiếu'!C3"]);
  });

  test('a row naming nobody on the list, a bad figure, a duplicate, an unknown code: errors at their cells', async () => {
    const rows: Cell[][] = [
      ['CU', 'Nguyễn Văn Ẩn', 3],
      ['CU', 'Số phiếu hợp lệ', 'mười'],
      ['CU', 'Số phiếu thu vào', 21],
      ['CU', 'số phiếu thu vào', 21],
      ['BCH', 'Số phiếu thu vào', 21],
    ];
    const host = await workbookFrom(congress([STRIKE], crossSheet(rows)));
    const outcome = await tallyCommand(ctxOf(host));
    expect(outcome.errors.map((e) => [e.code, e.cell])).toEqual([
      ['UNKNOWN_CANDIDATE', "'Đối chiếu'!B2"],
      ['BAD_VALUE', "'Đối chiếu'!C3"],
      ['BAD_VALUE', "'Đối chiếu'!B5"],
      ['BAD_VALUE', "'Đối chiếu'!A6"],
    ]);
    expect(outcome.written).toBe(false);
  });

  test('before any ballot is keyed the zero report is not cross-checked', async () => {
    const host = await workbookFrom(
      congress([{ ...STRIKE, ballots: [] }], crossSheet([['CU', 'Số phiếu hợp lệ', 20]])),
    );
    const result = (await tallyCommand(ctxOf(host, { write: false }))).results[0];
    expect(result.status).toBe('zero');
    expect(result.crossCheck).toBeUndefined();
  });
});
