/**
 * The command line on the two examples beyond the congress (WORKBOOK.md version 2): `tally`
 * handles both kinds, and every other command treats them as what they are.
 */
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { loadHost } from '../helpers/workbook';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const TRUST = path.join(EXAMPLES, 'tin-nhiem.xlsx');
const INTRO = path.join(EXAMPLES, 'gioi-thieu.xlsx');
const work = mkdtempSync(path.join(tmpdir(), 'daihoi-personnel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Report {
  elections: { id: string; status: string; trust?: unknown[]; introduced?: string[] }[];
  findings?: { code: string }[];
}

const json = async (argv: string[]): Promise<{ code: number; report: Report }> => {
  const run = await runCli([...argv, '--json']);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
};

test('tally: both kinds, exit 0, their own JSON fields; -o writes results, minutes and the log', async () => {
  const trust = await json(['tally', TRUST]);
  expect(trust.code).toBe(0);
  expect(trust.report.elections[0]).toMatchObject({ id: 'TN', status: 'complete' });
  expect(trust.report.elections[0].trust).toHaveLength(9);
  expect(trust.report.findings).toBeUndefined();
  const intro = await json(['tally', INTRO]);
  expect(intro.report.elections.map((e) => [e.id, e.status, e.introduced?.length])).toEqual([
    ['GT-1', 'tie', 16],
    ['GT-2', 'complete', 17],
  ]);
  const out = path.join(work, 'tn-out.xlsx');
  expect((await runCli(['tally', TRUST, '-o', out])).code).toBe(0);
  const names = await loadHost(out).sheetNames();
  expect(names.slice(-3)).toEqual(['Kết quả TN', 'Biên bản TN', 'Nhật ký']);
});

test('tally --election GT-2 tallies round 1 too (round 2 shows it beside)', async () => {
  const { report } = await json(['tally', INTRO, '--election', 'GT-2']);
  expect(report.elections.map((e) => e.id)).toEqual(['GT-2']);
});

test('minutes --docx writes both kinds', async () => {
  for (const [file, out] of [
    [TRUST, 'tn.docx'],
    [INTRO, 'gt.docx'],
  ]) {
    const target = path.join(work, out);
    expect((await runCli(['minutes', file, '--docx', target])).code).toBe(0);
    expect(existsSync(target)).toBe(true);
  }
});

test('ballots: a trust ballot with three boxes and each position; an introduction with blank lines', async () => {
  const out = path.join(work, 'ballots.xlsx');
  expect((await runCli(['ballots', TRUST, '-o', out])).code).toBe(0);
  const values = (await loadHost(out).readSheets(['Mẫu phiếu TN'])).get('Mẫu phiếu TN') ?? [];
  const flat = values.flat();
  expect(flat).toContain('PHIẾU TÍN NHIỆM');
  expect(flat).toContain('Tín nhiệm thấp');
  expect(flat).toContain('Phó Bí thư Thường trực Đảng ủy phường');
  const out2 = path.join(work, 'ballots2.xlsx');
  expect((await runCli(['ballots', INTRO, '-o', out2, '--election', 'GT-1'])).code).toBe(0);
  const intro = ((await loadHost(out2).readSheets(['Mẫu phiếu GT-1'])).get('Mẫu phiếu GT-1') ?? []).flat();
  expect(intro).toContain('PHIẾU GIỚI THIỆU NHÂN SỰ');
  expect(intro.some((v) => typeof v === 'string' && v.startsWith('(Giới thiệu không quá 17 đồng chí.'))).toBe(true);
  // The list of 20 and two blank numbered lines for names written in.
  expect(intro).toContain(22);
});

test('check: no A-B-C order asked of a trust ballot; composition: no body to report for these kinds', async () => {
  const check = await runCli(['check', TRUST, '--json']);
  expect(check.code).toBe(0);
  const findings = (JSON.parse(check.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
  expect(findings).not.toContain('BALLOT_ORDER');
  const composition = await runCli(['composition', INTRO, '--json']);
  expect(composition.code).toBe(0);
  const report = JSON.parse(composition.stdout) as {
    composition: Record<string, unknown>;
    findings: { code: string }[];
  };
  expect(report.composition).toEqual({});
  expect(report.findings.map((f) => f.code)).not.toContain('COMPOSITION_PENDING');
});

test('next-round refuses a trust vote and an introduction: the tie is the committee head’s', async () => {
  const run = await runCli(['next-round', INTRO, 'GT-1', '-o', path.join(work, 'nr.xlsx')]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/người đứng đầu cấp ủy lựa chọn/);
});
