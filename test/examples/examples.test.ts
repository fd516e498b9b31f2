/**
 * The bundled examples: the generator is deterministic, the committed files in `examples/` hold
 * exactly its values (so they cannot drift), and the tally gives the outcomes each example is
 * there to show.
 */
import * as path from 'path';
import { loadHost } from '../helpers/workbook';
import { CHI_BO_FILE, exampleWorkbooks, INTRODUCTION_FILE, PHUONG_FILE, TRUST_FILE } from '../../src/examples/write';
import { largestRemainder } from '../../src/examples/phuong';
import { readTallyInput } from '../../src/workbook/tallyInput';
import { tallyElections } from '../../src/engine/tally/tally';
import type { ElectionResult } from '../../src/engine/model/results';
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
  const host = loadHost(path.join(EXAMPLES_DIR, file));
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

  test.each([PHUONG_FILE, CHI_BO_FILE, TRUST_FILE, INTRODUCTION_FILE])(
    "the committed %s holds exactly the generator's values",
    async (file) => {
      const example = exampleWorkbooks().find((e) => e.file === file);
      if (!example) throw new Error(file);
      const host = loadHost(path.join(EXAMPLES_DIR, file));
      const names = await host.sheetNames();
      expect(names).toEqual(example.sheets.map((s) => s.name));
      const read = await host.readSheets(names);
      for (const sheet of example.sheets) {
        expect({ sheet: sheet.name, values: trimmed(read.get(sheet.name) ?? []) }).toEqual({
          sheet: sheet.name,
          values: trimmed(sheet.values),
        });
      }
    },
  );

  test('largest remainder gives every seat and refuses a tie at the last one', () => {
    expect(largestRemainder([5, 3, 2], 7)).toEqual([4, 2, 1]);
    expect(() => largestRemainder([1, 1], 1)).toThrow(/tie/);
  });

  test('ballot sheets list the candidates in ballot order and keep marks as text', () => {
    for (const { file, sheets } of exampleWorkbooks()) {
      // A trust ballot lists the people rated in the order of their positions, with levels as marks.
      const trust = file === TRUST_FILE;
      for (const sheet of sheets.filter((s) => s.name.startsWith('Phiếu '))) {
        const header = sheet.values[0] as string[];
        const names = header.filter((h) => !['Số phiếu', 'Tổ', 'Không hợp lệ', 'Giới thiệu thêm'].includes(h));
        for (let i = 1; i < names.length && !trust; i++)
          expect(compareBallotOrder({ name: names[i - 1] }, { name: names[i] })).toBeLessThanOrEqual(0);
        const marks = new Set(
          sheet.values
            .slice(1)
            .flatMap((row) => row.slice(header.indexOf(names[0]), header.indexOf(names[names.length - 1]) + 1)),
        );
        for (const m of marks) expect(trust ? [null, '1', '2', '3', '-'] : [null, 'x', '-']).toContain(m);
        expect(sheet.styles.some((s) => s.style.numberFormat === '@')).toBe(true);
      }
    }
  });
});

