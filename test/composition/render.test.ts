import { composeBody } from '../../src/engine/composition';
import { compositionSheetPlan, formatShare, summaryLine } from '../../src/workbook/render/composition';
import { listCheckSheetPlan, LIST_CHECK_HEADERS } from '../../src/workbook/render/listCheck';
import { person, born } from '../nominees/fixtures';
import type { Problem } from '../../src/workbook/problems';

describe('Cơ cấu <Mã> sheet', () => {
  const members = Array.from({ length: 15 }, (_, i) => `Người ${i + 1}`);
  const people = members.map((m, i) =>
    person(
      m,
      {
        gender: i < 4 ? 'Nữ' : 'Nam',
        birth: born(i < 2 ? '01/01/1990' : i < 11 ? '01/01/1975' : '01/01/1960'),
        incumbent: i < 10,
      },
      i + 2,
    ),
  );
  const dims = composeBody(members, people, {
    ageBands: [35, 50],
    referenceDate: { year: 2020, month: 5, day: 19 },
    committee: true,
  });

  test('prints like the seeds: "Nữ giới: 4 đ/c (26,67%)", whole percentages without decimals', () => {
    expect(summaryLine(dims[0].rows)).toBe('Nam giới: 11 đ/c (73,33%), Nữ giới: 4 đ/c (26,67%)');
    expect(summaryLine(dims[1].rows)).toBe(
      'Dưới 35: 2 đ/c (13,33%), Từ 35 đến 50: 9 đ/c (60%), Trên 50: 4 đ/c (26,67%)',
    );
    expect(summaryLine(dims[2].rows)).toBe('Tái cử: 10 đ/c (66,67%), Lần đầu: 5 đ/c (33,33%)');
    expect(formatShare(100)).toBe('100%');
  });

  test('the plan: title, one table per dimension with counts and fractions, the summary', () => {
    const plan = compositionSheetPlan(
      { id: 'BCH', office: 'Ban Chấp hành', title: 'Bầu Ban Chấp hành', members, dimensions: dims, list: false },
      { referenceDate: { year: 2020, month: 5, day: 19 }, findings: [], lang: 'vi' },
    );
    expect(plan.name).toBe('Cơ cấu BCH');
    expect(plan.values[0][0]).toBe('CƠ CẤU BAN CHẤP HÀNH');
    const flat = plan.values.map((r) => r.filter((v) => v !== null));
    expect(flat).toContainEqual(['   Nữ', 4, 0.2667]);
    expect(flat).toContainEqual(['Giới tính: Nam giới: 11 đ/c (73,33%), Nữ giới: 4 đ/c (26,67%).']);
  });
});

describe('Kiểm tra danh sách sheet', () => {
  test('the contract columns, one row per finding in the chosen language', () => {
    const findings: Problem[] = [
      {
        severity: 'error',
        code: 'CHI_UY_OVER_7',
        message: 'CHI_UY_OVER_7',
        params: { seats: 8, list: 'CU' },
        cell: "'Bầu cử'!D2",
        rule: 'Quy định 29-QĐ/TW mục 24',
      },
    ];
    const plan = listCheckSheetPlan(findings, 'en');
    const head = plan.values.findIndex((r) => r[0] === 'Mức độ');
    expect(plan.values[head]).toEqual(LIST_CHECK_HEADERS);
    expect(plan.values[head + 1]).toEqual([
      'Lỗi',
      'CHI_UY_OVER_7',
      'A chi ủy has at most 7 members; election CU says 8. Correct "Số lượng cần bầu".',
      "'Bầu cử'!D2",
      'Quy định 29-QĐ/TW mục 24',
    ]);
    const clean = listCheckSheetPlan([], 'vi');
    expect(clean.values.flat()).toContain('Không phát hiện vấn đề nào trong các danh sách bầu cử.');
  });
});
