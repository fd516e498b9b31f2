/**
 * Integrity through the exceljs host (WORKBOOK.md "Integrity"): `Nhật ký` only grows, is chained
 * and protected, and a lost or changed row is LOG_BROKEN at that row; finalising protects the
 * results and refuses a count on changed data until it is reopened with a reason; `verify`
 * recomputes the fingerprint.
 */
import { tallyCommand } from '../../src/commands/tally';
import { finaliseCommand } from '../../src/commands/finalise';
import { verifyCommand } from '../../src/commands/verify';
import { checkCommand } from '../../src/commands/check';
import { ballotsCommand } from '../../src/commands/ballots';
import { chainHash } from '../../src/engine/integrity/chain';
import type { PackageHost } from '../../src/hosts/package/packageHost';
import * as path from 'path';
import { loadHost, workbookFrom } from '../helpers/workbook';
import { congress, LATER, NAMES, STRIKE, strikeBallots } from './fixtures';
import { ctxOf, deleteRow, isProtected, reopened, setCell, setCells, values } from './helpers';

async function tallied(): Promise<PackageHost> {
  const host = await workbookFrom(congress([STRIKE]));
  const outcome = await tallyCommand(ctxOf(host));
  expect(outcome.errors).toEqual([]);
  return reopened(host);
}

