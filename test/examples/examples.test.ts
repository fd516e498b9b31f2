/**
 * The bundled examples: the generator is deterministic, the committed files in `examples/` hold
 * exactly its values (so they cannot drift), and the tally gives the outcomes each example is
 * there to show.
 */
import * as path from 'path';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { CHI_BO_FILE, exampleWorkbooks, PHUONG_FILE } from '../../src/examples/write';
import { largestRemainder } from '../../src/examples/phuong';
import { readTallyInput } from '../../src/workbook/tallyInput';
import { tallyElections } from '../../src/engine/tally/tally';
import type { ElectionResult } from '../../src/engine/tally/types';
import type { PlanValue } from '../../src/workbook/sheetPlan';
import { compareBallotOrder } from '../../src/engine/text/collate';

const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'examples');

type Grid = (PlanValue | Date)[][];

/** Values without trailing blanks, so a plan and the sheet read back compare cell for cell. */
function trimmed(grid: Grid): Grid {
  const rows = grid.map((row) => {
    const out = (row ?? []).map((c) => (c === undefined || c === '' ? null : c));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

async function tallyOf(file: string): Promise<Map<string, ElectionResult>> {
  const host = await XlsxHost.load(path.join(EXAMPLES_DIR, file));
  const { input, problems } = await readTallyInput(host);
  expect(problems).toEqual([]);
  if (!input) throw new Error('no input');
  const outcome = tallyElections(input);
  expect(outcome.problems).toEqual([]);
  return new Map(outcome.results.map((r) => [r.id, r]));
}

describe('example generator', () => {
  test('is deterministic', () => {
    expect(exampleWorkbooks()).toEqual(exampleWorkbooks());
  });

  test.each([PHUONG_FILE, CHI_BO_FILE])('the committed %s holds exactly the generator\'s values', async (file) => {
    const example = exampleWorkbooks().find((e) => e.file === file);
    if (!example) throw new Error(file);
    const host = await XlsxHost.load(path.join(EXAMPLES_DIR, file));
    const names = await host.sheetNames();
    expect(names).toEqual(example.sheets.map((s) => s.name));
    const read = await host.readSheets(names);
    for (const sheet of example.sheets) {
      expect({ sheet: sheet.name, values: trimmed(read.get(sheet.name) ?? []) }).toEqual({ sheet: sheet.name, values: trimmed(sheet.values) });
    }
  });

  test('largest remainder gives every seat and refuses a tie at the last one', () => {
    expect(largestRemainder([5, 3, 2], 7)).toEqual([4, 2, 1]);
    expect(() => largestRemainder([1, 1], 1)).toThrow(/tie/);
  });

  test('ballot sheets list the candidates in ballot order and keep marks as text', () => {
    for (const { sheets } of exampleWorkbooks()) {
      for (const sheet of sheets.filter((s) => s.name.startsWith('Phiếu '))) {
        const header = sheet.values[0] as string[];
        const names = header.filter((h) => !['Số phiếu', 'Tổ', 'Không hợp lệ'].includes(h));
        for (let i = 1; i < names.length; i++) expect(compareBallotOrder({ name: names[i - 1] }, { name: names[i] })).toBeLessThanOrEqual(0);
        const marks = new Set(sheet.values.slice(1).flatMap((row) => row.slice(header.indexOf(names[0]), header.indexOf('Không hợp lệ'))));
        for (const m of marks) expect([null, 'x', '-']).toContain(m);
        expect(sheet.styles.some((s) => s.style.numberFormat === '@')).toBe(true);
      }
    }
  });
});

describe('dai-hoi-phuong.xlsx through the tally', () => {
  let results: Map<string, ElectionResult>;
  beforeAll(async () => { results = await tallyOf(PHUONG_FILE); });
  const get = (id: string): ElectionResult => {
    const r = results.get(id);
    if (!r) throw new Error(id);
    return r;
  };

  test('D = 118 convened − 1 absent ex officio − 2 absences without an alternate = 115', () => {
    const bch = get('BCH');
    expect(bch.denominator).toBe(115);
    expect(bch.threshold).toBe(58);
    expect(bch.present).toBe(115);
    expect(bch.denominatorSteps[0].count).toBe(118);
  });

  test('the opinion ballot lets one floor nominee onto the committee list', () => {
    const yk = get('YK-BCH');
    expect(yk.status).toBe('complete');
    expect(yk.elected).toEqual(['Mai Thị Huyền']);
  });

  test('BCH: 15 of 18 elected, two over-votes and a committee ruling', () => {
    const bch = get('BCH');
    expect(bch.status).toBe('complete');
    expect(bch.elected).toHaveLength(15);
    expect(bch.ballots).toMatchObject({ issued: 115, returned: 115, valid: 112, invalid: 3 });
    expect(bch.ballots.invalidReasons).toEqual({ 'Bầu quá số lượng cần bầu': 2, 'Phiếu không do Ban kiểm phiếu phát ra': 1 });
    // Qualified but 16th: not elected.
    expect(bch.candidates.find((c) => c.name === 'Đặng Hữu Nghĩa')).toMatchObject({ votes: 61, elected: false, rank: 16 });
  });

  test('DB: a tie at the cut line leaves one seat for the next round', () => {
    const db = get('DB');
    expect(db.status).toBe('tie');
    expect(db.elected).toHaveLength(15);
    expect(db.tied).toEqual(['Phùng Thị Kim Oanh', 'Lê Thị Hải Yến']);
    expect(db.seatsOpen).toBe(1);
  });

  test('DBDK, and the first meeting\'s BTV, BT and PBT are complete', () => {
    expect(get('DBDK')).toMatchObject({ status: 'complete', elected: ['Quách Thị Ngân', 'Khúc Văn Lợi'] });
    expect(get('DBDK').ballots.invalidReasons).toEqual({ 'Không bầu ai': 1 });
    expect(get('BTV')).toMatchObject({ status: 'complete', denominator: 15, threshold: 8 });
    expect(get('BTV').elected).toHaveLength(5);
    expect(get('BT')).toMatchObject({ status: 'complete', elected: ['Nguyễn Văn Hùng'] });
    expect(get('BT').ballots.invalidReasons).toEqual({ 'Không đánh dấu hoặc đánh dấu cả hai ô': 1 });
    expect(get('PBT')).toMatchObject({ status: 'complete', elected: ['Trần Thị Thu Hà', 'Lê Quang Minh'] });
  });

  test('every election\'s checks pass', () => {
    for (const r of results.values()) expect(r.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('chi-bo.xlsx through the tally', () => {
  let results: Map<string, ElectionResult>;
  beforeAll(async () => { results = await tallyOf(CHI_BO_FILE); });

  test('D = 21 official − exempted − away with a reason = 19; the one away without a reason stays in', () => {
    const cu = results.get('CU');
    expect(cu).toMatchObject({ denominator: 19, threshold: 10, present: 18, status: 'complete' });
    expect(cu?.elected).toEqual(['Đào Văn Thịnh', 'Nguyễn Thị Mai Hương', 'Lê Minh Khoa']);
    expect(cu?.ballots.invalidReasons).toEqual({ 'Bầu quá số lượng cần bầu': 1 });
  });

  test('BT complete; DB a shortfall: 9 of D = 19 is not more than half', () => {
    expect(results.get('BT')).toMatchObject({ status: 'complete', elected: ['Đào Văn Thịnh'] });
    const db = results.get('DB');
    expect(db).toMatchObject({ status: 'shortfall', elected: ['Đào Văn Thịnh'], seatsOpen: 1 });
    expect(db?.candidates.find((c) => c.name === 'Lê Minh Khoa')?.votes).toBe(9);
  });
});
