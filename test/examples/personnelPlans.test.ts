/**
 * Golden SheetPlans of the two examples beyond the congress (WORKBOOK.md version 2): the
 * `Kết quả <Mã>` and `Biên bản <Mã>` sheets the tally writes for the trust vote and for both rounds
 * of the introduction. After a deliberate change: `UPDATE_GOLDEN=1 npx jest test/examples` and read
 * the diff.
 */
import * as path from 'path';
import { loadHost } from '../helpers/workbook';
import { tallyCommand } from '../../src/commands/tally';
import { INTRODUCTION_FILE, TRUST_FILE } from '../../src/examples/write';
import { expectGolden } from '../helpers/golden';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

async function plansOf(file: string) {
  const host = loadHost(path.join(EXAMPLES, file));
  const outcome = await tallyCommand({
    port: host,
    lang: 'vi',
    now: () => new Date('2027-11-15T12:00:00Z'),
    write: false,
  });
  expect(outcome.errors).toEqual([]);
  expect(outcome.warnings).toEqual([]);
  return outcome.plans;
}

describe.each([
  [TRUST_FILE, ['Kết quả TN', 'Biên bản TN']],
  [INTRODUCTION_FILE, ['Kết quả GT-1', 'Biên bản GT-1', 'Kết quả GT-2', 'Biên bản GT-2']],
])('%s', (file, sheets) => {
  test('the tally writes its results and minutes, equal to their golden plans', async () => {
    const plans = await plansOf(file);
    expect(plans.map((p) => p.name)).toEqual(sheets);
    for (const plan of plans) {
      const name = `${file.replace('.xlsx', '')}-${plan.name.replace(/\s+/g, '-')}`;
      expectGolden(path.join(__dirname, 'golden', `${name}.json`), plan);
    }
  });
});