const logOf = (host: PackageHost) => values(host, 'Nhật ký');
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('Nhật ký', () => {
  test('each run appends its rows, naming the operator; earlier rows come back exactly; chained; protected', async () => {
    const host = await tallied();
    const first = await logOf(host);
    expect(first[0]).toEqual([
      'STT',
      'Thời điểm',
      'Người thực hiện',
      'Lệnh',
      'Mã',
      'Trạng thái',
      'Dấu vân tay dữ liệu phiếu',
      'Ghi chú',
      'Mã chuỗi',
    ]);
    expect(first).toHaveLength(2);
    expect(first[1].slice(0, 5)).toEqual(['1', '2025-10-15 09:30:00 UTC', 'Nguyễn Thị Thư Ký', 'tally', 'CU']);
    expect(await isProtected(host, 'Nhật ký')).toBe(true);
    const second = await tallyCommand(ctxOf(host, { now: LATER, operator: 'Lê Văn Kiểm' }));
    expect(second.warnings.map((w) => w.code)).not.toContain('LOG_BROKEN');
    const again = await reopened(host);
    const log = await logOf(again);
    expect(log).toHaveLength(3);
    expect(log.slice(0, 2)).toEqual(first);
    expect(log[2].slice(0, 4)).toEqual(['2', '2025-10-15 11:00:00 UTC', 'Lê Văn Kiểm', 'tally']);
    // Row 2's hash: SHA-256 of row 1's hash and row 2's content.
    const content = log[2].slice(0, 8).map((c) => (c === null || c === undefined ? '' : String(c)));
    expect(log[2][8]).toBe(chainHash(String(log[1][8]), content));
    // `Kết quả CU` names the log row of its run.
    const results = await values(again, 'Kết quả CU');
    expect(results.find((r) => r[0] === 'Dòng Nhật ký')?.slice(0, 3)).toEqual(['Dòng Nhật ký', '2', log[2][8]]);
  });

  test('other writing commands append their own row with the operator', async () => {
    const host = await tallied();
    await checkCommand(ctxOf(host, { operator: 'Phạm Văn Ba' }));
    await ballotsCommand(ctxOf(host, { operator: 'Phạm Văn Ba' }));
    const log = await logOf(host);
    expect(log.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['1', 'Nguyễn Thị Thư Ký', 'tally'],
      ['2', 'Phạm Văn Ba', 'check'],
      ['3', 'Phạm Văn Ba', 'ballots'],
    ]);
  });

  test('a changed row is LOG_BROKEN at that row', async () => {
    const host = await tallied();
    await tallyCommand(ctxOf(host, { now: LATER }));
    const edited = await setCell(host, 'Nhật ký', 1, 5, 'Bầu chưa đủ');
    const outcome = await tallyCommand(ctxOf(edited, { write: false }));
    const broken = outcome.warnings.filter((w) => w.code === 'LOG_BROKEN');
    expect(broken).toHaveLength(1);
    expect(broken[0].cell).toBe("'Nhật ký'!I2");
    expect(broken[0].params).toMatchObject({ row: 2, stt: '1' });
  });

  test('a deleted row is LOG_BROKEN at the row after it; the run still appends, never rewriting a row', async () => {
    const host = await tallied();
    await tallyCommand(ctxOf(host, { now: LATER }));
    await tallyCommand(ctxOf(host, { now: LATER }));
    const edited = await deleteRow(host, 'Nhật ký', 2); // STT 2
    const before = await logOf(edited);
    const outcome = await tallyCommand(ctxOf(edited, { now: LATER }));
    const broken = outcome.warnings.find((w) => w.code === 'LOG_BROKEN');
    expect(broken?.cell).toBe("'Nhật ký'!I3");
    expect(broken?.params).toMatchObject({ row: 3, stt: '3' });
    const after = await logOf(await reopened(edited));
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(after[after.length - 1][0]).toBe('4');
  });

  test('the last row deleted: LOG_BROKEN through the row `Kết quả` names', async () => {
    const host = await tallied();
    await tallyCommand(ctxOf(host, { now: LATER }));
    const edited = await deleteRow(host, 'Nhật ký', 2); // the last row, STT 2: the chain alone cannot see it
    const outcome = await tallyCommand(ctxOf(edited, { write: false }));
    const broken = outcome.warnings.find((w) => w.code === 'LOG_BROKEN');
    expect(broken?.params).toMatchObject({ row: 3, stt: 2 });
  });

  test('trust votes and introductions (issue 14) quote their log rows too: the last ones lost are seen', async () => {
    for (const [file, ids] of [
      ['tin-nhiem.xlsx', ['TN']],
      ['gioi-thieu.xlsx', ['GT-1', 'GT-2']],
    ] as const) {
      const host = loadHost(path.join(__dirname, '../../examples', file));
      expect((await tallyCommand(ctxOf(host))).errors).toEqual([]);
      const log = await logOf(host);
      for (const id of ids) {
        const row = log.findIndex((r) => r[3] === 'tally' && r[4] === id);
        const anchor = (await values(host, `Kết quả ${id}`)).find((r) => r[0] === 'Dòng Nhật ký');
        expect([id, anchor?.slice(0, 3)]).toEqual([id, ['Dòng Nhật ký', String(log[row][0]), log[row][8]]]);
      }
      const edited = await deleteRow(await reopened(host), 'Nhật ký', log.length - 1);
      const outcome = await tallyCommand(ctxOf(edited, { write: false }));
      expect([file, codes(outcome.warnings)]).toEqual([file, expect.arrayContaining(['LOG_BROKEN'])]);
    }
  });

  test('a log of the earlier layout (no chain) is kept as it was and chained onto', async () => {
    const old = [
      ['Thời điểm', 'Lệnh', 'Mã', 'Trạng thái', 'Dấu vân tay dữ liệu phiếu', 'Ghi chú'],
      ['2025-10-14 08:00:00 UTC', 'tally', 'CU', 'Báo cáo số 0', 'abc', null],
    ];
    const host = await workbookFrom(congress([STRIKE], { 'Nhật ký': old }));
    const outcome = await tallyCommand(ctxOf(host));
    expect(codes(outcome.warnings)).not.toContain('LOG_BROKEN');
    const log = await logOf(await reopened(host));
    // The old row in the new columns, its cells as they were, no STT, no operator, no hash.
    expect([log[1][0] ?? null, log[1][1], log[1][2] ?? null, log[1][3], log[1][4], log[1][5], log[1][6]]).toEqual([
      null,
      '2025-10-14 08:00:00 UTC',
      null,
      'tally',
      'CU',
      'Báo cáo số 0',
      'abc',
    ]);
    expect(log[1][8] ?? null).toBeNull();
    expect(log[2][0]).toBe('2');
    // Losing the old row now breaks the chain too.
    const edited = await deleteRow(await reopened(host), 'Nhật ký', 1);
    const later = await tallyCommand(ctxOf(edited, { write: false }));
    expect(later.warnings.find((w) => w.code === 'LOG_BROKEN')?.cell).toBe("'Nhật ký'!I2");
  });
});

