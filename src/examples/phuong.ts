/**
 * The bundled delegate congress (`dai-hoi-phuong.xlsx`): the first congress of a ward formed on
 * 1 July 2025 by merging wards, directly under the city (there is no district level any more;
 * regulations-2025 §3): "Đại hội đại biểu Đảng bộ phường Phúc Đồng lần thứ I, nhiệm kỳ 2025 –
 * 2030". The appointed committee (29 members, ex officio delegates) and 180 elected delegates of
 * 15 chi bộ: 209 convened, D = 202. A committee of 27 (CT 45: 27–33 for a merged ward), a standing
 * committee of 9, a secretary and two deputies, and a delegation to the city's congress (the
 * XVIII of the Hà Nội city Party organisation). What it demonstrates, election by election:
 *
 * - `YK-BCH` opinion ballot on two floor nominees: one passes (`10 × approvals > 3 × present`), one not;
 * - `BCH` 27 of 31, two counting teams, invalid ballots of three reasons (two over-votes, one
 *   striking everybody, one committee ruling): a tie at the cut line (27th and 28th equal, both
 *   over half): `tie`, one seat open;
 * - `BCH-2` the re-vote between the two tied (`Bầu lại khi bằng phiếu` = `Quá bán`, the default,
 *   printed in its minutes): `complete`;
 * - `DB` 4 official delegates of 6, and 2 alternates taken from the same ballot (`Số dự khuyết`,
 *   QC190 Điều 18): both over half; one delegate has left (`Có mặt lúc bầu`);
 * - the congress-session minutes carry a number (`Số biên bản`) and the time the count ended;
 * - first committee meeting (`Số người bầu` 27): `BTV` 9 of 10, `BT` one name agree/disagree with
 *   one invalid `-`, `PBT` two names agree/disagree with one `-` that counts for nobody, `UBKT`
 *   7 of 8 (two committee members, six from outside it), `CN-UBKT` one name from the new UBKT.
 *
 * Ages are counted at 01/07/2025 (`Ngày tính tuổi` blank: Chỉ thị 45-CT/TW for a ward under the
 * province): every nominee qualifies.
 */
import type { PlanValue, SheetPlan } from '../workbook/sheetPlan';
import {
  congressSheetPlan,
  counterSheetPlan,
  electionSheetPlan,
  rollSheetPlan,
  unitSheetPlan,
} from '../workbook/render/template';
import type { RollStatus, Standing } from '../engine/model/roll';
import { ballotSheet, type ElectionSpec, electionRow, type Person, personnelPlan } from './elections';
import { type Gender, NamePool } from './names';
import { mulberry32, type Random, shuffled } from './random';

interface Unit {
  name: string;
  official: number;
  probationary: number;
  exOfficio: number;
}

const UNITS: Unit[] = [
  { name: 'Chi bộ Tổ dân phố số 1', official: 168, probationary: 4, exOfficio: 1 },
  { name: 'Chi bộ Tổ dân phố số 2', official: 142, probationary: 3, exOfficio: 1 },
  { name: 'Chi bộ Tổ dân phố số 3', official: 175, probationary: 5, exOfficio: 1 },
  { name: 'Chi bộ Tổ dân phố số 4', official: 131, probationary: 2, exOfficio: 1 },
  { name: 'Chi bộ Tổ dân phố số 5', official: 156, probationary: 3, exOfficio: 1 },
  { name: 'Chi bộ Tổ dân phố số 6', official: 149, probationary: 4, exOfficio: 1 },
  { name: 'Chi bộ Tổ dân phố số 7', official: 183, probationary: 5, exOfficio: 1 },
  { name: 'Chi bộ Tổ dân phố số 8', official: 127, probationary: 2, exOfficio: 1 },
  { name: 'Chi bộ Tổ dân phố số 9', official: 161, probationary: 3, exOfficio: 1 },
  { name: 'Chi bộ Tổ dân phố số 10', official: 138, probationary: 2, exOfficio: 1 },
  { name: 'Chi bộ Cơ quan Đảng ủy phường', official: 46, probationary: 1, exOfficio: 9 },
  { name: 'Chi bộ Ủy ban nhân dân phường', official: 58, probationary: 2, exOfficio: 6 },
  { name: 'Chi bộ Công an phường', official: 64, probationary: 3, exOfficio: 2 },
  { name: 'Chi bộ Quân sự phường', official: 21, probationary: 1, exOfficio: 1 },
  { name: 'Chi bộ Trường THCS Phúc Đồng', official: 33, probationary: 2, exOfficio: 1 },
];

