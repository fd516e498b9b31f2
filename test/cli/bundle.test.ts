/**
 * `npm run cli` runs the bundled command line with its code cache (src/cli/codeCache.ts), built
 * by `npm run build:cli` (which `npm test` runs first). It must do exactly what the modules do,
 * use the cache it was built with, and never use a cache made from another script.
 */
import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist-cli');
const EXAMPLE = path.join(ROOT, 'examples', 'dai-hoi-phuong.xlsx');
const env = { ...process.env, DAI_HOI_NOW: '2026-01-19T08:00:00Z', DAI_HOI_CODE_CACHE: 'report' };

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env, cwd: ROOT });
}

describe('the bundled command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-bundle-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('npm run cli is the launcher, and the build makes the bundle and its cache', () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.cli).toBe('node dist-cli/cli/launcher.js');
    expect(scripts['build:cli']).toContain('webpack --config webpack.cli.config.js');
    expect(scripts['build:cli']).toContain('node dist-cli/cli/makeCodeCache.js');
    expect(scripts.prepare).toBe('npm run build:cli');
  });

  test('tally -o through the bundle writes the same bytes and lines as the modules, using the cache', () => {
    const bundled = run(path.join(DIST, 'cli', 'launcher.js'), ['tally', EXAMPLE, '-o', path.join(dir, 'a.xlsx')]);
    const modules = run(path.join(DIST, 'cli', 'main.js'), ['tally', EXAMPLE, '-o', path.join(dir, 'b.xlsx')]);
    expect(bundled.status).toBe(modules.status);
    expect(bundled.stderr).toContain('code cache: used');
    expect(bundled.stdout.replace('a.xlsx', 'b.xlsx')).toBe(modules.stdout);
    expect(bundled.stderr.replace('code cache: used\n', '').replace('a.xlsx', 'b.xlsx')).toBe(modules.stderr);
    expect(readFileSync(path.join(dir, 'a.xlsx')).equals(readFileSync(path.join(dir, 'b.xlsx')))).toBe(true);
  });

  test('the commands that load more through the bundle: demo (the example beside it), the Word minutes', () => {
    const demo = run(path.join(DIST, 'cli', 'launcher.js'), ['demo', '-o', path.join(dir, 'demo.xlsx')]);
    expect(demo.stderr).not.toMatch(/Lỗi nội bộ|internal error/i);
    expect(demo.status).toBe(0);
    const docx = run(path.join(DIST, 'cli', 'launcher.js'), ['minutes', EXAMPLE, '--docx', path.join(dir, 'b.docx')]);
    const reference = run(path.join(DIST, 'cli', 'main.js'), ['minutes', EXAMPLE, '--docx', path.join(dir, 'c.docx')]);
    expect(docx.status).toBe(0);
    expect(readFileSync(path.join(dir, 'b.docx')).equals(readFileSync(path.join(dir, 'c.docx')))).toBe(true);
    expect(reference.status).toBe(0);
  });

  test('a cache made from another script of the same length is not used; the command still runs', () => {
    const copy = path.join(dir, 'stale', 'dist-cli');
    cpSync(DIST, copy, { recursive: true });
    const bundle = path.join(copy, 'cli', 'bundle', 'dai-hoi.js');
    const source = readFileSync(bundle, 'latin1');
    // One character of a message changed: V8 alone, which compares lengths, would take the cache.
    const at = source.indexOf('unknown command');
    expect(at).toBeGreaterThan(0);
    writeFileSync(bundle, `${source.slice(0, at)}Unknown command${source.slice(at + 15)}`, 'latin1');
    const r = run(path.join(copy, 'cli', 'launcher.js'), ['no-such-command']);
    expect(r.stderr).toContain('code cache: stale');
    expect(r.stderr).toContain('Unknown command "no-such-command"');
    expect(r.status).toBe(2);
  });

  test('without a bundle (tsc alone) the launcher runs the modules', () => {
    const copy = path.join(dir, 'bare', 'dist-cli');
    cpSync(DIST, copy, { recursive: true });
    rmSync(path.join(copy, 'cli', 'bundle'), { recursive: true });
    const r = run(path.join(copy, 'cli', 'launcher.js'), ['tally', EXAMPLE, '--json']);
    const reference = run(path.join(DIST, 'cli', 'main.js'), ['tally', EXAMPLE, '--json']);
    expect(r.status).toBe(reference.status);
    expect(r.stdout).toBe(reference.stdout);
    expect(r.stderr).not.toContain('code cache');
  });
});