describe('finalise', () => {
  test('appends to Chốt kết quả, protects the election’s outputs, logs it', async () => {
    const host = await tallied();
    const outcome = await finaliseCommand(ctxOf(host, { now: LATER, operator: 'Trần Văn Chốt' }), { election: 'cu' });
    expect(outcome.errors).toEqual([]);
    const after = await reopened(host);
    const rows = await values(after, 'Chốt kết quả');
    expect(rows[0]).toEqual(['Mã', 'Dấu vân tay', 'Thời điểm', 'Người thực hiện', 'Trạng thái', 'Lý do', 'Mã kết quả']);
    expect(rows[1].slice(0, 5)).toEqual([
      'CU',
      outcome.result?.fingerprint,
      '2025-10-15 11:00:00 UTC',
      'Trần Văn Chốt',
      'Đã chốt',
    ]);
    for (const sheet of ['Kết quả CU', 'Biên bản CU', 'Chốt kết quả', 'Nhật ký'])
      expect([sheet, await isProtected(after, sheet)]).toEqual([sheet, true]);
    const log = await logOf(after);
    expect(log[log.length - 1].slice(2, 6)).toEqual(['Trần Văn Chốt', 'finalise', 'CU', 'Đã chốt']);
    // Finalising again on the same data adds nothing.
    const again = await finaliseCommand(ctxOf(after), { election: 'CU' });
    expect(codes(again.warnings)).toContain('ALREADY_FINALISED');
    expect(again.written).toBe(false);
  });

  test('one mark changed after finalising: the tally is refused and nothing is written', async () => {
    const host = await tallied();
    await finaliseCommand(ctxOf(host), { election: 'CU' });
    const struck = (await values(host, 'Phiếu CU'))[5][1];
    const before = await setCell(host, 'Phiếu CU', 5, 1, struck === 'x' ? null : 'x');
    const names = await before.sheetNames();
    const snapshot = await before.readSheets(names);
    const outcome = await tallyCommand(ctxOf(before, { now: LATER }));
    expect(codes(outcome.errors)).toEqual(['FINALISED_CHANGED']);
    expect(outcome.errors[0].cell).toBe("'Chốt kết quả'!B2");
    expect(outcome.written).toBe(false);
    expect(outcome.report.errors[0].code).toBe('FINALISED_CHANGED');
    expect(await before.sheetNames()).toEqual(names);
    expect(await before.readSheets(names)).toEqual(snapshot);
  });

  test('ballot rows reordered: same fingerprint, verify passes, the tally goes through and stays protected', async () => {
    const host = await tallied();
    const fingerprint = (await finaliseCommand(ctxOf(host), { election: 'CU' })).result?.fingerprint ?? '';
    const rows = strikeBallots().reverse();
    const edited = await setCells(
      host,
      'Phiếu CU',
      rows.flatMap((row, r) => row.map((v, c): [number, number, (typeof row)[number]] => [r + 1, c, v])),
    );
    const verify = await verifyCommand(ctxOf(edited, { write: false }), { election: 'CU', fingerprint });
    expect(verify.match).toBe(true);
    const outcome = await tallyCommand(ctxOf(edited, { now: LATER }));
    expect(outcome.errors).toEqual([]);
    expect(outcome.results[0].fingerprint).toBe(fingerprint);
    const after = await reopened(edited);
    expect(await isProtected(after, 'Kết quả CU')).toBe(true);
    expect(await isProtected(after, 'Biên bản CU')).toBe(true);
  });

  test('the roll changed after finalising (same ballots, other D): refused as a changed result', async () => {
    const host = await tallied();
    await finaliseCommand(ctxOf(host), { election: 'CU' });
    const edited = await setCell(host, 'Đại biểu', 21, 4, 'Vắng có lý do');
    const outcome = await tallyCommand(ctxOf(edited, { write: false }));
    expect(outcome.errors.map((e) => [e.code, e.message])).toEqual([['FINALISED_CHANGED', 'FINALISED_RESULT_CHANGED']]);
  });

  test('reopening with a reason is logged in both sheets; the outputs are no longer protected', async () => {
    const host = await tallied();
    await finaliseCommand(ctxOf(host), { election: 'CU' });
    const edited = await setCell(host, 'Phiếu CU', 1, 1, null);
    const outcome = await tallyCommand(ctxOf(edited, { now: LATER, operator: 'Lê Thị Mở' }), {
      reopen: 'Phiếu số 1 nhập sai, Ban kiểm phiếu đã đối chiếu lại',
    });
    expect(outcome.errors).toEqual([]);
    const after = await reopened(edited);
    const rows = await values(after, 'Chốt kết quả');
    expect(rows).toHaveLength(3);
    expect(rows[2].slice(2, 6)).toEqual([
      '2025-10-15 11:00:00 UTC',
      'Lê Thị Mở',
      'Mở lại',
      'Phiếu số 1 nhập sai, Ban kiểm phiếu đã đối chiếu lại',
    ]);
    expect(rows[2][1]).toBe(outcome.results[0].fingerprint);
    const log = await logOf(after);
    const reopenRow = log.find((r) => r[3] === 'reopen');
    expect(reopenRow?.slice(2, 6)).toEqual(['Lê Thị Mở', 'reopen', 'CU', 'Mở lại']);
    expect(String(reopenRow?.[7])).toContain('Lý do: Phiếu số 1 nhập sai, Ban kiểm phiếu đã đối chiếu lại');
    expect(await isProtected(after, 'Kết quả CU')).toBe(false);
    // Reopened: a further change is counted without refusal.
    const further = await setCell(after, 'Phiếu CU', 2, 1, null);
    expect((await tallyCommand(ctxOf(further, { write: false }))).errors).toEqual([]);
  });

  test('a later round counted alone still refuses its finalised earlier round changed', async () => {
    // Round 1: An and Bình on every ballot, the third seat open; round 2 among the others.
    const first = Array.from({ length: 21 }, (_, b) => [
      String(b + 1),
      null,
      null,
      ...[2, 3, 4].map((i) => (b % 3 === i - 2 ? null : 'x')),
      null,
    ]);
    const second = Array.from({ length: 21 }, (_, b) => [
      String(b + 1),
      ...[2, 3, 4].map((i) => (b < 15 ? (i === 2 ? null : 'x') : i === 3 ? null : 'x')),
      null,
    ]);
    const rounds = [
      { ...STRIKE, ballots: first },
      { id: 'CU-2', office: 'Chi ủy', seats: 1, candidates: NAMES.slice(2), round: 2, previous: 'CU', ballots: second },
    ];
    const host = await workbookFrom(congress(rounds));
    const one = await tallyCommand(ctxOf(host));
    expect(one.results.map((r) => [r.id, r.status])).toEqual([
      ['CU', 'shortfall'],
      ['CU-2', 'complete'],
    ]);
    await finaliseCommand(ctxOf(host), { election: 'CU' });
    const edited = await setCell(host, 'Phiếu CU', 1, 1, 'x');
    const outcome = await tallyCommand(ctxOf(edited, { write: false }), { elections: ['CU-2'] });
    expect(outcome.errors.map((e) => [e.code, e.params?.id])).toEqual([['FINALISED_CHANGED', 'CU']]);
  });

  test('blocked or zero-report elections cannot be finalised', async () => {
    const host = await workbookFrom(congress([{ ...STRIKE, ballots: [] }]));
    const outcome = await finaliseCommand(ctxOf(host), { election: 'CU' });
    expect(codes(outcome.errors)).toEqual(['NOT_FINALISABLE']);
    expect(outcome.written).toBe(false);
  });
});

describe('verify', () => {
  test('a changed mark fails; the printed fingerprint may carry its label and spaces', async () => {
    const host = await tallied();
    const printed = (await tallyCommand(ctxOf(host, { write: false }))).results[0].fingerprint;
    const label = `Mã kiểm tra dữ liệu phiếu (SHA-256, cuộc bầu CU): ${printed.slice(0, 32)} ${printed.slice(32).toUpperCase()}`;
    expect((await verifyCommand(ctxOf(host), { election: 'CU', fingerprint: label })).match).toBe(true);
    const changed = await setCell(host, 'Phiếu CU', 3, 2, (await values(host, 'Phiếu CU'))[3][2] === 'x' ? null : 'x');
    const outcome = await verifyCommand(ctxOf(changed), { election: 'CU', fingerprint: printed });
    expect(outcome.match).toBe(false);
    expect(outcome.actual).not.toBe(printed);
    expect(outcome.written).toBe(false);
  });

  test('an unknown election is an error, not a mismatch', async () => {
    const host = await tallied();
    const outcome = await verifyCommand(ctxOf(host), { election: 'XX', fingerprint: 'a'.repeat(64) });
    expect(outcome.actual).toBeNull();
    expect(outcome.errors.length).toBeGreaterThan(0);
  });
});
