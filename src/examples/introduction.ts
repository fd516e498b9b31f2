/**
 * The bundled introduction (`gioi-thieu.xlsx`): before its congress a ward's outgoing committee
 * (33 members convened, `Số người bầu`) introduces by secret ballot the people for the new
 * committee of 15, with 17 places (a surplus of 2), in two rounds of the process (step 3, then
 * step 5 on the names that came through):
 *
 * - `GT-1`: 20 names prepared and two `Giới thiệu thêm` columns; 31 present, one ballot
 *   introducing 18 (void: `Giới thiệu quá số lượng`); one name written in on 3 ballots; 16 names
 *   pass clearly, the 17th and 18th have 20 each — a tie at the cut, for the committee's head;
 * - `GT-2`: those 18 again, 32 present; 17 pass, the results sheet shows both rounds side by side.
 *
 * Passing needs 2 × count > 33, i.e. 17 votes.
 */
import type { PlanValue, SheetPlan } from '../workbook/sheetPlan';
import {
  BALLOT_NUMBER_HEADER,
  BALLOT_RULING_HEADER,
  ballotSheetPlan,
  congressSheetPlan,
  counterSheetPlan,
  ELECTION_HEADERS,
  electionSheetPlan,
  WRITE_IN_HEADER,
} from '../workbook/render/template';
import { ballotOrder } from '../engine/text/collate';
import { dayNumber } from '../engine/text/format';
import type { CandidateTarget } from './ballots';
import { personnelPlan, type Person } from './elections';
import type { Gender } from './names';
import { generateIntroductionBallots } from './personnelBallots';
import { mulberry32, type Random } from './random';

export const INTRODUCTION_CONVENED = 33;
export const INTRODUCTION_PLACES = 17;
const WRITE_IN_COLUMNS = 2;

const person = (
  name: string,
  gender: Gender,
  birth: string,
  incumbent: boolean,
  education: Person['education'] = 'Cao đẳng, đại học',
): Person => ({
  name,
  gender,
  birth,
  ethnicity: 'Kinh',
  education,
  theory: incumbent ? 'Cao cấp' : 'Trung cấp',
  incumbent,
  source: 'Cấp ủy giới thiệu',
});

/** Everyone introduced or written in, with the facts of `Nhân sự`. */
const PEOPLE: Person[] = [
  person('Nguyễn Đức Thành', 'Nam', '14/03/1972', true, 'Trên đại học'),
  person('Trần Thị Minh Hạnh', 'Nữ', '02/09/1978', true, 'Trên đại học'),
  person('Lê Văn Phúc', 'Nam', '25/06/1976', true, 'Trên đại học'),
  person('Phạm Quốc Huy', 'Nam', '11/01/1974', true),
  person('Hoàng Thị Thu Trang', 'Nữ', '30/11/1983', true),
  person('Vũ Minh Khôi', 'Nam', '08/08/1980', true),
  person('Đặng Thị Lan', 'Nữ', '19/04/1981', true),
  person('Bùi Quang Vinh', 'Nam', '05/12/1979', true),
  person('Ngô Thanh Tùng', 'Nam', '27/02/1985', false),
  person('Đỗ Thị Hồng Nhung', 'Nữ', '12/07/1988', false),
  person('Phan Văn Lực', 'Nam', '03/05/1982', false),
  person('Trịnh Thị Thu Hà', 'Nữ', '21/10/1986', false, 'Trên đại học'),
  person('Lương Minh Đức', 'Nam', '16/02/1984', false),
  person('Cao Thị Ngọc Ánh', 'Nữ', '09/09/1990', false),
  person('Tạ Quang Hiếu', 'Nam', '28/12/1987', false),
  person('Đinh Văn Sơn', 'Nam', '07/03/1977', true),
  person('Mai Thị Kim Oanh', 'Nữ', '15/06/1989', false),
  person('Kiều Văn Toàn', 'Nam', '22/08/1983', false),
  person('Hà Thị Thanh Xuân', 'Nữ', '04/04/1991', false),
  person('Chu Đình Nam', 'Nam', '30/01/1975', false),
  // Not on the prepared list: written in on three ballots.
  person('Lưu Văn Khải', 'Nam', '18/11/1984', false),
];

const v = (name: string, votes: number): CandidateTarget => ({ name, votes });

/** Round 1 (step 3): 16 clear, two tied at 20 for the 17th place, two below 17. */
const ROUND_1: CandidateTarget[] = [
  v('Nguyễn Đức Thành', 30),
  v('Trần Thị Minh Hạnh', 30),
  v('Lê Văn Phúc', 29),
  v('Phạm Quốc Huy', 29),
  v('Hoàng Thị Thu Trang', 29),
  v('Vũ Minh Khôi', 28),
  v('Đặng Thị Lan', 28),
  v('Bùi Quang Vinh', 27),
  v('Ngô Thanh Tùng', 27),
  v('Đỗ Thị Hồng Nhung', 26),
  v('Phan Văn Lực', 26),
  v('Trịnh Thị Thu Hà', 25),
  v('Lương Minh Đức', 24),
  v('Cao Thị Ngọc Ánh', 23),
  v('Tạ Quang Hiếu', 22),
  v('Đinh Văn Sơn', 21),
  // 16th and 17th by votes, equal, both above 16: a tie for the last place.
  v('Mai Thị Kim Oanh', 20),
  v('Kiều Văn Toàn', 20),
  v('Hà Thị Thanh Xuân', 14),
  v('Chu Đình Nam', 9),
];
const WRITTEN_IN = v('Lưu Văn Khải', 3);

