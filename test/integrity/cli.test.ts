/**
 * The integrity commands on the command line (WORKBOOK.md "Integrity"): `verify` exits 0 / 1 / 2,
 * `finalise` and `--reopen` need a named operator, `testdeck` then `tally` passes its cross-check,
 * `--operator` is written in `Nhật ký`.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import type { PackageHost } from '../../src/hosts/package/packageHost';
import { loadHost, saveHost, workbookFrom } from '../helpers/workbook';
import { congress, STRIKE } from './fixtures';
import { setCell, values } from './helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-integrity-'));
const file = (name: string) => path.join(dir, name);

async function saved(name: string, host: PackageHost): Promise<string> {
  saveHost(host, file(name));
  return file(name);
}

describe('integrity on the command line', () => {
  test('verify: 0 when equal, 1 when not, 2 for a malformed fingerprint', async () => {
    const input = await saved('v.xlsx', await workbookFrom(congress([STRIKE])));
    const json = await runCli(['tally', input, '--json']);
    const fingerprint = (JSON.parse(json.stdout) as { elections: { fingerprint: string }[] }).elections[0].fingerprint;
    const ok = await runCli(['verify', input, 'CU', fingerprint]);
    expect([ok.code, ok.stderr]).toEqual([0, expect.stringContaining('Khớp')]);
    // Copied from the minutes in two pieces, upper case: still read.
    const pieces = await runCli(['verify', input, 'cu', fingerprint.slice(0, 30).toUpperCase(), fingerprint.slice(30)]);
    expect(pieces.code).toBe(0);
    const host = loadHost(input);
    const edited = await setCell(host, 'Phiếu CU', 1, 1, (await values(host, 'Phiếu CU'))[1][1] === 'x' ? null : 'x');
    const changed = await saved('v2.xlsx', edited);
    const bad = await runCli(['verify', changed, 'CU', fingerprint, '--lang', 'en', '--json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('NO MATCH');
    expect(JSON.parse(bad.stdout)).toMatchObject({ verify: { id: 'CU', expected: fingerprint, match: false } });
    expect((await runCli(['verify', input, 'CU', 'abc'])).code).toBe(2);
    expect((await runCli(['verify', input, 'CU'])).code).toBe(2);
    expect((await runCli(['verify', input, 'XX', fingerprint])).code).toBe(1);
  });

  test('finalise needs a named operator; then a changed count is exit 1, and --reopen needs one too', async () => {
    const input = await saved('f.xlsx', await workbookFrom(congress([STRIKE])));
    const finalised = file('f-out.xlsx');
    expect((await runCli(['finalise', input, 'CU', '-o', finalised])).code).toBe(2);
    const done = await runCli(['finalise', input, 'CU', '-o', finalised, '--operator', 'Trần Văn Chốt']);
    expect([done.code, done.stderr]).toEqual([0, expect.stringContaining('Đã ghi')]);
    const host = loadHost(finalised);
    expect((await values(host, 'Chốt kết quả'))[1][3]).toBe('Trần Văn Chốt');
    const edited = await setCell(host, 'Phiếu CU', 1, 1, (await values(host, 'Phiếu CU'))[1][1] === 'x' ? null : 'x');
    const changed = await saved('f-changed.xlsx', edited);
    const refused = await runCli(['tally', changed, '-o', file('f-t.xlsx'), '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).errors[0]).toMatchObject({
      code: 'FINALISED_CHANGED',
      cell: "'Chốt kết quả'!B2",
    });
    const anonymous = await runCli(['tally', changed, '-o', file('f-t.xlsx'), '--reopen', 'Sửa phiếu 1']);
    expect(anonymous.code).toBe(2);
    const reopened = await runCli([
      'tally',
      changed,
      '-o',
      file('f-t.xlsx'),
      '--reopen',
      'Sửa phiếu 1',
      '--operator',
      'Lê Thị Mở',
    ]);
    expect(reopened.code).toBe(0);
    const log = await values(loadHost(file('f-t.xlsx')), 'Nhật ký');
    expect(log.filter((r) => r[3] === 'reopen').map((r) => r[2])).toEqual(['Lê Thị Mở']);
  });

  test('testdeck, then tally: the cross-check passes and the outputs are marked', async () => {
    const input = await saved('d.xlsx', await workbookFrom(congress([{ ...STRIKE, ballots: [] }])));
    const deck = await runCli([
      'testdeck',
      input,
      'CU',
      '-o',
      file('d-deck.xlsx'),
      '--seed',
      '7',
      '--operator',
      'Tổ tập dượt',
    ]);
    expect(deck.code).toBe(0);
    const tally = await runCli(['tally', file('d-deck.xlsx'), '--json']);
    const result = (
      JSON.parse(tally.stdout) as {
        elections: { status: string; rehearsal?: boolean; crossCheck: { ok: boolean }[] }[];
      }
    ).elections[0];
    expect(result.rehearsal).toBe(true);
    expect(result.status).not.toBe('blocked');
    expect(result.crossCheck.every((e) => e.ok)).toBe(true);
    expect(tally.stderr).toContain('PHIẾU THỬ');
    // With -o, the summary line marks it too.
    const written = await runCli(['tally', file('d-deck.xlsx'), '-o', file('d-deck-tally.xlsx'), '--operator', 'T']);
    expect(written.stderr).toMatch(/^ {4}CU \[PHIẾU THỬ\]: /m);
    expect((await runCli(['testdeck', input, 'CU', '-o', file('d2.xlsx'), '--ballots', '0'])).code).toBe(2);
    expect((await runCli(['testdeck', input, 'CU', '--json'])).code).toBe(2);
    const log = await values(loadHost(file('d-deck.xlsx')), 'Nhật ký');
    expect(log[1].slice(2, 5)).toEqual(['Tổ tập dượt', 'testdeck', 'CU']);
  });
});
