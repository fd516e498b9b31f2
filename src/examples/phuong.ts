/**
 * The bundled delegate congress (`dai-hoi-phuong.xlsx`), modelled on the seed articles about the
 * Ngọc Lâm ward congress (the XXIII congress, 2020 – 2025, convened 161 delegates): this is the
 * XXIV, 2025 – 2030, with 15 committee members, 5 standing, a secretary and two deputies, and a
 * delegation to the district congress. What it demonstrates, election by election:
 *
 * - `YK-BCH` opinion ballot on two floor nominees: one passes (`10 × approvals > 3 × present`), one not;
 * - `BCH` 15 of 18, two counting teams, invalid ballots of three reasons (two over-votes, one
 *   striking everybody, one committee ruling): `complete`, the 16th qualified but not elected;
 * - `DB` 16 of 19: a tie at the cut line (16th and 17th equal): `tie`, one seat open for round 2;
 * - `DBDK` 2 of 3 alternates, one ballot striking everybody: `complete`;
 * - the congress-session minutes carry a number (`Số biên bản`) and the time the count ended;
 * - first committee meeting (`Số người bầu` 15): `BTV` 5 of 6, `BT` one name agree/disagree with
 *   one invalid `-`, `PBT` two names agree/disagree with one `-` that counts for nobody, `UBKT`
 *   5 of 6 (two committee members, four from outside it), `CN-UBKT` one name from the new UBKT.
 *
 * The roll: 146 elected delegates allocated to 12 chi bộ by largest remainder plus 15 ex officio
 * = 161 convened; absences of every kind (see ABSENCES) and two alternates called in:
 * D = 161 − 2 absent ex officio − 5 absent official delegates not replaced = 154.
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
  { name: 'Chi bộ khu dân cư số 1', official: 118, probationary: 3, exOfficio: 1 },
  { name: 'Chi bộ khu dân cư số 2', official: 96, probationary: 2, exOfficio: 1 },
  { name: 'Chi bộ khu dân cư số 3', official: 134, probationary: 4, exOfficio: 1 },
  { name: 'Chi bộ khu dân cư số 4', official: 87, probationary: 2, exOfficio: 1 },
  { name: 'Chi bộ khu dân cư số 5', official: 105, probationary: 3, exOfficio: 1 },
  { name: 'Chi bộ khu dân cư số 6', official: 142, probationary: 5, exOfficio: 1 },
  { name: 'Chi bộ khu dân cư số 7', official: 91, probationary: 2, exOfficio: 0 },
  { name: 'Chi bộ khu dân cư số 8', official: 76, probationary: 1, exOfficio: 1 },
  { name: 'Chi bộ Cơ quan', official: 38, probationary: 1, exOfficio: 5 },
  { name: 'Chi bộ Công an phường', official: 45, probationary: 2, exOfficio: 1 },
  { name: 'Chi bộ Quân sự phường', official: 18, probationary: 1, exOfficio: 1 },
  { name: 'Chi bộ Trường THCS Ngọc Lâm', official: 22, probationary: 2, exOfficio: 1 },
];

/** Seats distributed among the units (`Số đại biểu phân bổ`; ex officio not included). */
export const PHUONG_ALLOCATED_SEATS = 146;

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

const CQ = 8;
const CA = 9;
const QS = 10;
const TH = 11;

