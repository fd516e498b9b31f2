/**
 * `testdeck` (WORKBOOK.md "Integrity"): for every ballot type and the subtotal mode, the deck
 * fills the empty ballot sheet, writes the figures it must give as `Đối chiếu` rows, and the
 * following tally passes that cross-check; the outputs say `PHIẾU THỬ` in every title and in the
 * minutes; a test deck's result is never finalised.
 */
import { testDeckCommand } from '../../src/commands/testdeck';
import { tallyCommand } from '../../src/commands/tally';
import { minutesDocxCommand } from '../../src/commands/minutesDocx';
import { REHEARSAL_LINE } from '../../src/engine/minutes/minutesText';
import JSZip from 'jszip';
import { tallyElections } from '../../src/engine/tally/tally';
import { isSecondLook } from '../../src/engine/tally/plausibility';
import { finaliseCommand } from '../../src/commands/finalise';
import { compositionCommand } from '../../src/commands/composition';
import { OfficeHost } from '../../src/hosts/office/officeHost';
import type { PackageHost } from '../../src/hosts/package/packageHost';
import type { DeckKind } from '../../src/engine/integrity/testDeck';
import * as path from 'path';
import { loadHost, workbookFrom } from '../helpers/workbook';
import { fakeFromXlsx } from '../office/fakeExcel';
import { congress, type ElectionSpec, LATER, NAMES } from './fixtures';
import { ctxOf, deleteRow, edited, reopened, setCells, values } from './helpers';

const ELECTIONS: Record<string, { spec: ElectionSpec; kinds: DeckKind[] }> = {
  'strike-through, with teams, rulings and a second entry': {
    spec: { id: 'CU', office: 'Chi ủy', seats: 3, candidates: NAMES, teams: true },
    kinds: ['valid', 'untouched', 'overVote', 'nobody', 'ruling'],
  },
  'agree/disagree, several names': {
    spec: {
      id: 'UBKT',
      office: 'Ủy ban Kiểm tra',
      seats: 3,
      candidates: NAMES.slice(0, 4),
      ballotType: 'Đồng ý/Không đồng ý',
    },
    kinds: ['valid', 'untouched', 'overVote', 'nobody', 'allNoCount', 'ruling'],
  },
  'agree/disagree, one name': {
    spec: { id: 'BT', office: 'Bí thư', seats: 1, candidates: [NAMES[0]] },
    kinds: ['valid', 'singleAgainst', 'singleNoMark', 'ruling'],
  },
  'strike-through, one name': {
    spec: { id: 'BTK', office: 'Bí thư', seats: 1, candidates: [NAMES[0]], ballotType: 'Gạch tên' },
    kinds: ['valid', 'singleStruck', 'ruling'],
  },
  'opinion ballot': {
    spec: { id: 'YK', office: 'Xin ý kiến', seats: null, candidates: NAMES.slice(0, 3), feeds: 'CU' },
    kinds: ['valid', 'opinionMixed', 'untouched', 'nobody', 'ruling'],
  },
  'subtotal mode': {
    spec: {
      id: 'CU',
      office: 'Chi ủy',
      seats: 3,
      candidates: NAMES,
      entryMode: 'Tổng hợp',
      reasonColumns: ['Bầu quá số lượng cần bầu'],
    },
    kinds: ['valid', 'untouched', 'overVote', 'nobody'],
  },
};

/** The election and, for an opinion ballot, the election it feeds (not yet counted). */
function book(spec: ElectionSpec, extra = {}) {
  const fed: ElectionSpec[] = spec.feeds ? [{ id: spec.feeds, office: 'Chi ủy', seats: 3, candidates: NAMES }] : [];
  return workbookFrom(congress([{ ...spec, ballots: [] }, ...fed], extra));
}

