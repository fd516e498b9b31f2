/**
 * Golden JSON reports of the bundled example congresses (issue 2): any change in what the tally
 * reports on them — a figure, a status, a field, a fingerprint — shows up here. After a deliberate
 * change, regenerate with `UPDATE_GOLDEN=1 npx jest test/cli/golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';

const ROOT = path.join(__dirname, '..', '..');
const CASES = [
  { example: 'dai-hoi-phuong.xlsx', golden: 'dai-hoi-phuong.tally.json', command: 'tally' },
  { example: 'chi-bo.xlsx', golden: 'chi-bo.tally.json', command: 'tally' },
  { example: 'tin-nhiem.xlsx', golden: 'tin-nhiem.tally.json', command: 'tally' },
  { example: 'gioi-thieu.xlsx', golden: 'gioi-thieu.tally.json', command: 'tally' },
  { example: 'dai-hoi-phuong.xlsx', golden: 'dai-hoi-phuong.allocate.json', command: 'allocate' },
  { example: 'dai-hoi-phuong.xlsx', golden: 'dai-hoi-phuong.composition.json', command: 'composition' },
];

async function report(command: string, file: string): Promise<unknown> {
  let stdout = '';
  const code = await main([command, file, '--json'], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: () => undefined,
    now: () => new Date('2025-08-06T12:00:00Z'),
  });
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe.each(CASES)('$command on $example', ({ example, golden, command }) => {
  test('matches its golden report', async () => {
    const actual = await report(command, path.join(ROOT, 'examples', example));
    const file = path.join(ROOT, 'test', 'golden', golden);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(file)).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

test('the ward example shows what it was built to show', async () => {
  const r = (await report('tally', path.join(ROOT, 'examples', 'dai-hoi-phuong.xlsx'))) as {
    elections: { id: string; status: string; denominator: number; threshold: number; alternates?: string[] }[];
  };
  const byId = Object.fromEntries(r.elections.map((e) => [e.id, e]));
  expect(byId.BCH).toMatchObject({ status: 'tie', denominator: 202, threshold: 102 });
  expect(byId['BCH-2'].status).toBe('complete');
  expect(byId.DB).toMatchObject({ status: 'complete', alternates: ['Hà Thị Minh Nguyệt', 'Kiều Văn Quý'] });
  expect(byId.BT).toMatchObject({ status: 'complete', denominator: 27, threshold: 14 });
});
