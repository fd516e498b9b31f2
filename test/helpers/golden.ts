import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';

/**
 * Golden JSON files: `UPDATE_GOLDEN=1 npx jest <dir>` rewrites them (review the diff by eye
 * before committing); otherwise the value must equal the stored file.
 */
export function expectGolden(file: string, value: unknown): void {
  const json = `${JSON.stringify(value, null, 1)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, json);
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`golden file ${file} was missing and has been written; run again`);
    return;
  }
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