/** Seats distributed among the units (`Số đại biểu phân bổ`; ex officio not included). */
export const PHUONG_ALLOCATED_SEATS = 180;

/**
 * Largest remainder with exact integers (remainders compared as `seats × members mod total`), so
 * the roll holds exactly what the allocation command will compute from `Chi bộ`.
 */
export function largestRemainder(members: number[], seats: number): number[] {
  const total = members.reduce((a, b) => a + b, 0);
  const floors = members.map((m) => Math.floor((seats * m) / total));
  const left = seats - floors.reduce((a, b) => a + b, 0);
  const order = members.map((m, i) => ({ i, r: (seats * m) % total })).sort((a, b) => b.r - a.r || a.i - b.i);
  const cut = order[left - 1];
  const next = order[left];
  // An equal remainder across the cut is a tie the congress must settle: not in an example.
  if (left > 0 && next && cut.r === next.r) throw new Error('example allocation: tie for the last seat');
  for (const { i } of order.slice(0, left)) floors[i]++;
  return floors;
}

interface Nominee extends Person {
  /** Index in UNITS. */
  unit: number;
  standing: Standing;
}

const p = (
  name: string,
  gender: Gender,
  birth: string,
  unit: number,
  standing: Standing,
  education: Person['education'],
  theory: Person['theory'],
  extra: Partial<Person> = {},
): Nominee => ({
  name,
  gender,
  birth,
  unit,
  standing,
  education,
  theory,
  ethnicity: 'Kinh',
  incumbent: standing === 'Đương nhiên',
  source: 'Cấp ủy giới thiệu',
  ...extra,
});

const CQ = 10;
const UB = 11;
const CA = 12;
const QS = 13;
const TH = 14;

/**
 * Everyone on a list: the appointed committee standing again, first-time nominees, floor
 * nominees, the delegation to the city's congress and the inspection committee from outside.
 */
