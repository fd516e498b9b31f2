/**
 * Elections for the minutes and ballot-paper tests, built on engine data (test/engine/fixtures)
 * and tallied by the real engine: a strike-through election with invalid ballots, a single-name
 * agree/disagree election, delegates with alternates, a tie and a shortfall.
 */
import { tallyElections } from '../../src/engine/tally/tally';
import type { CounterEntry, RollEntry } from '../../src/engine/model/roll';
import type { ElectionDef } from '../../src/engine/model/election';
import type { ElectionResult } from '../../src/engine/model/results';
import type { MinutesContext } from '../../src/engine/minutes/document';
import type { Congress } from '../../src/engine/model/congress';
import { ballots, congress, election, person } from '../engine/fixtures';

export const NAMES = [
  'Nguyễn Thị Ánh',
  'Trần Văn Bình',
  'Lê Minh Châu',
  'Phạm Quốc Dũng',
  'Hoàng Thị Hà',
  'Vũ Đức Khánh',
  'Đặng Thu Lan',
  'Bùi Văn Long',
  'Đỗ Thị Mai',
  'Ngô Quang Nam',
];

/** 31 official members, one absent with an approved reason, one temporarily active elsewhere. */
export function roll(n = 31): RollEntry[] {
  return Array.from({ length: n }, (_, i) =>
    person(
      `Đảng viên ${String(i + 1).padStart(2, '0')}`,
      'Chính thức',
      i === 0 ? 'Vắng có lý do' : i === 1 ? 'Sinh hoạt tạm thời' : 'Có mặt',
      'Chi bộ 1',
      i,
    ),
  );
}

export const COUNTERS: CounterEntry[] = [
  { name: 'Đảng viên 20', role: 'Trưởng ban', session: 'Đại hội', cell: "'Ban kiểm phiếu'!A2" },
  { name: 'Đảng viên 21', role: 'Ủy viên', session: 'Đại hội', cell: "'Ban kiểm phiếu'!A3" },
  { name: 'Đảng viên 22', role: 'Ủy viên', session: 'Đại hội', cell: "'Ban kiểm phiếu'!A4" },
];

export function minutesCongress(over: Partial<Congress> = {}): Congress {
  return {
    ...congress('Đại hội đảng viên'),
    superior: 'Đảng bộ phường Ngọc Lâm',
    organisation: 'Chi bộ Tổ dân phố số 5',
    ordinal: 'XII',
    term: '2025 - 2027',
    place: 'Long Biên',
    date: { year: 2025, month: 2, day: 8 },
    ...over,
  };
}

/** Repeats each pattern `times[i]` times. */
function pile(patterns: string[], times: number[]): string[] {
  return patterns.flatMap((p, i) => Array.from({ length: times[i] }, () => p));
}

/** Cấp ủy: 7 names, 5 seats, strike-through; 2 over-votes, 1 for nobody, 1 ruled invalid. */
export function strikeElection(): ElectionDef {
  const rows = [
    ...pile(['..x.x..', '.x...x.', '...x..x', 'x...x..', '..x...x', '.x.x...'], [6, 5, 4, 4, 3, 3]),
    '.......',
    '..x....',
    'xxxxxxx',
    '.....xx|Không do Ban kiểm phiếu phát ra',
  ];
  return election({
    id: 'CU',
    title: 'Bầu Chi ủy Chi bộ Tổ dân phố số 5',
    office: 'Chi ủy',
    seats: 5,
    issued: 29,
    candidates: NAMES.slice(0, 7),
    ballots: ballots(rows, 'Phiếu CU'),
    minutesNumber: '03',
    countEnded: { date: { year: 2025, month: 2, day: 8 }, time: { hour: 10, minute: 45 } },
  });
}

/** Bí thư: one name, agree/disagree; one ballot with both boxes or none (invalid). */
export function singleElection(): ElectionDef {
  return election({
    id: 'BT',
    title: 'Bầu Bí thư Chi bộ',
    office: 'Bí thư',
    seats: 1,
    issued: 29,
    candidates: [NAMES[2]],
    ballots: ballots([...pile(['.', 'x'], [26, 2]), '-'], 'Phiếu BT'),
  });
}

/**
 * Đại biểu chính thức (3 of 8) and dự khuyết (2 of 3 not elected on the official list, two equal
 * in votes): one list, officials first, alternates from the rest (QC190 Điều 18).
 */
export function delegateElections(): ElectionDef[] {
  const dbct = election({
    id: 'DB',
    title: 'Bầu đại biểu chính thức đi dự Đại hội Đảng bộ phường',
    office: 'Đại biểu chính thức',
    seats: 3,
    issued: 29,
    candidates: NAMES.slice(0, 8),
    ballots: ballots(pile(['...xxxxx', '..x.xxxx', '.x..xxxx', 'x...xxxx', '.x.x.xxx'], [10, 6, 5, 4, 4]), 'Phiếu DB'),
  });
  const dbdk = election({
    id: 'DBDK',
    title: 'Bầu đại biểu dự khuyết đi dự Đại hội Đảng bộ phường',
    office: 'Đại biểu dự khuyết',
    seats: 2,
    issued: 29,
    candidates: NAMES.slice(5, 8),
    ballots: ballots(pile(['..x', '.x.', 'x..'], [21, 4, 4]), 'Phiếu DBDK'),
  });
  return [dbct, dbdk];
}

/** Tie at the cut line: 3 names, 2 seats; the second and third have equal votes, both over half. */
export function tieElection(): ElectionDef {
  return election({
    id: 'UBKT',
    title: 'Bầu Ủy ban Kiểm tra',
    office: 'Ủy ban Kiểm tra',
    seats: 2,
    issued: 29,
    candidates: NAMES.slice(7, 10),
    ballots: ballots(pile(['..x', '.x.', 'x..'], [10, 10, 9]), 'Phiếu UBKT'),
  });
}

/** Shortfall: 4 names, 3 seats, only two over half. */
export function shortfallElection(): ElectionDef {
  return election({
    id: 'BCH',
    title: 'Bầu Ban Chấp hành',
    office: 'Ban Chấp hành',
    seats: 3,
    issued: 29,
    candidates: NAMES.slice(0, 4),
    ballots: ballots(pile(['..xx', '.x.x', 'x.x.', '.xx.'], [12, 7, 5, 5]), 'Phiếu BCH'),
  });
}

export function tallied(
  defs: ElectionDef[],
  c: Congress = minutesCongress(),
  counters: CounterEntry[] | null = COUNTERS,
): MinutesContext[] {
  const { results, problems } = tallyElections({ congress: c, roll: roll(), elections: defs });
  if (problems.some((p) => p.severity === 'error')) throw new Error(JSON.stringify(problems));
  return defs.map((def) => {
    const result = results.find((r) => r.id === def.id) as ElectionResult;
    return { congress: c, election: def, result, counters };
  });
}