/** Everyone on a list: the outgoing committee standing again, first-time nominees, the delegation. */
const NOMINEES: Nominee[] = [
  // Outgoing committee (ex officio delegates) standing again.
  p('Nguyễn Văn Hùng', 'Nam', '12/03/1970', CQ, 'Đương nhiên', 'Trên đại học', 'Cao cấp'),
  p('Trần Thị Thu Hà', 'Nữ', '25/08/1976', CQ, 'Đương nhiên', 'Trên đại học', 'Cao cấp'),
  p('Lê Quang Minh', 'Nam', '02/11/1975', CQ, 'Đương nhiên', 'Cao đẳng, đại học', 'Cao cấp'),
  p('Phạm Đức Thắng', 'Nam', '18/06/1972', CQ, 'Đương nhiên', 'Cao đẳng, đại học', 'Cao cấp'),
  p('Đỗ Thị Lan Anh', 'Nữ', '09/01/1980', CQ, 'Đương nhiên', 'Trên đại học', 'Trung cấp'),
  p('Hoàng Văn Long', 'Nam', '30/09/1971', 0, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Vũ Mạnh Cường', 'Nam', '14/04/1978', 1, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Ngô Thị Bích Ngọc', 'Nữ', '05/12/1983', 2, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Bùi Xuân Trường', 'Nam', '27/02/1974', 3, 'Đương nhiên', 'Trung cấp', 'Trung cấp'),
  p('Đặng Hữu Nghĩa', 'Nam', '07/07/1971', 5, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Dương Minh Tuấn', 'Nam', '21/10/1981', CA, 'Đương nhiên', 'Cao đẳng, đại học', 'Trung cấp'),
  // First-time committee nominees.
  p('Lương Thị Phương Thảo', 'Nữ', '16/05/1987', CQ, 'Chính thức', 'Trên đại học', 'Trung cấp'),
  p('Phan Văn Đạt', 'Nam', '03/03/1986', CA, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Trịnh Quốc Bảo', 'Nam', '19/09/1990', 5, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Nguyễn Thị Hồng Nhung', 'Nữ', '11/11/1992', 1, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Tạ Đình Khải', 'Nam', '08/08/1984', QS, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Cao Văn Sơn', 'Nam', '25/01/1979', 6, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  // Nominated from the floor: the opinion ballot decides whether they enter the list.
  p('Mai Thị Huyền', 'Nữ', '12/06/1985', 4, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp', { source: 'Đại hội đề cử' }),
  p('Lý Văn Toàn', 'Nam', '04/04/1977', 2, 'Chính thức', 'Cao đẳng, đại học', '', { source: 'Đại hội đề cử' }),
  // The delegation to the district congress.
  p('Đinh Công Hoan', 'Nam', '15/02/1973', 0, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Hà Thị Minh Nguyệt', 'Nữ', '22/07/1982', 3, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Kiều Văn Quý', 'Nam', '10/10/1968', 5, 'Chính thức', 'Trung cấp', 'Sơ cấp'),
  p('Lã Thị Thanh Tâm', 'Nữ', '28/03/1979', 7, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Nguyễn Hữu Phúc', 'Nam', '06/01/1966', 2, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Trần Văn Quyết', 'Nam', '17/05/1976', 4, 'Chính thức', 'Trung cấp', 'Sơ cấp'),
  p('Phùng Thị Kim Oanh', 'Nữ', '30/08/1988', 0, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Nông Văn Hào', 'Nam', '13/12/1983', CA, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp', { ethnicity: 'Tày' }),
  p('Lê Thị Hải Yến', 'Nữ', '02/04/1991', TH, 'Chính thức', 'Trên đại học', 'Sơ cấp'),
  p('Vương Đình Hiển', 'Nam', '24/11/1975', 5, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Chu Văn Thành', 'Nam', '09/09/1970', 6, 'Chính thức', 'Trung cấp', 'Trung cấp'),
  // Alternates to the district congress.
  p('Quách Thị Ngân', 'Nữ', '19/06/1989', 1, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp', { ethnicity: 'Mường' }),
  p('Khúc Văn Lợi', 'Nam', '01/02/1980', 3, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Tô Thị Diệu Linh', 'Nữ', '26/10/1993', 7, 'Chính thức', 'Trên đại học', ''),
  // Outside the committee, nominated to the Ủy ban Kiểm tra at the first committee meeting.
  p('Đào Thị Minh Phượng', 'Nữ', '14/02/1986', CQ, 'Chính thức', 'Cao đẳng, đại học', 'Trung cấp'),
  p('Lưu Đức Khiêm', 'Nam', '05/09/1983', 2, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Tống Thị Hải Vân', 'Nữ', '21/12/1988', 5, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
  p('Hồ Minh Trí', 'Nam', '11/07/1990', CA, 'Chính thức', 'Cao đẳng, đại học', 'Sơ cấp'),
];

const v = (name: string, votes: number, noCount?: number) => ({ name, votes, ...(noCount ? { noCount } : {}) });

/**
 * Delegates present: 161 convened − 2 absent ex officio − 7 absent official delegates + 2 alternates
 * called in = 154; D is the same (WORKBOOK.md: absent ex officio and absences no alternate fills
 * are excluded), so 78 votes are needed.
 */
const PRESENT = 154;
/** One delegate leaves after the delegation is elected, before the alternates' vote. */
const PRESENT_AT_DBDK = PRESENT - 1;
/** Incumbent members of the new committee convened to its first meeting (`Số người bầu`). */
const COMMITTEE = 15;
const DAY = '20/05/2025';

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
    ballots: { valid: PRESENT, invalid: [], candidates: [v('Mai Thị Huyền', 83, 4), v('Lý Văn Toàn', 31, 8)] },
  },
  {
    id: 'BCH',
    title: 'Bầu Ban Chấp hành Đảng bộ phường khóa XXIV',
    office: 'Ban Chấp hành',
    seats: 15,
    issued: PRESENT,
    returned: PRESENT,
    teams: 2,
    minutesNumber: '02',
    countEnded: `${DAY} 11:25`,
    ballots: {
      valid: 150,
      invalid: [
        { kind: 'overvote' },
        { kind: 'overvote' },
        { kind: 'nobody' },
        { kind: 'ruling', ruling: 'Phiếu không do Ban kiểm phiếu phát ra' },
      ],
      candidates: [
        v('Nguyễn Văn Hùng', 146),
        v('Trần Thị Thu Hà', 143),
        v('Lê Quang Minh', 141),
        v('Phạm Đức Thắng', 139),
        v('Đỗ Thị Lan Anh', 137),
        v('Hoàng Văn Long', 134),
        v('Vũ Mạnh Cường', 132),
        v('Ngô Thị Bích Ngọc', 129),
        v('Bùi Xuân Trường', 127),
        v('Dương Minh Tuấn', 124),
        v('Lương Thị Phương Thảo', 122),
        v('Phan Văn Đạt', 119),
        v('Trịnh Quốc Bảo', 116),
        v('Nguyễn Thị Hồng Nhung', 112),
        v('Tạ Đình Khải', 107),
        // Qualified (2 × 82 > 154) but 16th: not elected. Then two below the threshold.
        v('Đặng Hữu Nghĩa', 82),
        v('Mai Thị Huyền', 74),
        v('Cao Văn Sơn', 66),
      ],
    },
  },
  {
    id: 'DB',
    title: 'Bầu đại biểu chính thức đi dự Đại hội Đảng bộ quận Long Biên',
    office: 'Đại biểu chính thức',
    seats: 16,
    issued: PRESENT,
    returned: PRESENT - 1,
    minutesNumber: '03',
    countEnded: `${DAY} 14:50`,
    ballots: {
      valid: 152,
      invalid: [{ kind: 'ruling', ruling: 'Phiếu ghi thêm tên người ngoài danh sách' }],
      candidates: [
        v('Nguyễn Văn Hùng', 148),
        v('Trần Thị Thu Hà', 146),
        v('Lê Quang Minh', 144),
        v('Phạm Đức Thắng', 141),
        v('Đỗ Thị Lan Anh', 139),
        v('Hoàng Văn Long', 136),
        v('Lương Thị Phương Thảo', 133),
        v('Phan Văn Đạt', 131),
        v('Đinh Công Hoan', 128),
        v('Hà Thị Minh Nguyệt', 125),
        v('Kiều Văn Quý', 122),
        v('Lã Thị Thanh Tâm', 120),
        v('Nguyễn Hữu Phúc', 117),
        v('Nông Văn Hào', 114),
        v('Chu Văn Thành', 111),
        // 16th and 17th with equal votes, both qualified: a tie for the last seat.
        v('Phùng Thị Kim Oanh', 94),
        v('Lê Thị Hải Yến', 94),
        v('Trần Văn Quyết', 70),
        v('Vương Đình Hiển', 53),
      ],
    },
  },
  {
    id: 'DBDK',
    title: 'Bầu đại biểu dự khuyết đi dự Đại hội Đảng bộ quận Long Biên',
    office: 'Đại biểu dự khuyết',
    seats: 2,
    issued: PRESENT_AT_DBDK,
    returned: PRESENT_AT_DBDK,
    presentAtVote: PRESENT_AT_DBDK,
    minutesNumber: '04',
    countEnded: `${DAY} 15:35`,
    ballots: {
      valid: 152,
      invalid: [{ kind: 'nobody' }],
      candidates: [v('Quách Thị Ngân', 109), v('Khúc Văn Lợi', 98), v('Tô Thị Diệu Linh', 63)],
    },
  },
  {
    id: 'BTV',
    title: 'Bầu Ban Thường vụ Đảng ủy phường khóa XXIV',
    office: 'Ban Thường vụ',
    seats: 5,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: {
      valid: 15,
      invalid: [],
      candidates: [
        v('Nguyễn Văn Hùng', 15),
        v('Trần Thị Thu Hà', 14),
        v('Lê Quang Minh', 14),
        v('Phạm Đức Thắng', 13),
        v('Đỗ Thị Lan Anh', 12),
        v('Vũ Mạnh Cường', 6),
      ],
    },
  },
  {
    id: 'BT',
    title: 'Bầu Bí thư Đảng ủy phường khóa XXIV',
    office: 'Bí thư',
    seats: 1,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: { valid: 14, invalid: [{ kind: 'bothBoxes' }], candidates: [v('Nguyễn Văn Hùng', 13)] },
  },
  {
    id: 'PBT',
    title: 'Bầu Phó Bí thư Đảng ủy phường khóa XXIV',
    office: 'Phó Bí thư',
    seats: 2,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: { valid: 15, invalid: [], candidates: [v('Trần Thị Thu Hà', 14), v('Lê Quang Minh', 12, 1)] },
  },
  {
    id: 'UBKT',
    title: 'Bầu Ủy ban Kiểm tra Đảng ủy phường khóa XXIV',
    office: 'Ủy ban Kiểm tra',
    seats: 5,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: {
      valid: 15,
      invalid: [],
      candidates: [
        v('Đỗ Thị Lan Anh', 15),
        v('Dương Minh Tuấn', 14),
        v('Đào Thị Minh Phượng', 13),
        v('Lưu Đức Khiêm', 12),
        v('Tống Thị Hải Vân', 11),
        v('Hồ Minh Trí', 5),
      ],
    },
  },
  {
    id: 'CN-UBKT',
    title: 'Bầu Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường khóa XXIV',
    office: 'Chủ nhiệm Ủy ban Kiểm tra',
    seats: 1,
    issued: COMMITTEE,
    returned: COMMITTEE,
    presentAtVote: COMMITTEE,
    voters: COMMITTEE,
    session: 'Hội nghị lần thứ nhất',
    ballots: { valid: 15, invalid: [], candidates: [v('Đỗ Thị Lan Anh', 14)] },
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
 * - `Chi bộ khu dân cư số 1`: one away with a reason (an alternate comes) and one suspended: 2
 *   absent, 1 alternate, so 1 excluded;
 * - `Chi bộ khu dân cư số 3`: one away with a reason, an alternate comes: nobody excluded;
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
    { label: 'Đảng bộ cấp trên', value: 'ĐẢNG BỘ QUẬN LONG BIÊN' },
    { label: 'Tổ chức đảng', value: 'Đảng bộ phường Ngọc Lâm' },
    { label: 'Loại đại hội', value: 'Đại hội đại biểu' },
    { label: 'Cấp đại hội', value: 'Cơ sở' },
    { label: 'Lần thứ', value: 'XXIV' },
    { label: 'Nhiệm kỳ', value: '2025 - 2030' },
    { label: 'Địa danh', value: 'Long Biên' },
    { label: 'Ngày', value: '20/05/2025' },
    { label: 'Quy chế bầu cử', value: '190-QĐ/TW' },
    { label: 'Số đại biểu phân bổ', value: PHUONG_ALLOCATED_SEATS },
    { label: 'Phương pháp phân bổ', value: 'Số dư lớn nhất' },
  ]);
}

/** The sheets of `dai-hoi-phuong.xlsx`, in tab order. */
export function phuongSheets(): SheetPlan[] {
  const random = mulberry32(20250520);
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
    ['Hoàng Văn Long', 'Trưởng ban', 'Hội nghị lần thứ nhất'],
    ['Bùi Xuân Trường', 'Ủy viên', 'Hội nghị lần thứ nhất'],
    ['Nguyễn Thị Hồng Nhung', 'Ủy viên', 'Hội nghị lần thứ nhất'],
  ].map((row, i) => [i + 1, ...row]);
  const people = new Map(NOMINEES.map((n) => [n.name, n] as const));
  return [
    congressPlan(),
    rollSheetPlan(rollRows),
    counterSheetPlan(counterRows),
    personnelPlan(NOMINEES),
    electionSheetPlan(PHUONG_ELECTIONS.map(electionRow)),
    ...PHUONG_ELECTIONS.map((e) => ballotSheet(e, people, random)),
    unitSheetPlan(UNITS.map((u) => [u.name, u.official, u.probationary, null, null, u.exOfficio])),
  ];
}
