/**
 * The bundled party-cell congress (`chi-bo.xlsx`): small enough to check by hand.
 *
 * Roll: 21 official members and 4 probationary ones (listed, never counted). One official member
 * is exempted (`Miễn sinh hoạt`) and one away with an approved reason: both leave D. One is away
 * without one (`Vắng`): he stays in D. So D = 21 − 2 = 19, 18 present, 10 votes needed.
 *
 * - `CU` Chi ủy 3 of 4, one ballot keeping all four names (over-vote): `complete`;
 * - `BT` Bí thư, one name, agree/disagree, elected by the congress: `complete`;
 * - `DB` two delegates to the ward congress from three: only one reaches 10 votes: `shortfall`.
 */
import type { PlanValue, SheetPlan } from '../workbook/sheetPlan';
import { congressSheetPlan, counterSheetPlan, electionSheetPlan, rollSheetPlan } from '../workbook/render/template';
import type { RollStatus, Standing } from '../engine/model/roll';
import { ballotSheet, type ElectionSpec, electionRow, type Person, personnelPlan } from './elections';
import { mulberry32 } from './random';

const UNIT = 'Chi bộ khu dân cư số 5';

const person = (
  name: string,
  gender: Person['gender'],
  birth: string,
  incumbent: boolean,
  theory: Person['theory'],
  education: Person['education'] = 'Cao đẳng, đại học',
): Person => ({
  name,
  gender,
  birth,
  ethnicity: 'Kinh',
  education,
  theory,
  incumbent,
  source: 'Cấp ủy giới thiệu',
});

const NOMINEES: Person[] = [
  person('Đào Văn Thịnh', 'Nam', '20/05/1971', true, 'Trung cấp'),
  person('Nguyễn Thị Mai Hương', 'Nữ', '14/09/1978', true, 'Trung cấp'),
  person('Lê Minh Khoa', 'Nam', '08/02/1985', false, 'Sơ cấp'),
  person('Trần Thị Ngọc Ánh', 'Nữ', '30/07/1982', false, 'Sơ cấp', 'Trung cấp'),
  person('Vũ Thị Thanh Xuân', 'Nữ', '03/11/1975', false, 'Sơ cấp'),
];

/** The roll in the order the chi bộ keeps it; blank status = present. */
const ROLL: [string, Standing, RollStatus | ''][] = [
  ['Đào Văn Thịnh', 'Chính thức', ''],
  ['Nguyễn Thị Mai Hương', 'Chính thức', ''],
  ['Lê Minh Khoa', 'Chính thức', ''],
  ['Trần Thị Ngọc Ánh', 'Chính thức', ''],
  ['Vũ Thị Thanh Xuân', 'Chính thức', ''],
  ['Phạm Quang Huy', 'Chính thức', ''],
  ['Hoàng Thị Bích Liên', 'Chính thức', ''],
  ['Ngô Đức Toàn', 'Chính thức', ''],
  ['Đỗ Văn Phú', 'Chính thức', ''],
  ['Bùi Thị Hạnh', 'Chính thức', ''],
  ['Nguyễn Văn Tư', 'Chính thức', 'Miễn sinh hoạt'],
  ['Lê Thị Thoa', 'Chính thức', ''],
  ['Trịnh Văn Bảy', 'Chính thức', ''],
  ['Đặng Thị Minh Châu', 'Chính thức', 'Vắng có lý do'],
  ['Phan Hữu Lộc', 'Chính thức', ''],
  ['Dương Văn Khánh', 'Chính thức', 'Vắng'],
  ['Nguyễn Thị Lệ', 'Chính thức', ''],
  ['Trần Công Định', 'Chính thức', ''],
  ['Vũ Văn Sáu', 'Chính thức', ''],
  ['Lương Thị Kim Thanh', 'Chính thức', ''],
  ['Hà Quang Vinh', 'Chính thức', ''],
  ['Tạ Thị Thùy Dung', 'Dự bị', ''],
  ['Mai Văn Hiệp', 'Dự bị', ''],
  ['Kiều Thị Ngọc Diệp', 'Dự bị', 'Vắng có lý do'],
  ['Cao Minh Đức', 'Dự bị', ''],
];

const v = (name: string, votes: number) => ({ name, votes });

export const CHI_BO_ELECTIONS: ElectionSpec[] = [
  {
    id: 'CU',
    title: 'Bầu Chi ủy Chi bộ khu dân cư số 5 nhiệm kỳ 2025 - 2027',
    office: 'Chi ủy',
    seats: 3,
    issued: 18,
    returned: 18,
    minutesNumber: 1,
    ballots: {
      valid: 17,
      invalid: [{ kind: 'overvote' }],
      candidates: [
        v('Đào Văn Thịnh', 16),
        v('Nguyễn Thị Mai Hương', 15),
        v('Lê Minh Khoa', 12),
        v('Trần Thị Ngọc Ánh', 6),
      ],
    },
  },
  {
    id: 'BT',
    title: 'Bầu Bí thư Chi bộ khu dân cư số 5 nhiệm kỳ 2025 - 2027',
    office: 'Bí thư',
    seats: 1,
    issued: 18,
    returned: 18,
    minutesNumber: 2,
    ballots: { valid: 18, invalid: [], candidates: [v('Đào Văn Thịnh', 17)] },
  },
  {
    id: 'DB',
    title: 'Bầu đại biểu đi dự Đại hội Đảng bộ phường Gia Thụy',
    office: 'Đại biểu chính thức',
    seats: 2,
    issued: 18,
    returned: 17,
    minutesNumber: 3,
    ballots: {
      valid: 17,
      invalid: [],
      candidates: [v('Đào Văn Thịnh', 14), v('Lê Minh Khoa', 9), v('Vũ Thị Thanh Xuân', 8)],
    },
  },
];

/** The sheets of `chi-bo.xlsx`, in tab order. */
export function chiBoSheets(): SheetPlan[] {
  const random = mulberry32(20250415);
  const people = new Map(NOMINEES.map((n) => [n.name, n] as const));
  const rollRows: PlanValue[][] = ROLL.map(([name, standing, status], i) => [
    i + 1,
    name,
    UNIT,
    standing,
    status || 'Có mặt',
  ]);
  return [
    congressSheetPlan([
      { label: 'Đảng bộ cấp trên', value: 'ĐẢNG BỘ PHƯỜNG GIA THỤY' },
      { label: 'Tổ chức đảng', value: UNIT },
      { label: 'Loại đại hội', value: 'Đại hội đảng viên' },
      { label: 'Nhiệm kỳ', value: '2025 - 2027' },
      { label: 'Địa danh', value: 'Long Biên' },
      { label: 'Ngày', value: '15/04/2025' },
    ]),
    rollSheetPlan(rollRows),
    counterSheetPlan([
      [1, 'Phạm Quang Huy', 'Trưởng ban', 'Đại hội'],
      [2, 'Lê Thị Thoa', 'Ủy viên', 'Đại hội'],
      [3, 'Trần Công Định', 'Ủy viên', 'Đại hội'],
    ]),
    personnelPlan(NOMINEES, CHI_BO_ELECTIONS),
    electionSheetPlan(CHI_BO_ELECTIONS.map(electionRow)),
    ...CHI_BO_ELECTIONS.map((e) => ballotSheet(e, people, random)),
  ];
}
