/**
 * The majority base D from the roll (WORKBOOK.md "Majority base D"; regulations §5.2, QC190
 * Điều 30 khoản 2–3, QC244 Điều 32 khoản 2–3 — the same under both rule sets).
 */
import type { CongressKind } from '../model/congress';
import { inputError, type Problem } from '../findings/finding';
import type { DenominatorStep } from '../model/results';
import type { RollEntry, RollStatus } from '../model/roll';

export interface MajorityBase {
  /** D: convened minus the exclusions. */
  denominator: number;
  steps: DenominatorStep[];
  /** Convened, before exclusions. */
  convened: number;
  /** Official members/delegates present (from the roll). */
  present: number;
  problems: Problem[];
}

/** Member congress: the statuses that take a convened official member out of D (§5.2 a–e). */
const MEMBER_EXCLUSIONS: { status: RollStatus; label: string }[] = [
  { status: 'Sinh hoạt tạm thời', label: 'Trừ: đảng viên sinh hoạt tạm thời ở đảng bộ khác' },
  { status: 'Miễn sinh hoạt', label: 'Trừ: đảng viên được miễn công tác và sinh hoạt đảng không tham dự' },
  { status: 'Đình chỉ', label: 'Trừ: đảng viên bị đình chỉ sinh hoạt đảng' },
  { status: 'Tạm giam', label: 'Trừ: đảng viên bị khởi tố, truy tố, tạm giam' },
  {
    status: 'Vắng có lý do',
    label: 'Trừ: đảng viên vắng mặt suốt thời gian đại hội có lý do được cấp ủy triệu tập đồng ý',
  },
];

/**
 * Đại hội đảng viên: convened = `Chính thức` rows; excluded: the five statuses above; kept:
 * `Có mặt` and `Vắng` (absent without an approved reason stays in D). `Dự bị` never counts.
 */
export function memberCongressBase(roll: RollEntry[]): MajorityBase {
  const official = roll.filter((r) => r.standing === 'Chính thức');
  const steps: DenominatorStep[] = [{ label: 'Tổng số đảng viên chính thức được triệu tập', count: official.length }];
  let excluded = 0;
  for (const { status, label } of MEMBER_EXCLUSIONS) {
    const count = official.filter((r) => r.status === status).length;
    if (count > 0) steps.push({ label, count });
    excluded += count;
  }
  return {
    denominator: official.length - excluded,
    steps,
    convened: official.length,
    present: official.filter((r) => r.status === 'Có mặt').length,
    problems: [],
  };
}

/**
 * Đại hội đại biểu: convened = `Chính thức` + `Đương nhiên` rows; any status but `Có mặt` is
 * absent throughout. Excluded: every absent ex officio delegate, plus per `Chi bộ`
 * max(0, absent official delegates − alternates called in (`Thay thế`)). An alternate beyond the
 * unit's absences is `ALTERNATE_WITHOUT_ABSENCE`.
 */
export function delegateCongressBase(roll: RollEntry[]): MajorityBase {
  const problems: Problem[] = [];
  const convenedRows = roll.filter((r) => r.standing === 'Chính thức' || r.standing === 'Đương nhiên');
  const absentExOfficio = roll.filter((r) => r.standing === 'Đương nhiên' && r.status !== 'Có mặt').length;
  const units = new Map<string, { absent: number; alternates: RollEntry[] }>();
  const unitOf = (name: string) => {
    let u = units.get(name);
    if (!u) units.set(name, (u = { absent: 0, alternates: [] }));
    return u;
  };
  for (const r of roll) {
    if (r.standing === 'Chính thức' && r.status !== 'Có mặt') unitOf(r.unit).absent++;
    if (r.standing === 'Dự khuyết' && r.status === 'Thay thế') unitOf(r.unit).alternates.push(r);
  }
  let absentUnreplaced = 0;
  for (const [unit, u] of units) {
    absentUnreplaced += Math.max(0, u.absent - u.alternates.length);
    for (const extra of u.alternates.slice(u.absent)) {
      problems.push(
        inputError('ALTERNATE_WITHOUT_ABSENCE', 'ALTERNATE_WITHOUT_ABSENCE', extra.cell, {
          name: extra.name,
          unit,
          absent: u.absent,
          alternates: u.alternates.length,
        }),
      );
    }
  }
  const steps: DenominatorStep[] = [
    { label: 'Tổng số đại biểu chính thức được triệu tập (kể cả đại biểu đương nhiên)', count: convenedRows.length },
  ];
  if (absentExOfficio > 0)
    steps.push({
      label: 'Trừ: cấp ủy viên (đại biểu đương nhiên) vắng mặt suốt thời gian đại hội',
      count: absentExOfficio,
    });
  if (absentUnreplaced > 0)
    steps.push({
      label: 'Trừ: đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế',
      count: absentUnreplaced,
    });
  const present =
    convenedRows.filter((r) => r.status === 'Có mặt').length +
    roll.filter((r) => r.standing === 'Dự khuyết' && r.status === 'Thay thế').length;
  return {
    denominator: convenedRows.length - absentExOfficio - absentUnreplaced,
    steps,
    convened: convenedRows.length,
    present,
    problems,
  };
}

export function congressBase(kind: CongressKind, roll: RollEntry[]): MajorityBase {
  return kind === 'Đại hội đại biểu' ? delegateCongressBase(roll) : memberCongressBase(roll);
}

/**
 * Elections by a committee meeting (`Số người bầu`): D is given directly, the incumbent members
 * convened minus exclusions — never those present (regulations §5.2, committee meetings).
 */
export function committeeMeetingBase(voters: number): MajorityBase {
  return {
    denominator: voters,
    steps: [{ label: 'Tổng số ủy viên đương nhiệm được triệu tập (đã trừ các trường hợp loại trừ)', count: voters }],
    convened: voters,
    present: voters,
    problems: [],
  };
}
