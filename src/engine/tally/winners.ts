/**
 * Who is elected (WORKBOOK.md "Results, statuses and checks"; regulations §5.3–§5.6). Decided by
 * integers only: qualified means 2 × votes > D. Ties at the cut line and shortfalls are reported,
 * never decided.
 */

export interface WinnerRules {
  seats: number;
  denominator: number;
  /** False only for alternates when `Dự khuyết cần quá bán` = `Không`. */
  needsMajority: boolean;
  /** Opinion ballot: pass when 10 × approvals > 3 × A; no seats. */
  opinion: boolean;
}

export interface Winners {
  /** Indices into the list, by votes descending, then ballot order. */
  elected: number[];
  tied: number[];
  /** Competition ranking over all candidates (1, 2, 2, 4). */
  rank: number[];
  seatsOpen: number;
  status: 'complete' | 'shortfall' | 'tie';
  /** Groups (size ≥ 2) of elected candidates with equal votes: their order is the congress's to decide. */
  equalVoteGroups: number[][];
}

/** 2 × votes > D: "more than half" of D (Điều lệ Điều 12; QC190 Điều 30). */
export function hasMajority(votes: number, denominator: number): boolean {
  return 2 * votes > denominator;
}

/** The smallest number of votes that is more than half of D: ⌊D/2⌋ + 1. */
export function majorityThreshold(denominator: number): number {
  return Math.floor(denominator / 2) + 1;
}

/** Opinion ballot (QC190 Điều 14 khoản 3): more than 30% of A, i.e. 10 × approvals > 3 × A. */
export function passesOpinion(approvals: number, base: number): boolean {
  return 10 * approvals > 3 * base;
}

/** ⌊3A/10⌋ + 1: the smallest approvals count above 30% of A. */
export function opinionThreshold(base: number): number {
  return Math.floor((3 * base) / 10) + 1;
}

/** Indices by votes descending, then ballot order. */
export function byVotes(votes: number[]): number[] {
  return votes.map((_, i) => i).sort((a, b) => votes[b] - votes[a] || a - b);
}

export function competitionRanks(votes: number[]): number[] {
  return votes.map((v) => 1 + votes.filter((w) => w > v).length);
}

export function decideWinners(votes: number[], rules: WinnerRules): Winners {
  const order = byVotes(votes);
  const rank = competitionRanks(votes);
  const qualifies = (i: number) => {
    if (rules.opinion) return passesOpinion(votes[i], rules.denominator);
    if (rules.needsMajority) return hasMajority(votes[i], rules.denominator);
    return votes[i] > 0;
  };
  const qualified = order.filter(qualifies);
  let elected: number[];
  let tied: number[] = [];
  if (rules.opinion || qualified.length <= rules.seats) {
    elected = qualified;
  } else {
    // More qualified than seats: the top `seats` by votes, unless the candidates at positions
    // `seats` and `seats + 1` have equal votes v — then every qualified candidate with v is tied.
    const v = votes[qualified[rules.seats - 1]];
    if (votes[qualified[rules.seats]] === v) {
      tied = qualified.filter((i) => votes[i] === v);
      elected = qualified.filter((i) => votes[i] > v);
    } else {
      elected = qualified.slice(0, rules.seats);
    }
  }
  const seatsOpen = rules.opinion ? 0 : rules.seats - elected.length;
  const status = tied.length > 0 ? 'tie' : seatsOpen > 0 ? 'shortfall' : 'complete';
  const equalVoteGroups: number[][] = [];
  for (const i of elected) {
    const group = equalVoteGroups.find((g) => votes[g[0]] === votes[i]);
    if (group) group.push(i);
    else equalVoteGroups.push([i]);
  }
  return { elected, tied, rank, seatsOpen, status, equalVoteGroups: equalVoteGroups.filter((g) => g.length > 1) };
}

/**
 * Alternates from the official delegates' ballot (QC190 Điều 18; WORKBOOK.md "Alternates"): the
 * candidates not elected with 2 × votes > D, by votes, fill `seats` places; candidates equal in
 * votes across the last place are tied and not placed (never broken).
 */
export function alternatesOf(
  votes: number[],
  elected: number[],
  rules: { seats: number; denominator: number },
): { alternates: number[]; tied: number[]; equalVoteGroups: number[][] } {
  const chosen = new Set(elected);
  const rest = byVotes(votes).filter((i) => !chosen.has(i) && hasMajority(votes[i], rules.denominator));
  let alternates = rest;
  let tied: number[] = [];
  if (rest.length > rules.seats) {
    const v = votes[rest[rules.seats - 1]];
    if (votes[rest[rules.seats]] === v) {
      tied = rest.filter((i) => votes[i] === v);
      alternates = rest.filter((i) => votes[i] > v);
    } else alternates = rest.slice(0, rules.seats);
  }
  const groups: number[][] = [];
  for (const i of alternates) {
    const group = groups.find((g) => votes[g[0]] === votes[i]);
    if (group) group.push(i);
    else groups.push([i]);
  }
  return { alternates, tied, equalVoteGroups: groups.filter((g) => g.length > 1) };
}