const NOMINEES: Nominee[] = [
  // The appointed committee (ex officio delegates) standing again.
  p('Nguyễn Văn Hùng', 'Nam', '12/03/1970', CQ, 'Đương nhiên', 'Trên đại học', 'Cao cấp'),
  p('Trần Thị Thu Hà', 'Nữ', '25/08/1976', CQ, 'Đương nhiên', 'Trên đại học', 'Cao cấp'),
  p('Phạm Đức Thắng', 'Nam', '18/06/1972', CQ, 'Đương nhiên', 'Cao đẳng, đại học', 'Cao cấp'),
  p('Đỗ Thị Lan Anh', 'Nữ', '09/01/1980', CQ, 'Đương nhiên', 'Trên đại học', 'Trung cấp'),
  p('Ngô Thị Bích Ngọc', 'Nữ', '05/12/1983', CQ, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Bùi Xuân Trường', 'Nam', '27/02/1974', CQ, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Đặng Hữu Nghĩa', 'Nam', '07/07/1971', CQ, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Vũ Mạnh Cường', 'Nam', '14/04/1978', CQ, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Hoàng Văn Long', 'Nam', '30/09/1971', CQ, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Lê Quang Minh', 'Nam', '02/11/1975', UB, 'Đương nhiên', 'Trên đại học', 'Cao cấp'),
  p('Phan Thanh Bình', 'Nam', '16/10/1977', UB, 'Đương nhiên', 'Cao đẳng, đại học', 'Cao cấp'),
  p('Trịnh Thị Mai Phương', 'Nữ', '03/06/1982', UB, 'Đương nhiên', 'Trên đại học', 'Trung cấp'),
  p('Lò Văn Sơn', 'Nam', '21/01/1979', UB, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp', { ethnicity: 'Thái' }),
  p('Khổng Minh Đức', 'Nam', '08/08/1980', UB, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Dương Minh Tuấn', 'Nam', '21/10/1981', CA, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Tạ Quang Huy', 'Nam', '11/05/1979', CA, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Tạ Đình Khải', 'Nam', '08/08/1984', QS, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Đinh Văn Lực', 'Nam', '15/02/1973', 0, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Hứa Thị Ngọc Lan', 'Nữ', '22/07/1982', 1, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp', {
    ethnicity: 'Tày',
  }),
  p('Nghiêm Văn Tiến', 'Nam', '10/10/1976', 2, 'Đương nhiên', 'Trung cấp', 'Trung cấp'),
  p('Quản Thị Thu Trang', 'Nữ', '28/03/1979', 3, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Bạch Văn Định', 'Nam', '06/01/1974', 4, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  // First-time committee nominees.
  p('Lương Thị Phương Thảo', 'Nữ', '16/05/1987', CQ, 'Chính thức', 'Trên đại học', 'Trung cấp'),
  p('Phan Văn Đạt', 'Nam', '03/03/1986', CA, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Trịnh Quốc Bảo', 'Nam', '19/09/1990', 5, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Nguyễn Thị Hồng Nhung', 'Nữ', '11/11/1992', 1, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Lê Thị Hải Yến', 'Nữ', '02/04/1991', TH, 'Chính thức', 'Trên đại học', 'Sơ cấp'),
  p('Phùng Thị Kim Oanh', 'Nữ', '30/08/1988', 0, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Cao Văn Sơn', 'Nam', '25/01/1979', 6, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Vương Đình Hiển', 'Nam', '24/11/1975', 5, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  // Nominated from the floor: the opinion ballot decides whether they enter the list.
  p('Mai Thị Huyền', 'Nữ', '12/06/1985', 4, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp', { source: 'Đại hội đề cử' }),
  p('Lý Văn Toàn', 'Nam', '04/04/1977', 2, 'Chính thức', 'Cao đẳng, đại học', '', { source: 'Đại hội đề cử' }),
  // The delegation to the city's congress, besides committee members.
  p('Đinh Công Hoan', 'Nam', '15/02/1973', 7, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Hà Thị Minh Nguyệt', 'Nữ', '22/07/1982', 3, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Kiều Văn Quý', 'Nam', '10/10/1968', 8, 'Chính thức', 'Trung cấp', 'Sơ cấp'),
  // Outside the committee, nominated to the Ủy ban Kiểm tra at the first committee meeting.
  p('Đào Thị Minh Phượng', 'Nữ', '14/02/1986', CQ, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Lưu Đức Khiêm', 'Nam', '05/09/1983', 2, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Tống Thị Hải Vân', 'Nữ', '21/12/1988', 5, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Hồ Minh Trí', 'Nam', '11/07/1990', CA, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Âu Thị Hồng', 'Nữ', '17/03/1985', UB, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Phí Văn Tâm', 'Nam', '29/10/1982', 9, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
];

const v = (name: string, votes: number, noCount?: number) => ({ name, votes, ...(noCount ? { noCount } : {}) });

/**
 * Delegates present: 209 convened − 2 absent ex officio − 7 absent official delegates + 2
 * alternates called in = 202; D is the same (WORKBOOK.md: absent ex officio and absences no
 * alternate fills are excluded), so 102 votes are needed (2 × votes > 202).
 */
const PRESENT = 202;
/** One delegate leaves before the delegation is elected. */
const PRESENT_AT_DB = PRESENT - 1;
/** Members of the new committee convened to its first meeting (`Số người bầu`). */
const COMMITTEE = 27;
const DAY = '06/08/2025';
const TERM = 'khóa I, nhiệm kỳ 2025 - 2030';

export const PHUONG_ELECTIONS: ElectionSpec[] = [
  {
    id: 'YK-BCH',
    title: 'Xin ý kiến đưa vào danh sách bầu cử Ban Chấp hành',
    office: 'Xin ý kiến',
    seats: null,
    issued: PRESENT,
    returned: PRESENT,
    feeds: 'BCH',
    minutesNumber: '01',
    countEnded: `${DAY} 09:40`,
    ballots: { valid: PRESENT, invalid: [], candidates: [v('Mai Thị Huyền', 95, 4), v('Lý Văn Toàn', 48, 9)] },
  },
  {
    id: 'BCH',
    title: `Bầu Ban Chấp hành Đảng bộ phường ${TERM}`,
    office: 'Ban Chấp hành',
    seats: 27,
    issued: PRESENT,
    returned: PRESENT,
    teams: 2,
    minutesNumber: '02',
    countEnded: `${DAY} 11:25`,
    ballots: {
      valid: 198,
      invalid: [
        { kind: 'overvote' },
        { kind: 'overvote' },
        { kind: 'nobody' },
        { kind: 'ruling', ruling: 'Phiếu không do Ban kiểm phiếu phát ra' },
      ],
      candidates: [
        v('Nguyễn Văn Hùng', 192),
        v('Trần Thị Thu Hà', 189),
        v('Lê Quang Minh', 187),
        v('Phạm Đức Thắng', 184),
        v('Đỗ Thị Lan Anh', 182),
        v('Dương Minh Tuấn', 179),
        v('Ngô Thị Bích Ngọc', 177),
        v('Bùi Xuân Trường', 174),
        v('Đặng Hữu Nghĩa', 171),
        v('Vũ Mạnh Cường', 169),
        v('Hoàng Văn Long', 166),
        v('Phan Thanh Bình', 163),
        v('Trịnh Thị Mai Phương', 160),
        v('Đinh Văn Lực', 157),
        v('Hứa Thị Ngọc Lan', 154),
        v('Nghiêm Văn Tiến', 151),
        v('Quản Thị Thu Trang', 148),
        v('Bạch Văn Định', 145),
        v('Tạ Quang Huy', 142),
        v('Tạ Đình Khải', 139),
        v('Khổng Minh Đức', 136),
        v('Lương Thị Phương Thảo', 133),
        v('Phan Văn Đạt', 130),
        v('Trịnh Quốc Bảo', 127),
        v('Nguyễn Thị Hồng Nhung', 124),
        v('Lê Thị Hải Yến', 121),
        // 27th and 28th with equal votes, both over half (2 × 106 > 202): a tie for the last seat.
        v('Cao Văn Sơn', 106),
        v('Vương Đình Hiển', 106),
        // Below half: not elected.
        v('Mai Thị Huyền', 96),
        v('Phùng Thị Kim Oanh', 90),
        v('Lò Văn Sơn', 74),
      ],
    },
  },
  {
    // The re-vote between the two tied: QĐ 190 Điều 30 on its threshold was not read; the
    // setting `Bầu lại khi bằng phiếu` says (default `Quá bán`), and the minutes print it.
    id: 'BCH-2',
    title: `Bầu Ban Chấp hành Đảng bộ phường ${TERM} (lần 2)`,
    office: 'Ban Chấp hành',
    seats: 1,
    round: 2,
    previous: 'BCH',
    issued: PRESENT,
    returned: PRESENT,
    minutesNumber: '03',
    countEnded: `${DAY} 12:10`,
    ballots: { valid: PRESENT, invalid: [], candidates: [v('Cao Văn Sơn', 128), v('Vương Đình Hiển', 74)] },
  },
  {
    id: 'DB',
    title: 'Bầu đại biểu đi dự Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII',
    office: 'Đại biểu chính thức',
    seats: 4,
    alternateSeats: 2,
    issued: PRESENT_AT_DB,
    returned: PRESENT_AT_DB - 1,
    presentAtVote: PRESENT_AT_DB,
    minutesNumber: '04',
    countEnded: `${DAY} 14:50`,
    ballots: {
      valid: 199,
      invalid: [{ kind: 'ruling', ruling: 'Phiếu ghi thêm tên người ngoài danh sách' }],
      candidates: [
        v('Nguyễn Văn Hùng', 150),
        v('Trần Thị Thu Hà', 142),
        v('Lê Quang Minh', 134),
        v('Đinh Công Hoan', 127),
        // Not elected, over half: the alternates, in this order (QC190 Điều 18).
        v('Hà Thị Minh Nguyệt', 118),
        v('Kiều Văn Quý', 108),
      ],
    },
  },
  {
    id: 'BTV',
    title: `Bầu Ban Thường vụ Đảng ủy phường ${TERM}`,
    office: 'Ban Thường vụ',
    seats: 9,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: {
      valid: 27,
      invalid: [],
      candidates: [
        v('Nguyễn Văn Hùng', 27),
        v('Trần Thị Thu Hà', 26),
        v('Lê Quang Minh', 26),
        v('Phạm Đức Thắng', 25),
        v('Đỗ Thị Lan Anh', 24),
        v('Dương Minh Tuấn', 23),
        v('Ngô Thị Bích Ngọc', 22),
        v('Bùi Xuân Trường', 21),
        v('Đặng Hữu Nghĩa', 19),
        v('Vũ Mạnh Cường', 8),
      ],
    },
  },
  {
    id: 'BT',
    title: `Bầu Bí thư Đảng ủy phường ${TERM}`,
    office: 'Bí thư',
    seats: 1,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: { valid: 26, invalid: [{ kind: 'bothBoxes' }], candidates: [v('Nguyễn Văn Hùng', 25)] },
  },
  {
    id: 'PBT',
    title: `Bầu Phó Bí thư Đảng ủy phường ${TERM}`,
    office: 'Phó Bí thư',
    seats: 2,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: { valid: 27, invalid: [], candidates: [v('Trần Thị Thu Hà', 26), v('Lê Quang Minh', 24, 1)] },
  },
  {
    id: 'UBKT',
    title: `Bầu Ủy ban Kiểm tra Đảng ủy phường ${TERM}`,
    office: 'Ủy ban Kiểm tra',
    seats: 7,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: {
      valid: 27,
      invalid: [],
      candidates: [
        v('Đỗ Thị Lan Anh', 27),
        v('Dương Minh Tuấn', 25),
        v('Đào Thị Minh Phượng', 24),
        v('Lưu Đức Khiêm', 23),
        v('Tống Thị Hải Vân', 22),
        v('Âu Thị Hồng', 21),
        v('Phí Văn Tâm', 20),
        v('Hồ Minh Trí', 8),
      ],
    },
  },
  {
    id: 'CN-UBKT',
    title: `Bầu Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường ${TERM}`,
    office: 'Chủ nhiệm Ủy ban Kiểm tra',
    seats: 1,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: { valid: 27, invalid: [], candidates: [v('Đỗ Thị Lan Anh', 26)] },
  },
];

interface RollRow {
  name: string;
  unit: number;
  standing: Standing;
  status: RollStatus | '';
}

/**
 * Absences by unit: who is away and whether an alternate of the same unit is called in. Every
 * kind a delegate congress can have, official delegates and ex officio alike:
 * - `Chi bộ Tổ dân phố số 1`: one away with a reason (an alternate comes) and one suspended: 2
 *   absent, 1 alternate, so 1 excluded;
 * - `Chi bộ Tổ dân phố số 3`: one away with a reason, an alternate comes: nobody excluded;
 * - exempted, detained, away without a reason, temporarily active elsewhere: 1 excluded each;
 * - ex officio: one away with a reason, one temporarily active elsewhere: both excluded.
 */
const ABSENCES: { unit: number; standing: Standing; status: RollStatus; alternate: boolean }[] = [
  { unit: 0, standing: 'Chính thức', status: 'Vắng có lý do', alternate: true },
  { unit: 0, standing: 'Chính thức', status: 'Đình chỉ', alternate: false },
  { unit: 1, standing: 'Chính thức', status: 'Miễn sinh hoạt', alternate: false },
  { unit: 2, standing: 'Chính thức', status: 'Vắng có lý do', alternate: true },
  { unit: 3, standing: 'Chính thức', status: 'Tạm giam', alternate: false },
  { unit: 4, standing: 'Chính thức', status: 'Vắng', alternate: false },
  { unit: 6, standing: 'Chính thức', status: 'Sinh hoạt tạm thời', alternate: false },
  { unit: 7, standing: 'Đương nhiên', status: 'Vắng có lý do', alternate: false },
  { unit: TH, standing: 'Đương nhiên', status: 'Sinh hoạt tạm thời', alternate: false },
];

function buildRoll(random: Random): { roll: RollRow[]; counters: string[] } {
  const names = new NamePool(
    random,
    NOMINEES.map((n) => n.name),
  );
  const gender = (): Gender => (random() < 0.4 ? 'Nữ' : 'Nam');
  const seats = largestRemainder(
    UNITS.map((u) => u.official),
    PHUONG_ALLOCATED_SEATS,
  );
  const roll: RollRow[] = [];
  const counters: string[] = [];
  UNITS.forEach((unit, u) => {
    const named = NOMINEES.filter((n) => n.unit === u);
    const exOfficio = named.filter((n) => n.standing === 'Đương nhiên').map((n) => n.name);
    const official = named.filter((n) => n.standing === 'Chính thức').map((n) => n.name);
    if (exOfficio.length > unit.exOfficio || official.length > seats[u])
      throw new Error(`example: too many nominees in ${unit.name}`);
    const rows: RollRow[] = [];
    // Ex officio members of the outgoing committee who do not stand again.
    while (exOfficio.length < unit.exOfficio) exOfficio.push(names.next('Nam'));
    for (const name of exOfficio) rows.push({ name, unit: u, standing: 'Đương nhiên', status: '' });
    const others: string[] = [];
    while (official.length + others.length < seats[u]) others.push(names.next(gender()));
    // One member of the counting committee from each of the first five units, never on a list.
    if (u < 5) counters.push(others[others.length - 1]);
    for (const name of shuffled([...official, ...others], random))
      rows.push({ name, unit: u, standing: 'Chính thức', status: '' });
    for (const absence of ABSENCES.filter((a) => a.unit === u)) {
      const row = rows.find(
        (r) =>
          r.standing === absence.standing &&
          !NOMINEES.some((n) => n.name === r.name) &&
          !counters.includes(r.name) &&
          r.status === '',
      );
      if (!row) throw new Error(`example: nobody to be absent in ${unit.name}`);
      row.status = absence.status;
      if (absence.alternate)
        rows.push({ name: names.next(gender()), unit: u, standing: 'Dự khuyết', status: 'Thay thế' });
    }
    roll.push(...rows);
  });
  return { roll, counters };
}

function congressPlan(): SheetPlan {
  return congressSheetPlan([
    { label: 'Đảng bộ cấp trên', value: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI' },
    { label: 'Tổ chức đảng', value: 'Đảng bộ phường Phúc Đồng' },
    { label: 'Loại đại hội', value: 'Đại hội đại biểu' },
    { label: 'Cấp đại hội', value: 'Xã, phường, đặc khu' },
    { label: 'Lần thứ', value: 'I' },
    { label: 'Nhiệm kỳ', value: '2025 - 2030' },
    { label: 'Địa danh', value: 'Phúc Đồng' },
    { label: 'Ngày', value: DAY },
    { label: 'Quy chế bầu cử', value: '190-QĐ/TW' },
    { label: 'Số đại biểu phân bổ', value: PHUONG_ALLOCATED_SEATS },
    { label: 'Phương pháp phân bổ', value: 'Số dư lớn nhất' },
  ]);
}

/** The sheets of `dai-hoi-phuong.xlsx`, in tab order. */
export function phuongSheets(): SheetPlan[] {
  const random = mulberry32(20250806);
  const { roll, counters } = buildRoll(random);
  const rollRows: PlanValue[][] = roll.map((r, i) => [
    i + 1,
    r.name,
    UNITS[r.unit].name,
    r.standing,
    r.status || 'Có mặt',
  ]);
  const counterRows: PlanValue[][] = [
    ...counters.map((name, i): PlanValue[] => [name, i === 0 ? 'Trưởng ban' : 'Ủy viên', 'Đại hội']),
    // The first meeting's committee: new committee members on none of that meeting's lists.
    ['Đinh Văn Lực', 'Trưởng ban', 'Hội nghị lần thứ nhất'],
    ['Nghiêm Văn Tiến', 'Ủy viên', 'Hội nghị lần thứ nhất'],
    ['Trịnh Quốc Bảo', 'Ủy viên', 'Hội nghị lần thứ nhất'],
  ].map((row, i) => [i + 1, ...row]);
  const people = new Map(NOMINEES.map((n) => [n.name, n] as const));
  return [
    congressPlan(),
    rollSheetPlan(rollRows),
    counterSheetPlan(counterRows),
    personnelPlan(NOMINEES, PHUONG_ELECTIONS),
    electionSheetPlan(PHUONG_ELECTIONS.map(electionRow)),
    ...PHUONG_ELECTIONS.map((e) => ballotSheet(e, people, random)),
    unitSheetPlan(UNITS.map((u) => [u.name, u.official, u.probationary, null, null, u.exOfficio])),
  ];
}
