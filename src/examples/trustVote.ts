/**
 * The bundled trust vote (`tin-nhiem.xlsx`): a ward's committee conference (Hội nghị Ban Chấp
 * hành) rates the 9 leaders it elected, mid-term, under Quy định 96-QĐ/TW. Small enough to check
 * by hand:
 *
 * - 33 committee members convened, 3 away with a reason: 30 present, 30 ballots issued and
 *   returned, so R = 30; one ballot voided by the committee (a name struck out): 29 valid;
 * - one leader in the upper band above two thirds (23 of 30 `tín nhiệm thấp`), one at exactly two
 *   thirds (20: upper band), one at exactly one half (15: no band), one in the lower band (17);
 * - one line left blank and one with several boxes, each invalid for that person only.
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
  personnelSheetPlan,
  rollSheetPlan,
} from '../workbook/render/template';
import { NamePool, type Gender } from './names';
import { generateTrustBallots, type TrustTarget } from './personnelBallots';
import { mulberry32, shuffled } from './random';

interface Leader extends TrustTarget {
  gender: Gender;
  birth: string;
  position: string;
  theory: 'Cao cấp' | 'Trung cấp';
}

const leader = (
  name: string,
  gender: Gender,
  birth: string,
  position: string,
  [high, trust, low]: [number, number, number],
  extra: Partial<Leader> = {},
): Leader => ({ name, gender, birth, position, high, trust, low, theory: 'Cao cấp', ...extra });

/** On the ballot in the order of their positions (Phụ lục 4: name and position of each person rated). */
export const TRUST_LEADERS: Leader[] = [
  leader('Nguyễn Đức Thành', 'Nam', '14/03/1972', 'Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân phường', [21, 7, 1]),
  leader('Trần Thị Minh Hạnh', 'Nữ', '02/09/1978', 'Phó Bí thư Thường trực Đảng ủy phường', [18, 8, 2], { blank: 1 }),
  leader('Lê Văn Phúc', 'Nam', '25/06/1976', 'Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường', [12, 11, 6]),
  // Above two thirds: 23 of R = 30 (3 × 23 = 69 ≥ 60).
  leader(
    'Phạm Quốc Huy',
    'Nam',
    '11/01/1974',
    'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường',
    [2, 4, 23],
  ),
  leader(
    'Hoàng Thị Thu Trang',
    'Nữ',
    '30/11/1983',
    'Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy phường',
    [14, 10, 4],
    { several: 1 },
  ),
  leader(
    'Vũ Minh Khôi',
    'Nam',
    '08/08/1980',
    'Ủy viên Ban Thường vụ, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường',
    [13, 14, 2],
  ),
  // The lower band: 17 of 30 (34 > 30 and 51 < 60).
  leader('Đặng Thị Lan', 'Nữ', '19/04/1981', 'Phó Chủ tịch Hội đồng nhân dân phường', [6, 6, 17], {
    theory: 'Trung cấp',
  }),
  // Exactly one half: 15 of 30 (2 × 15 = 30, not more): no band.
  leader('Bùi Quang Vinh', 'Nam', '05/12/1979', 'Phó Chủ tịch Ủy ban nhân dân phường', [5, 9, 15], {
    theory: 'Trung cấp',
  }),
  // Exactly two thirds: 20 of 30 (3 × 20 = 60 ≥ 60): the upper band.
  leader('Ngô Thanh Tùng', 'Nam', '27/02/1985', 'Phó Chủ tịch Ủy ban nhân dân phường', [3, 6, 20], {
    theory: 'Trung cấp',
  }),
];

export const TRUST_CONVENED = 33;
export const TRUST_PRESENT = 30;
/** The ruling of the committee on the one ballot it voided (QĐ 96 Điều 6 k.3). */
export const TRUST_RULING = 'Phiếu gạch xóa họ tên người được in trên phiếu';

function rowOf(cells: Partial<Record<(typeof ELECTION_HEADERS)[number], PlanValue>>): PlanValue[] {
  return ELECTION_HEADERS.map((h) => cells[h] ?? null);
}

/** The sheets of `tin-nhiem.xlsx`, in tab order. */
export function trustVoteSheets(): SheetPlan[] {
  const random = mulberry32(20271115);
  const pool = new NamePool(
    random,
    TRUST_LEADERS.map((l) => l.name),
  );
  const others = Array.from({ length: TRUST_CONVENED - TRUST_LEADERS.length }, (_, i) =>
    pool.next(i % 3 === 0 ? 'Nữ' : 'Nam'),
  );
  // Three away with a reason, and three counters, all among the members not rated.
  const away = new Set(others.slice(0, TRUST_CONVENED - TRUST_PRESENT));
  const counters = others.slice(-3);
  const roll = shuffled([...TRUST_LEADERS.map((l) => l.name), ...others], random);
  const ballots = generateTrustBallots({ people: TRUST_LEADERS, rulings: [TRUST_RULING] }, random);
  if (ballots.length !== TRUST_PRESENT) throw new Error('example: the trust ballots are not the ballots returned');
  return [
    congressSheetPlan([
      { label: 'Đảng bộ cấp trên', value: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI' },
      { label: 'Tổ chức đảng', value: 'Ban Chấp hành Đảng bộ phường Ngọc Lâm' },
      { label: 'Loại đại hội', value: 'Hội nghị' },
      { label: 'Tên đại hội trên văn bản', value: 'Hội nghị Ban Chấp hành Đảng bộ phường Ngọc Lâm' },
      { label: 'Nhiệm kỳ', value: '2025 - 2030' },
      { label: 'Địa danh', value: 'Ngọc Lâm' },
      { label: 'Ngày', value: '15/11/2027' },
      { label: 'Ký hiệu văn bản', value: 'HN' },
    ]),
    rollSheetPlan(
      roll.map((name, i) => [
        i + 1,
        name,
        'Ban Chấp hành Đảng bộ phường',
        'Chính thức',
        away.has(name) ? 'Vắng có lý do' : 'Có mặt',
      ]),
    ),
    counterSheetPlan(counters.map((name, i) => [i + 1, name, i === 0 ? 'Trưởng ban' : 'Ủy viên', null])),
    personnelSheetPlan(
      TRUST_LEADERS.map((l) => [
        l.name,
        l.birth,
        l.gender,
        'Kinh',
        'Trên đại học',
        l.theory,
        'x',
        'Chính thức',
        null,
        null,
        null,
        l.position,
      ]),
      0,
      { position: true },
    ),
    electionSheetPlan([
      rowOf({
        Mã: 'TN',
        'Cuộc bầu cử': 'Lấy phiếu tín nhiệm đối với các đồng chí do Ban Chấp hành Đảng bộ phường bầu, năm 2027',
        'Chức danh': 'Lấy phiếu tín nhiệm',
        'Phiếu phát ra': TRUST_PRESENT,
        'Phiếu thu vào': TRUST_PRESENT,
        'Trang phiếu': 'Phiếu TN',
        'Hình thức nhập': 'Từng phiếu',
        'Số biên bản': '01',
        'Kết thúc kiểm phiếu': '15/11/2027 10:40',
      }),
    ]),
    ballotSheetPlan(
      'Phiếu TN',
      [BALLOT_NUMBER_HEADER, ...TRUST_LEADERS.map((l) => l.name), BALLOT_RULING_HEADER],
      ballots.map((b, i): PlanValue[] => [i + 1, ...b.marks.map((m) => m || null), b.ruling]),
    ),
  ];
}