/** Round 2 (step 5): the 18 names of round 1 that passed; the 18th does not pass this time. */
const ROUND_2: CandidateTarget[] = [
  v('Nguyễn Đức Thành', 32),
  v('Trần Thị Minh Hạnh', 31),
  v('Lê Văn Phúc', 31),
  v('Phạm Quốc Huy', 30),
  v('Hoàng Thị Thu Trang', 30),
  v('Vũ Minh Khôi', 29),
  v('Đặng Thị Lan', 29),
  v('Bùi Quang Vinh', 28),
  v('Ngô Thanh Tùng', 28),
  v('Đỗ Thị Hồng Nhung', 27),
  v('Phan Văn Lực', 27),
  v('Trịnh Thị Thu Hà', 26),
  v('Lương Minh Đức', 25),
  v('Cao Thị Ngọc Ánh', 24),
  v('Tạ Quang Hiếu', 23),
  v('Đinh Văn Sơn', 21),
  v('Mai Thị Kim Oanh', 22),
  v('Kiều Văn Toàn', 15),
];

const byName = new Map(PEOPLE.map((p) => [p.name, p] as const));

/** A-B-C order of the prepared list (regulations §3.6), as the ballot prints it. */
function inBallotOrder(targets: CandidateTarget[]): CandidateTarget[] {
  return ballotOrder(
    targets.map((t) => {
      const birth = byName.get(t.name)?.birth ?? '01/01/1970';
      const [d, m, y] = birth.split('/').map(Number);
      return { ...t, birthDay: dayNumber({ year: y, month: m, day: d }) };
    }),
  );
}

interface RoundSpec {
  id: string;
  title: string;
  round: number;
  previous: string | null;
  present: number;
  minutesNumber: string;
  countEnded: string;
  prepared: CandidateTarget[];
  writtenIn: CandidateTarget[];
  overIntroduced: number;
}

const ROUNDS: RoundSpec[] = [
  {
    id: 'GT-1',
    title: 'Giới thiệu nhân sự Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030 (bước 3)',
    round: 1,
    previous: null,
    present: 31,
    minutesNumber: '01',
    countEnded: '10/03/2025 11:20',
    prepared: ROUND_1,
    writtenIn: [WRITTEN_IN],
    overIntroduced: 1,
  },
  {
    id: 'GT-2',
    title: 'Giới thiệu nhân sự Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030 (bước 5)',
    round: 2,
    previous: 'GT-1',
    present: 32,
    minutesNumber: '02',
    countEnded: '24/03/2025 16:10',
    prepared: ROUND_2,
    writtenIn: [],
    overIntroduced: 0,
  },
];

function rowOf(r: RoundSpec): PlanValue[] {
  const cells: Partial<Record<(typeof ELECTION_HEADERS)[number], PlanValue>> = {
    Mã: r.id,
    'Cuộc bầu cử': r.title,
    'Chức danh': 'Giới thiệu nhân sự',
    'Số lượng cần bầu': INTRODUCTION_PLACES,
    'Lần bầu': r.round,
    'Vòng trước': r.previous,
    'Phiếu phát ra': r.present,
    'Phiếu thu vào': r.present,
    'Có mặt lúc bầu': r.present,
    'Trang phiếu': `Phiếu ${r.id}`,
    'Hình thức nhập': 'Từng phiếu',
    'Số người bầu': INTRODUCTION_CONVENED,
    'Số biên bản': r.minutesNumber,
    'Kết thúc kiểm phiếu': r.countEnded,
  };
  return ELECTION_HEADERS.map((h) => cells[h] ?? null);
}

function ballotSheetOf(r: RoundSpec, random: Random): SheetPlan {
  const prepared = inBallotOrder(r.prepared);
  const ballots = generateIntroductionBallots(
    {
      seats: INTRODUCTION_PLACES,
      candidates: [...prepared, ...r.writtenIn],
      valid: r.present - r.overIntroduced,
      invalid: Array.from({ length: r.overIntroduced }, () => ({ kind: 'overvote' as const })),
    },
    prepared.length,
    WRITE_IN_COLUMNS,
    random,
  );
  return ballotSheetPlan(
    `Phiếu ${r.id}`,
    [
      BALLOT_NUMBER_HEADER,
      ...prepared.map((c) => c.name),
      ...new Array<string>(WRITE_IN_COLUMNS).fill(WRITE_IN_HEADER),
      BALLOT_RULING_HEADER,
    ],
    ballots.map((b, i): PlanValue[] => [i + 1, ...b.marks.map((m) => m || null), ...b.writeIns, b.ruling]),
  );
}

/** The sheets of `gioi-thieu.xlsx`, in tab order. */
export function introductionSheets(): SheetPlan[] {
  const random = mulberry32(20250310);
  return [
    congressSheetPlan([
      { label: 'Đảng bộ cấp trên', value: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI' },
      { label: 'Tổ chức đảng', value: 'Ban Chấp hành Đảng bộ phường Ngọc Lâm' },
      { label: 'Loại đại hội', value: 'Hội nghị' },
      { label: 'Tên đại hội trên văn bản', value: 'Hội nghị Ban Chấp hành Đảng bộ phường Ngọc Lâm' },
      { label: 'Nhiệm kỳ', value: '2020 - 2025' },
      { label: 'Địa danh', value: 'Ngọc Lâm' },
      { label: 'Ngày', value: '10/03/2025' },
      { label: 'Ký hiệu văn bản', value: 'HN' },
    ]),
    counterSheetPlan([
      [1, 'Nguyễn Văn Thắng', 'Trưởng ban', null],
      [2, 'Lê Thị Hoa', 'Ủy viên', null],
      [3, 'Phạm Minh Tâm', 'Ủy viên', null],
    ]),
    personnelPlan(PEOPLE, []),
    electionSheetPlan(ROUNDS.map(rowOf)),
    ...ROUNDS.map((r) => ballotSheetOf(r, random)),
  ];
}
