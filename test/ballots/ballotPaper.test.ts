/**
 * `Mẫu phiếu <Mã>` plans. Golden files under test/ballots/golden; after a deliberate layout change
 * run `UPDATE_GOLDEN=1 npx jest test/ballots` and review the diff.
 */
import * as path from 'path';
import { ballotPaperPlan } from '../../src/workbook/render/ballotPaper';
import { election } from '../engine/fixtures';
import { expectGolden } from '../helpers/golden';
import { minutesCongress, NAMES, singleElection, strikeElection } from '../minutes/scenarios';
import type { SheetPlan } from '../../src/workbook/sheetPlan';
import { ballotPaperSheetName } from '../../src/workbook/sheetNames';

const golden = (name: string) => path.join(__dirname, 'golden', `${name}.json`);
const count = (plan: SheetPlan, value: string) => plan.values.flat().filter((v) => v === value).length;

describe('Mẫu phiếu <Mã>', () => {
  const congress = minutesCongress();

  test('strike-through: STT | Họ và tên, the list in ballot order, several copies a page', () => {
    const plan = ballotPaperPlan(strikeElection(), congress);
    expectGolden(golden('strike'), plan);
    expect(plan.name).toBe(ballotPaperSheetName('CU'));
    expect(count(plan, 'PHIẾU BẦU CỬ')).toBeGreaterThanOrEqual(2);
    expect(count(plan, 'Không đồng ý')).toBe(0);
    const names = plan.values.flat().filter((v): v is string => typeof v === 'string' && NAMES.includes(v));
    expect(names.slice(0, 7)).toEqual(NAMES.slice(0, 7));
    expect(plan.values.flat()).toContain('(Bầu không quá 5 đồng chí. Gạch ngang cả họ và tên người không bầu.)');
    expect(plan.page).toMatchObject({ paper: 'A4', orientation: 'portrait' });
    // The copies fit on one page.
    const height = Object.values(plan.rowHeights ?? {}).reduce((a, b) => a + b, 0);
    expect(height).toBeLessThanOrEqual(((297 - 24) * 72) / 25.4);
  });

  test('agree/disagree: four columns', () => {
    const plan = ballotPaperPlan(singleElection(), congress);
    expectGolden(golden('agree'), plan);
    const head = plan.values.find((r) => r.includes('Đồng ý'));
    expect(head?.filter((v) => v !== null)).toEqual(['STT', 'Họ và tên', 'Đồng ý', 'Không đồng ý']);
    expect(count(plan, 'PHIẾU BẦU CỬ')).toBeGreaterThanOrEqual(3);
  });

  test('opinion ballot: PHIẾU XIN Ý KIẾN, four columns', () => {
    const plan = ballotPaperPlan(
      election({
        id: 'YK',
        title: 'Xin ý kiến giới thiệu nhân sự',
        office: 'Xin ý kiến',
        seats: 0,
        ballotType: 'Xin ý kiến',
        candidates: NAMES.slice(0, 3),
      }),
      congress,
    );
    expect(plan.values.flat()).toContain('PHIẾU XIN Ý KIẾN');
    expect(plan.values.flat()).toContain('Không đồng ý');
  });

  test('a long list takes one copy per sheet and still prints whole', () => {
    const names = Array.from({ length: 40 }, (_, i) => `Người thứ ${i + 1}`);
    const plan = ballotPaperPlan(election({ id: 'BCH', candidates: names, seats: 33 }), congress);
    expect(count(plan, 'PHIẾU BẦU CỬ')).toBe(1);
    expect(plan.values.flat().filter((v) => typeof v === 'string' && v.startsWith('Người thứ'))).toHaveLength(40);
  });
});