describe('dai-hoi-phuong.xlsx through the tally', () => {
  let results: Map<string, ElectionResult>;
  beforeAll(async () => {
    results = await tallyOf(PHUONG_FILE);
  });
  const get = (id: string): ElectionResult => {
    const r = results.get(id);
    if (!r) throw new Error(id);
    return r;
  };

  test('D = 209 convened − 2 absent ex officio − 5 absences no alternate fills = 202', () => {
    const bch = get('BCH');
    expect(bch.denominator).toBe(202);
    expect(bch.threshold).toBe(102);
    expect(bch.present).toBe(202);
    expect(bch.denominatorSteps.map((s) => s.count)).toEqual([209, 2, 5]);
  });

  test('the roll holds every kind of absence, alternates of the unit they replace, and the allocation', async () => {
    const host = loadHost(path.join(EXAMPLES_DIR, PHUONG_FILE));
    const sheets = await host.readSheets(['Đại biểu', 'Chi bộ', 'Đại hội']);
    const roll = (sheets.get('Đại biểu') ?? [])
      .slice(1)
      .map((r) => ({ unit: String(r[2]), standing: String(r[3]), status: String(r[4]) }));
    const count = (standing: string, status?: string) =>
      roll.filter((r) => r.standing === standing && (!status || r.status === status)).length;
    expect(count('Chính thức') + count('Đương nhiên')).toBe(209);
    // The appointed committee of the merged ward (27–33 members, regulations §3.8): ex officio.
    expect(count('Đương nhiên')).toBe(29);
    for (const status of ['Vắng có lý do', 'Vắng', 'Sinh hoạt tạm thời', 'Miễn sinh hoạt', 'Đình chỉ', 'Tạm giam']) {
      expect({ status, absent: roll.some((r) => r.status === status) }).toEqual({ status, absent: true });
    }
    expect(roll.filter((r) => r.standing === 'Đương nhiên' && r.status !== 'Có mặt')).toHaveLength(2);
    const alternates = roll.filter((r) => r.standing === 'Dự khuyết');
    expect(alternates).toHaveLength(2);
    for (const a of alternates) {
      expect(a.status).toBe('Thay thế');
      expect(roll.some((r) => r.unit === a.unit && r.standing === 'Chính thức' && r.status !== 'Có mặt')).toBe(true);
    }
    // Elected delegates per unit = the largest-remainder allocation of `Số đại biểu phân bổ` over `Chi bộ`.
    const seats = (sheets.get('Đại hội') ?? []).find((r) => r[0] === 'Số đại biểu phân bổ')?.[1];
    expect(seats).toBe(180);
    const units = (sheets.get('Chi bộ') ?? []).slice(1);
    const allocated = largestRemainder(
      units.map((u) => Number(u[1])),
      180,
    );
    units.forEach((u, i) => {
      expect({
        unit: u[0],
        official: roll.filter((r) => r.unit === u[0] && r.standing === 'Chính thức').length,
      }).toEqual({ unit: u[0], official: allocated[i] });
      expect({
        unit: u[0],
        exOfficio: roll.filter((r) => r.unit === u[0] && r.standing === 'Đương nhiên').length,
      }).toEqual({ unit: u[0], exOfficio: Number(u[5] ?? 0) });
    });
  });

  test('a 2025 ward under the city: lần thứ I, the new level, no district anywhere', async () => {
    const host = loadHost(path.join(EXAMPLES_DIR, PHUONG_FILE));
    const { input } = await readTallyInput(host);
    expect(input?.congress).toMatchObject({
      superior: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
      organisation: 'Đảng bộ phường Phúc Đồng',
      level: 'Xã, phường, đặc khu',
      ordinal: 'I',
      term: '2025 - 2030',
    });
    const all = await host.readSheets(await host.sheetNames());
    for (const [, values] of all)
      for (const v of values.flat()) if (typeof v === 'string') expect(v).not.toMatch(/quận|huyện/i);
  });

  test('the opinion ballot lets one floor nominee onto the committee list', () => {
    const yk = get('YK-BCH');
    expect(yk.status).toBe('complete');
    expect(yk).toMatchObject({ denominator: 202, threshold: 61 });
    expect(yk.elected).toEqual(['Mai Thị Huyền']);
  });

  test('BCH: a tie at the cut line (both over half), invalid ballots of three reasons; BCH-2 settles it', () => {
    const bch = get('BCH');
    expect(bch.status).toBe('tie');
    expect(bch.elected).toHaveLength(26);
    expect(bch.tied).toEqual(['Vương Đình Hiển', 'Cao Văn Sơn']);
    expect(bch.seatsOpen).toBe(1);
    expect(bch.ballots).toMatchObject({ issued: 202, returned: 202, valid: 198, invalid: 4 });
    expect(bch.ballots.invalidReasons).toEqual({
      'Bầu quá số lượng cần bầu': 2,
      'Không bầu ai': 1,
      'Phiếu không do Ban kiểm phiếu phát ra': 1,
    });
    expect(get('BCH-2')).toMatchObject({
      status: 'complete',
      round: 2,
      previousRound: 'BCH',
      seats: 1,
      elected: ['Cao Văn Sơn'],
      tieRevote: 'Quá bán',
      threshold: 102,
    });
  });

  test('DB: four delegates and two alternates from the same ballot, one delegate gone', () => {
    const db = get('DB');
    expect(db).toMatchObject({
      status: 'complete',
      elected: ['Nguyễn Văn Hùng', 'Trần Thị Thu Hà', 'Lê Quang Minh', 'Đinh Công Hoan'],
      alternates: ['Hà Thị Minh Nguyệt', 'Kiều Văn Quý'],
      alternateTies: [],
      present: 201,
    });
    expect(db.ballots).toMatchObject({ issued: 201, returned: 200, valid: 199, invalid: 1 });
  });

  test("the first meeting's BTV, BT, PBT, UBKT and CN-UBKT are complete", () => {
    expect(get('BTV')).toMatchObject({ status: 'complete', denominator: 27, threshold: 14 });
    expect(get('BTV').elected).toHaveLength(9);
    expect(get('BT')).toMatchObject({ status: 'complete', elected: ['Nguyễn Văn Hùng'] });
    expect(get('BT').ballots.invalidReasons).toEqual({ 'Không đánh dấu hoặc đánh dấu cả hai ô': 1 });
    expect(get('PBT')).toMatchObject({ status: 'complete', elected: ['Trần Thị Thu Hà', 'Lê Quang Minh'] });
    expect(get('UBKT')).toMatchObject({ status: 'complete', denominator: 27 });
    expect(get('UBKT').elected).toHaveLength(7);
    expect(get('UBKT').elected).not.toContain('Hồ Minh Trí');
    expect(get('CN-UBKT')).toMatchObject({ status: 'complete', elected: ['Đỗ Thị Lan Anh'] });
  });

  test('the congress-session minutes carry a number and the time the count ended', async () => {
    const host = loadHost(path.join(EXAMPLES_DIR, PHUONG_FILE));
    const { input } = await readTallyInput(host);
    const congress = (input?.elections ?? []).filter((e) => e.session === 'Đại hội');
    expect(congress.map((e) => e.minutesNumber)).toEqual(['01', '02', '03', '04']);
    for (const e of congress)
      expect(e.countEnded).toMatchObject({
        date: { year: 2025, month: 8, day: 6 },
        time: { hour: expect.any(Number) },
      });
    expect(input?.congress.ordinal).toBe('I');
  });

  test("every election's checks pass", () => {
    for (const r of results.values()) expect(r.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('chi-bo.xlsx through the tally', () => {
  let results: Map<string, ElectionResult>;
  beforeAll(async () => {
    results = await tallyOf(CHI_BO_FILE);
  });

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

describe('tin-nhiem.xlsx through the tally', () => {
  let tn: ElectionResult;
  beforeAll(async () => {
    const r = (await tallyOf(TRUST_FILE)).get('TN');
    if (!r) throw new Error('TN');
    tn = r;
  });
  const row = (name: string) => {
    const t = tn.trust?.find((x) => x.name === name);
    if (!t) throw new Error(name);
    return t;
  };

  test('33 convened, 30 present and returned: R = 30; one ballot voided, 29 valid', () => {
    expect(tn).toMatchObject({ status: 'complete', convened: 33, present: 30, denominator: 30, threshold: 16 });
    expect(tn.ballots).toMatchObject({ issued: 30, returned: 30, valid: 29, invalid: 1 });
    expect(tn.trust).toHaveLength(9);
  });

  test('the bands: above two thirds, exactly two thirds, exactly one half, the lower band', () => {
    expect(row('Phạm Quốc Huy')).toMatchObject({ low: 23, percentLow: 76.67, band: 'twoThirds' });
    expect(row('Ngô Thanh Tùng')).toMatchObject({ low: 20, percentLow: 66.67, band: 'twoThirds' });
    expect(row('Bùi Quang Vinh')).toMatchObject({ low: 15, percentLow: 50, band: null });
    expect(row('Đặng Thị Lan')).toMatchObject({ low: 17, percentLow: 56.67, band: 'half' });
    expect((tn.trust ?? []).filter((t) => t.band !== null)).toHaveLength(3);
  });

  test('an invalid line counts against its person only', () => {
    // A blank line and a line with several boxes, each besides the voided ballot.
    expect(row('Trần Thị Minh Hạnh')).toMatchObject({ high: 18, trust: 8, low: 2, invalid: 2 });
    expect(row('Hoàng Thị Thu Trang')).toMatchObject({ high: 14, trust: 10, low: 4, invalid: 2 });
    expect(row('Nguyễn Đức Thành')).toMatchObject({ high: 21, trust: 7, low: 1, invalid: 1 });
    expect(row('Nguyễn Đức Thành').position).toBe('Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân phường');
  });
});

describe('gioi-thieu.xlsx through the tally', () => {
  let results: Map<string, ElectionResult>;
  beforeAll(async () => {
    results = await tallyOf(INTRODUCTION_FILE);
  });
  const get = (id: string): ElectionResult => {
    const r = results.get(id);
    if (!r) throw new Error(id);
    return r;
  };

  test('round 1: base 33 convened, 17 to pass; one ballot over the places; a written-in name; a tie at the cut', () => {
    const r = get('GT-1');
    expect(r).toMatchObject({ denominator: 33, threshold: 17, present: 31, seats: 17, status: 'tie', seatsOpen: 1 });
    expect(r.ballots.invalidReasons).toEqual({ 'Giới thiệu quá số lượng': 1 });
    expect(r.introduced).toHaveLength(16);
    expect(r.tied).toEqual(['Mai Thị Kim Oanh', 'Kiều Văn Toàn']);
    expect(r.candidates.filter((c) => c.writeIn).map((c) => [c.name, c.votes])).toEqual([['Lưu Văn Khải', 3]]);
  });

  test('round 2 links to round 1 and introduces 17', () => {
    const r = get('GT-2');
    // The next step of the process, not a re-vote after the tie: `Bầu lại khi bằng phiếu` does not apply.
    expect(r).toMatchObject({ round: 2, previousRound: 'GT-1', status: 'complete', present: 32, tieRevote: null });
    expect(r.introduced).toHaveLength(17);
    expect(r.introduced).toContain('Mai Thị Kim Oanh');
    expect(r.introduced).not.toContain('Kiều Văn Toàn');
  });
});
