/**
 * The last step of `npm run build:cli`: the bundled command line's code cache (codeCache.ts),
 * made from a `tally -o` of the bundled example congress into a temporary folder, removed after.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { makeCodeCache } from './codeCache';

const example = path.join(__dirname, '..', '..', 'examples', 'dai-hoi-phuong.xlsx');
const dir = mkdtempSync(path.join(tmpdir(), 'dai-hoi-code-cache-'));
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
// The run's own lines (the summary, "Đã ghi …") are the build's noise: printed only if it fails.
const said: string[] = [];
const keep = (chunk: string | Uint8Array): boolean => {
  said.push(String(chunk));
  return true;
};
const stderr = process.stderr.write.bind(process.stderr);
process.stdout.write = keep;
process.stderr.write = keep;
process.once('exit', (code) => {
  if (code || process.exitCode) stderr(said.join(''));
});
makeCodeCache(['tally', example, '-o', path.join(dir, 'out.xlsx')]);