async function deckAndTally(spec: ElectionSpec, host?: PackageHost, opts: { ballots?: number; seed?: number } = {}) {
  const extra =
    spec.teams && spec.entryMode !== 'Tổng hợp'
      ? { [`Phiếu ${spec.id} (2)`]: [['Số phiếu', 'Tổ', ...spec.candidates, 'Không hợp lệ']] }
      : {};
  const workbook = host ?? (await book(spec, extra));
  const deck = await testDeckCommand(ctxOf(workbook), { election: spec.id, ...opts });
  expect(deck.errors).toEqual([]);
  expect(deck.warnings.filter((w) => w.code === 'INTERNAL')).toEqual([]);
  const after = await reopened(workbook);
  const tally = await tallyCommand(ctxOf(after, { now: LATER }));
  expect(tally.errors).toEqual([]);
  return { deck, tally, book: await reopened(after) };
}

describe('test deck round trip', () => {
  test.each(Object.entries(ELECTIONS))('%s', async (_, { spec, kinds }) => {
    const { deck, tally, book: after } = await deckAndTally(spec);
    expect(deck.deck?.kinds).toEqual(kinds);
    const result = tally.results.find((r) => r.id === spec.id);
    if (!result) throw new Error('no result');
    expect(result.status).not.toBe('blocked');
    expect(result.crossCheck?.every((e) => e.ok)).toBe(true);
    // Every figure of the deck is cross-checked: the four ballot figures and each name.
    expect(result.crossCheck?.map((e) => e.item)).toEqual([
      'Số phiếu phát ra',
      'Số phiếu thu vào',
      'Số phiếu hợp lệ',
      'Số phiếu không hợp lệ',
      ...spec.candidates,
    ]);
    expect(result.ballots.returned).toBe(21);
    expect(result.ballots.invalid).toBeGreaterThan(0);
    if (spec.entryMode !== 'Tổng hợp')
      expect(result.ballots.invalidReasons).toEqual(deck.deck?.expected.invalidReasons);
    expect(result.rehearsal).toBe(true);
    expect(tally.warnings.map((w) => w.code)).toContain('REHEARSAL');
    // One message: the deck's own invalid ballots (a fifth of it) ask for no second look.
    expect(tally.warnings.filter((w) => isSecondLook(w.code)).map((w) => w.code)).toEqual([]);
    // Every title says PHIẾU THỬ: the results sheet, the minutes (sheet), the log.
    const results = await values(after, `Kết quả ${spec.id}`);
    expect(String(results[0][0])).toMatch(/^PHIẾU THỬ — KẾT QUẢ KIỂM PHIẾU/);
    const minutes = (await values(after, `Biên bản ${spec.id}`)).flat().filter((v) => typeof v === 'string');
    expect(minutes.filter((t) => t.startsWith('PHIẾU THỬ'))).toHaveLength(2);
    const log = await values(after, 'Nhật ký');
    expect(log.find((r) => r[3] === 'testdeck')?.slice(4, 7)).toEqual([spec.id, 'Phiếu thử', result.fingerprint]);
    expect(String(log.find((r) => r[3] === 'tally' && r[4] === spec.id)?.[7])).toContain('PHIẾU THỬ');
  });

  test('the second entry is filled alike: no differences', async () => {
    const { tally } = await deckAndTally(ELECTIONS['strike-through, with teams, rulings and a second entry'].spec);
    expect(tally.results[0].differences).toEqual([]);
    expect(tally.results[0].checks.find((c) => c.name.startsWith('Hai lần nhập'))?.ok).toBe(true);
  });

  test('decks of other sizes and seeds count as they must', async () => {
    for (const [ballots, seed] of [
      [9, 2],
      [21, 77],
      [15, 123456],
    ]) {
      for (const { spec } of Object.values(ELECTIONS)) {
        const workbook = await book(spec);
        const deck = await testDeckCommand(ctxOf(workbook, { write: false }), { election: spec.id, ballots, seed });
        expect([spec.id, ballots, seed, deck.errors]).toEqual([spec.id, ballots, seed, []]);
        expect(deck.warnings.filter((w) => w.code === 'INTERNAL')).toEqual([]);
        expect(deck.result?.crossCheck?.every((e) => e.ok)).toBe(true);
      }
    }
  });

  test('a count that disagrees with the deck is reported before anything is written', async () => {
    // A faulty count (one invalid ballot read as valid), injected as countBallots takes a faulty judge.
    const spec = ELECTIONS['agree/disagree, several names'].spec;
    const faulty: typeof tallyElections = (source) => {
      const tally = tallyElections(source);
      const r = tally.results[0];
      return {
        ...tally,
        results: [{ ...r, ballots: { ...r.ballots, valid: r.ballots.valid + 1, invalid: r.ballots.invalid - 1 } }],
      };
    };
    const deck = await testDeckCommand(ctxOf(await book(spec), { write: false }), { election: spec.id, count: faulty });
    const mismatch = deck.warnings.filter((w) => w.message === 'TESTDECK_MISMATCH');
    expect(mismatch.map((w) => [w.code, w.params?.item])).toEqual([
      ['INTERNAL', 'Số phiếu hợp lệ'],
      ['INTERNAL', 'Số phiếu không hợp lệ'],
    ]);
  });

  test('the next tally’s cross-check catches a count that no longer fits the deck', async () => {
    // Here the setting changed after the deck was made: ballots striking every name become valid.
    const spec = ELECTIONS['strike-through, with teams, rulings and a second entry'].spec;
    const workbook = await book(spec);
    const deck = await testDeckCommand(ctxOf(workbook), { election: spec.id });
    expect(deck.errors).toEqual([]);
    const nobody = deck.deck?.expected.invalidReasons['Không bầu ai'] ?? 0;
    expect(nobody).toBeGreaterThan(0);
    const congressRows = (await values(workbook, 'Đại hội')).length;
    const changed = await setCells(workbook, 'Đại hội', [
      [congressRows, 0, 'Phiếu không bầu ai'],
      [congressRows, 1, 'Hợp lệ'],
    ]);
    const tally = await tallyCommand(ctxOf(changed, { write: false }));
    expect(tally.results[0].status).toBe('blocked');
    // Ballots striking every name vote for nobody: only the valid and invalid counts move.
    expect(tally.results[0].crossCheck?.filter((e) => !e.ok).map((e) => [e.item, e.official, e.counted])).toEqual([
      ['Số phiếu hợp lệ', deck.deck?.expected.valid, (deck.deck?.expected.valid ?? 0) + nobody],
      ['Số phiếu không hợp lệ', deck.deck?.expected.invalid, (deck.deck?.expected.invalid ?? 0) - nobody],
    ]);
  });

  test('still a test when the Đối chiếu rows are deleted: the log knows the deck', async () => {
    const spec = ELECTIONS['agree/disagree, one name'].spec;
    const { book } = await deckAndTally(spec);
    const rows = await values(book, 'Đối chiếu');
    let cleared = book;
    for (let r = rows.length - 1; r >= 1; r--) cleared = await deleteRow(cleared, 'Đối chiếu', r);
    const again = await tallyCommand(ctxOf(cleared, { write: false }));
    expect(again.results[0].crossCheck).toBeUndefined();
    expect(again.results[0].rehearsal).toBe(true);
  });

  test('the composition of a body elected from a test deck is marked too', async () => {
    const spec = ELECTIONS['strike-through, with teams, rulings and a second entry'].spec;
    const people = [
      ['Họ và tên', 'Ngày sinh', 'Giới tính'],
      ...NAMES.map((name, i) => [name, `0${i + 1}/01/1975`, i % 2 ? 'Nữ' : 'Nam']),
    ];
    const { book: after } = await deckAndTally(spec, await book(spec, { 'Nhân sự': people }));
    const outcome = await compositionCommand(ctxOf(after));
    expect(outcome.errors).toEqual([]);
    const plan = outcome.plans.find((p) => p.name === 'Cơ cấu CU');
    expect(plan?.values[0][0]).toBe('PHIẾU THỬ — CƠ CẤU CHI ỦY');
    expect(plan?.tabColor).toBe('C00000');
  });

  test('the Word minutes say PHIẾU THỬ under the title and at the end, and that they were cross-checked', async () => {
    const spec = ELECTIONS['strike-through, with teams, rulings and a second entry'].spec;
    const { book: after, deck } = await deckAndTally(spec);
    const outcome = await minutesDocxCommand(ctxOf(after, { write: false }));
    expect(outcome.errors).toEqual([]);
    const zip = await JSZip.loadAsync(outcome.docx ?? new Uint8Array());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    const marks = paragraphs.flatMap((text, i) => (text === REHEARSAL_LINE ? [i] : []));
    // Right under the title and the election's name; and the last line, after the check code.
    const title = paragraphs.indexOf('BIÊN BẢN KIỂM PHIẾU');
    expect(title).toBeGreaterThan(0);
    expect(marks).toEqual([title + 3, paragraphs.length - 1]);
    expect(paragraphs[title + 1]).toBe('Bầu Chi ủy, nhiệm kỳ 2025 - 2030');
    expect(paragraphs[paragraphs.length - 2]).toMatch(/^Mã kiểm tra: [0-9a-f]{64}$/);
    // Issued, returned, valid and invalid, and each name: every row the deck wrote in Đối chiếu.
    const figures = 4 + spec.candidates.length;
    expect(deck.deck?.expected.votes).toHaveLength(spec.candidates.length);
    expect(paragraphs).toContain(
      `Kết quả kiểm phiếu trên đã được đối chiếu với ${figures} số liệu in từ phần mềm kiểm phiếu chính thức; tất cả đều khớp.`,
    );
    // The cell text of the sheet and the Word file are the same blocks: the sheet says it too.
    const sheet = (await values(after, `Biên bản ${spec.id}`)).flat();
    expect(sheet.filter((v) => v === REHEARSAL_LINE)).toHaveLength(2);
  });

  test('a test deck’s result is never finalised', async () => {
    const spec = ELECTIONS['agree/disagree, one name'].spec;
    const { book } = await deckAndTally(spec);
    const outcome = await finaliseCommand(ctxOf(book), { election: spec.id });
    expect(outcome.errors.map((e) => [e.code, e.message])).toEqual([['NOT_FINALISABLE', 'NOT_FINALISABLE_REHEARSAL']]);
  });

  test('refused: a sheet with ballots, rows already in Đối chiếu, more ballots than issued, fewer than the kinds', async () => {
    const spec = ELECTIONS['strike-through, with teams, rulings and a second entry'].spec;
    const { book } = await deckAndTally(spec);
    const full = await testDeckCommand(ctxOf(book), { election: 'CU' });
    expect(full.errors.map((e) => e.message)).toEqual(['TESTDECK_NOT_EMPTY']);
    const crossed = await workbookFrom(
      congress([{ ...spec, ballots: [] }], {
        'Đối chiếu': [
          ['Mã', 'Mục', 'Số liệu'],
          ['CU', 'Số phiếu hợp lệ', 3],
        ],
      }),
    );
    expect((await testDeckCommand(ctxOf(crossed), { election: 'CU' })).errors.map((e) => e.message)).toEqual([
      'TESTDECK_CROSS_CHECK_EXISTS',
    ]);
    const empty = await workbookFrom(congress([{ ...spec, ballots: [] }]));
    const many = await testDeckCommand(ctxOf(empty), { election: 'CU', ballots: 22 });
    expect(many.errors.map((e) => [e.message, e.cell])).toEqual([['TESTDECK_TOO_MANY', "'Bầu cử'!E2"]]);
    const few = await testDeckCommand(ctxOf(empty), { election: 'CU', ballots: 4 });
    expect(few.errors.map((e) => e.message)).toEqual(['TESTDECK_TOO_FEW']);
    expect(few.written).toBe(false);
  });

  test('a trust vote and an introduction ballot: refused at their code, nothing written', async () => {
    for (const [file, id, office] of [
      ['tin-nhiem.xlsx', 'TN', 'Lấy phiếu tín nhiệm'],
      ['gioi-thieu.xlsx', 'GT-1', 'Giới thiệu nhân sự'],
    ]) {
      const workbook = loadHost(path.join(__dirname, '../../examples', file));
      const names = await workbook.sheetNames();
      const deck = await testDeckCommand(ctxOf(workbook), { election: id });
      expect(deck.errors.map((e) => [e.code, e.message, e.params?.office])).toEqual([
        ['BAD_VALUE', 'TESTDECK_KIND', office],
      ]);
      expect(deck.errors[0].cell).toMatch(/^'Bầu cử'!A\d+$/);
      expect(deck.written).toBe(false);
      expect(await workbook.sheetNames()).toEqual(names);
    }
  });

  test('a trust vote marked as a rehearsal in Đối chiếu: its sheets and minutes say PHIẾU THỬ too', async () => {
    const example = loadHost(path.join(__dirname, '../../examples/tin-nhiem.xlsx'));
    const marked = await edited(example, (wb) => {
      const ws = wb.addWorksheet('Đối chiếu');
      ws.addRow(['Mã', 'Mục', 'Số liệu']);
      ws.addRow(['TN', 'Phiếu thử', 1]);
    });
    const tally = await tallyCommand(ctxOf(marked, { write: false }));
    expect(tally.errors).toEqual([]);
    expect(tally.results[0].rehearsal).toBe(true);
    const plan = (name: string) => tally.plans.find((p) => p.name === name);
    expect(String(plan('Kết quả TN')?.values[0][0])).toMatch(/^PHIẾU THỬ — KẾT QUẢ KIỂM PHIẾU/);
    const minutes = (plan('Biên bản TN')?.values ?? []).flat();
    expect(minutes.filter((v) => v === REHEARSAL_LINE)).toHaveLength(2);
    expect(plan('Biên bản TN')?.tabColor).toBe('C00000');
  });

  test('an existing Đối chiếu gets the rows appended under its own', async () => {
    const spec = ELECTIONS['agree/disagree, one name'].spec;
    const other = { id: 'CU', office: 'Chi ủy', seats: 3, candidates: NAMES, ballots: [] };
    const book = await workbookFrom(
      congress([{ ...spec, ballots: [] }, other], {
        'Đối chiếu': [
          ['Mã', 'Mục', 'Số liệu'],
          ['CU', 'Số phiếu phát ra', 21],
        ],
      }),
    );
    const { tally } = await deckAndTally(spec, book);
    expect(tally.results.find((r) => r.id === 'BT')?.crossCheck?.every((e) => e.ok)).toBe(true);
    const rows = await values(await reopened(book), 'Đối chiếu');
    expect(rows[1]).toEqual(['CU', 'Số phiếu phát ra', 21]);
    expect(rows[2]).toEqual(['BT', 'Phiếu thử', 1]);
  });

  test('through the Office host (fake Excel): the same deck, the same count', async () => {
    const spec = ELECTIONS['strike-through, with teams, rulings and a second entry'].spec;
    const xlsx = await workbookFrom(congress([{ ...spec, ballots: [] }]));
    const fake = await fakeFromXlsx(xlsx);
    const office = new OfficeHost(fake.run);
    const viaOffice = await testDeckCommand(ctxOf(office), { election: 'CU' });
    const viaXlsx = await testDeckCommand(ctxOf(xlsx), { election: 'CU' });
    expect(viaOffice.errors).toEqual([]);
    expect(viaOffice.result?.fingerprint).toBe(viaXlsx.result?.fingerprint);
    const tally = await tallyCommand(ctxOf(office, { now: LATER }));
    expect(tally.results[0].crossCheck?.every((e) => e.ok)).toBe(true);
    expect(tally.results[0].rehearsal).toBe(true);
    expect(fake.sheet('Nhật ký')?.protected).toBe(true);
  });
});
