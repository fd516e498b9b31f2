/**
 * A deliberately simple recount, written from WORKBOOK.md alone (no engine code, no shared
 * helpers): D from the roll, one verdict per ballot, votes, the majority test, the cut line.
 * Slow and plain on purpose, so that the engine is checked against a second reading of the
 * contract rather than against itself.
 */
import type { Mark } from '../../src/engine/model/ballots';

export type Kind = 'Đại hội đảng viên' | 'Đại hội đại biểu';
export interface RollRow {
  unit: string;
  standing: 'Chính thức' | 'Dự bị' | 'Đương nhiên' | 'Dự khuyết';
  status: string;
}
export interface Ballot {
  number: string;
  marks: Mark[];
  ruling: string | null;
}
export interface RecountInput {
  kind: Kind;
  roll: RollRow[];
  ballotType: 'Gạch tên' | 'Đồng ý/Không đồng ý';
  seats: number;
  candidates: string[];
  ballots: Ballot[];
  issued: number | null;
  returned: number | null;
  presentAtVote: number | null;
  emptyBallotValid: boolean;
  /** False only for alternates under 244-QĐ/TW with `Dự khuyết cần quá bán` = `Không`. */
  needsMajority: boolean;
  /** `Số dự khuyết` on an official delegates' row, or 0. */
  alternateSeats: number;
}
export interface Recount {
  denominator: number;
  threshold: number;
  present: number;
  returned: number;
  valid: number;
  invalid: number;
  /** Reason (by a plain key: lower case, no accents, single spaces) → count. */
  reasons: Record<string, number>;
  votes: number[];
  percent: number[];
  percentOfValid: (number | null)[];
  elected: string[];
  tied: string[];
  status: 'complete' | 'shortfall' | 'tie' | 'blocked' | 'zero';
  seatsOpen: number;
  alternates: string[];
  alternateTies: string[];
}

const EXCLUDED_MEMBER_STATUSES = ['Sinh hoạt tạm thời', 'Miễn sinh hoạt', 'Đình chỉ', 'Tạm giam', 'Vắng có lý do'];

export function plainKey(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += ch === 'đ' || ch === 'Đ' ? 'd' : ch.toLowerCase();
  }
  return out.trim().split(/\s+/).join(' ');
}

function majorityBase(kind: Kind, roll: RollRow[]): { d: number; present: number } {
  if (kind === 'Đại hội đảng viên') {
    let d = 0;
    let present = 0;
    for (const r of roll) {
      if (r.standing !== 'Chính thức') continue;
      if (!EXCLUDED_MEMBER_STATUSES.includes(r.status)) d++;
      if (r.status === 'Có mặt') present++;
    }
    return { d, present };
  }
  let convened = 0;
  let present = 0;
  let absentExOfficio = 0;
  const absent: Record<string, number> = {};
  const replaced: Record<string, number> = {};
  for (const r of roll) {
    if (r.standing === 'Chính thức' || r.standing === 'Đương nhiên') {
      convened++;
      if (r.status === 'Có mặt') present++;
      else if (r.standing === 'Đương nhiên') absentExOfficio++;
      else absent[r.unit] = (absent[r.unit] ?? 0) + 1;
    }
    if (r.standing === 'Dự khuyết' && r.status === 'Thay thế') {
      present++;
      replaced[r.unit] = (replaced[r.unit] ?? 0) + 1;
    }
  }
  let unreplaced = 0;
  for (const unit of Object.keys(absent)) unreplaced += Math.max(0, absent[unit] - (replaced[unit] ?? 0));
  return { d: convened - absentExOfficio - unreplaced, present };
}

/** Half up of 100 × part / whole with two decimals, by integers. */
function percent(part: number, whole: number): number {
  return Math.floor((20000 * part + whole) / (2 * whole)) / 100;
}

export function recount(input: RecountInput): Recount {
  const { d, present: rollPresent } = majorityBase(input.kind, input.roll);
  const present = input.presentAtVote ?? rollPresent;
  const n = input.candidates.length;
  const votes = input.candidates.map(() => 0);
  const reasons: Record<string, number> = {};
  let valid = 0;
  let invalid = 0;
  const addReason = (reason: string) => {
    invalid++;
    reasons[plainKey(reason)] = (reasons[plainKey(reason)] ?? 0) + 1;
  };
  for (const b of input.ballots) {
    if (b.ruling) {
      addReason(b.ruling);
      continue;
    }
    const kept = b.marks.filter((m) => m === '').length;
    const allX = b.marks.every((m) => m === 'x');
    if (input.ballotType === 'Gạch tên') {
      if (kept > input.seats) {
        addReason('Bầu quá số lượng cần bầu');
        continue;
      }
      if (n >= 2 && kept === 0 && !input.emptyBallotValid) {
        addReason('Không bầu ai');
        continue;
      }
    } else if (n === 1) {
      if (b.marks[0] === '-') {
        addReason('Không đánh dấu hoặc đánh dấu cả hai ô');
        continue;
      }
    } else {
      if (kept > input.seats) {
        addReason('Bầu quá số lượng cần bầu');
        continue;
      }
      if (allX && !input.emptyBallotValid) {
        addReason('Không bầu ai');
        continue;
      }
    }
    valid++;
    b.marks.forEach((m, i) => {
      if (m === '') votes[i]++;
    });
  }
  const keyed = input.ballots.length;
  const returned = input.returned ?? keyed;
  let blocked = false;
  if (keyed > 0 && input.returned !== null && keyed !== input.returned) blocked = true;
  if (keyed > 0 && input.issued !== null && returned > input.issued) blocked = true;
  if (input.issued !== null && input.issued > present) blocked = true;

  const threshold = input.needsMajority ? Math.floor(d / 2) + 1 : 1;
  const qualifies = (v: number) => (input.needsMajority ? 2 * v > d : v > 0);
  const order = input.candidates.map((_, i) => i).sort((a, b) => votes[b] - votes[a] || a - b);
  const cut = (pool: number[], seats: number): { chosen: number[]; tied: number[] } => {
    if (pool.length <= seats) return { chosen: pool, tied: [] };
    const last = votes[pool[seats - 1]];
    if (votes[pool[seats]] !== last) return { chosen: pool.slice(0, seats), tied: [] };
    return { chosen: pool.filter((i) => votes[i] > last), tied: pool.filter((i) => votes[i] === last) };
  };
  const qualified = order.filter((i) => qualifies(votes[i]));
  const official = cut(qualified, input.seats);
  let status: Recount['status'] =
    official.tied.length > 0 ? 'tie' : official.chosen.length < input.seats ? 'shortfall' : 'complete';
  const decided = !blocked && keyed > 0;
  if (blocked) status = 'blocked';
  else if (keyed === 0) status = 'zero';
  // Alternates from the same ballot: only once the official seats are decided (no tie there).
  let alternates: number[] = [];
  let alternateTies: number[] = [];
  if (decided && input.alternateSeats > 0 && official.tied.length === 0) {
    const rest = order.filter((i) => 2 * votes[i] > d && !official.chosen.includes(i));
    const alt = cut(rest, input.alternateSeats);
    alternates = alt.chosen;
    alternateTies = alt.tied;
  }
  const name = (i: number) => input.candidates[i];
  return {
    denominator: d,
    threshold,
    present,
    returned,
    valid,
    invalid,
    reasons,
    votes,
    percent: votes.map((v) => percent(v, d)),
    percentOfValid: votes.map((v) => (valid > 0 ? percent(v, valid) : null)),
    elected: decided ? official.chosen.map(name) : [],
    tied: decided ? official.tied.map(name) : [],
    status,
    seatsOpen: decided ? input.seats - official.chosen.length : input.seats,
    alternates: alternates.map(name),
    alternateTies: alternateTies.map(name),
  };
}
