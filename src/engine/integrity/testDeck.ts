/**
 * The test deck (WORKBOOK.md "Integrity", `testdeck`; anchors §7.10, the logic-and-accuracy
 * test before the congress): generated ballots that cover every mark and every invalid reason
 * of an election's ballot type, with the figures they must give worked out from how each ballot
 * was made — not by the tally's code — so that counting the deck checks the tally.
 */
import type { BallotType } from '../model/election';
import type { Mark } from '../model/ballots';

/** What the deck needs of the election. */
export interface DeckRules {
  ballotType: BallotType;
  seats: number;
  listSize: number;
  /** `Phiếu không bầu ai` = `Hợp lệ`. */
  emptyBallotValid: boolean;
}

/** How each ballot of the deck is made. */
export type DeckKind =
  /** Within the seats, at least one vote; every other name struck (or, agree/disagree, `x` or `-`). */
  | 'valid'
  /** Untouched: every name kept or agreed (an over-vote when the list is longer than the seats). */
  | 'untouched'
  /** More names kept or agreed than seats. */
  | 'overVote'
  /** Every name struck or disagreed. */
  | 'nobody'
  /** Agree/disagree, several names: `-` on every name (valid, counts for nobody). */
  | 'allNoCount'
  /** One name, agree/disagree: disagreed (a valid ballot with a vote against). */
  | 'singleAgainst'
  /** One name, agree/disagree: `-` (both boxes or neither: invalid). */
  | 'singleNoMark'
  /** One name, strike-through: struck (a valid ballot with a vote against). */
  | 'singleStruck'
  /** Opinion ballot: approve, disapprove and `-` on the same ballot. */
  | 'opinionMixed'
  /** Ruled invalid by the committee (`Không hợp lệ`), with legal marks. */
  | 'ruling';

/** The engine's reasons as the contract writes them, and the committee's rulings the deck uses. */
const OVER_VOTE = 'Bầu quá số lượng cần bầu';
const NOBODY = 'Không bầu ai';
const SINGLE_MARK = 'Không đánh dấu hoặc đánh dấu cả hai ô';
const RULINGS = ['Không do Ban kiểm phiếu phát ra', 'Có ký hiệu riêng', 'Ghi thêm tên người ngoài danh sách'];
/** The first ruling again, spelt another way: grouped with it (WORKBOOK.md "as first written"). */
const RULING_VARIANT = 'KHÔNG DO BAN KIỂM PHIẾU  PHÁT RA';

export interface DeckBallot {
  /** `Số phiếu`: 1, 2, … */
  number: string;
  /** `Tổ` (1, 2, …) when the deck has teams. */
  team: string | null;
  marks: Mark[];
  ruling: string | null;
  kind: DeckKind;
}

/** The figures the deck must give, known from how each ballot was made. */
export interface DeckFigures {
  returned: number;
  valid: number;
  invalid: number;
  /** Reason → count; rulings under their first spelling. */
  invalidReasons: Record<string, number>;
  votes: number[];
  against: number[];
  noCount: number[];
}

export interface TestDeck {
  ballots: DeckBallot[];
  expected: DeckFigures;
  /** The kinds the deck covers, in the order of its first ballots. */
  kinds: DeckKind[];
  /** Per ballot: valid, or the reason (rulings by their group's first spelling). */
  verdicts: (string | null)[];
}

export interface DeckOptions {
  ballots: number;
  seed: number;
  /** Teams 1…n in the `Tổ` column; 0 for none. */
  teams: number;
  /** Whether the sheet has a `Không hợp lệ` column (else no rulings). */
  rulings: boolean;
}

/** mulberry32: the same seed gives the same deck on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every kind the ballot type allows, for a list of this length and these seats. */
export function deckKinds(rules: DeckRules, opts: Pick<DeckOptions, 'rulings'>): DeckKind[] {
  const n = rules.listSize;
  const kinds: DeckKind[] = ['valid'];
  if (rules.ballotType === 'Xin ý kiến') {
    if (n >= 3) kinds.push('opinionMixed');
    kinds.push('untouched', 'nobody');
  } else if (n === 1) {
    kinds.push(rules.ballotType === 'Gạch tên' ? 'singleStruck' : 'singleAgainst');
    if (rules.ballotType !== 'Gạch tên') kinds.push('singleNoMark');
  } else {
    kinds.push('untouched');
    if (n > rules.seats) kinds.push('overVote');
    kinds.push('nobody');
    if (rules.ballotType === 'Đồng ý/Không đồng ý') kinds.push('allNoCount');
  }
  if (opts.rulings) kinds.push('ruling');
  return kinds;
}

/** The verdict the contract gives a ballot made this way: null for valid, else its reason. */
function verdictOf(kind: DeckKind, marks: readonly Mark[], rules: DeckRules): string | null {
  const kept = marks.filter((m) => m === '').length;
  switch (kind) {
    case 'overVote':
      return OVER_VOTE;
    case 'untouched':
      // An untouched opinion ballot approves everyone; an election ballot keeps every name.
      return rules.ballotType !== 'Xin ý kiến' && kept > rules.seats ? OVER_VOTE : null;
    case 'nobody':
      return rules.ballotType === 'Xin ý kiến' || rules.emptyBallotValid ? null : NOBODY;
    case 'singleNoMark':
      return SINGLE_MARK;
    default:
      return null;
  }
}

/** Builds the deck: first one ballot of each kind, then kinds at random (mostly valid ones). */
export function buildTestDeck(rules: DeckRules, opts: DeckOptions): TestDeck {
  const rnd = random(opts.seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const n = rules.listSize;
  const kinds = deckKinds(rules, opts);
  const strike = rules.ballotType === 'Gạch tên';
  /** An unwanted mark: struck on a strike-through ballot; `x` or `-` on the others. */
  const other = (): Mark => (strike ? 'x' : int(3) === 0 ? '-' : 'x');
  /** `count` names among n, at random. */
  const pick = (count: number): Set<number> => {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return new Set(order.slice(0, count));
  };
  /** `count` names, the first on the list likelier: a rehearsal elects someone, as a congress does. */
  const favoured = (count: number): Set<number> => {
    const draw = Array.from({ length: n }, (_, i) => ({ i, at: rnd() * (1 + i) }));
    return new Set(
      draw
        .sort((a, b) => a.at - b.at || a.i - b.i)
        .slice(0, count)
        .map((d) => d.i),
    );
  };
  const within = Math.min(rules.seats, n);
  const marksOf = (kind: DeckKind): Mark[] => {
    switch (kind) {
      case 'valid': {
        if (rules.ballotType === 'Xin ý kiến')
          return Array.from({ length: n }, () => (['', 'x', '-'] as const)[int(3)]);
        // One name at least, the seats at most (mostly the seats, as voters do).
        const keep = favoured(int(5) < 3 ? within : 1 + int(Math.max(1, within)));
        return Array.from({ length: n }, (_, i) => (keep.has(i) ? '' : other()));
      }
      case 'opinionMixed': {
        const order = [...pick(n)];
        const marks = Array.from({ length: n }, (): Mark => (['', 'x', '-'] as const)[int(3)]);
        [marks[order[0]], marks[order[1]], marks[order[2]]] = ['', 'x', '-'];
        return marks;
      }
      case 'untouched':
        return new Array<Mark>(n).fill('');
      case 'overVote': {
        const keep = pick(rules.seats + 1 + int(n - rules.seats));
        return Array.from({ length: n }, (_, i) => (keep.has(i) ? '' : other()));
      }
      case 'nobody':
      case 'singleAgainst':
      case 'singleStruck':
        return new Array<Mark>(n).fill('x');
      case 'allNoCount':
      case 'singleNoMark':
        return new Array<Mark>(n).fill('-');
      case 'ruling':
        return Array.from({ length: n }, (): Mark =>
          strike ? (int(2) ? '' : 'x') : (['', 'x', '-'] as const)[int(3)],
        );
    }
  };
  const ballots: DeckBallot[] = [];
  const verdicts: (string | null)[] = [];
  const reasons = new Map<string, number>();
  const rulingGroups: string[] = [];
  const expected: DeckFigures = {
    returned: 0,
    valid: 0,
    invalid: 0,
    invalidReasons: {},
    votes: new Array<number>(n).fill(0),
    against: new Array<number>(n).fill(0),
    noCount: new Array<number>(n).fill(0),
  };
  let rulingCount = 0;
  for (let i = 0; i < opts.ballots; i++) {
    // The first ballots cover every kind; then three in four are valid, the rest any kind.
    const kind = i < kinds.length ? kinds[i] : int(4) > 0 ? 'valid' : kinds[int(kinds.length)];
    const marks = marksOf(kind);
    let ruling: string | null = null;
    let verdict = verdictOf(kind, marks, rules);
    if (kind === 'ruling') {
      const group = rulingCount % RULINGS.length;
      ruling = rulingCount === RULINGS.length ? RULING_VARIANT : RULINGS[group];
      rulingCount++;
      // Grouped under the spelling of its lowest-numbered ballot: the first written.
      rulingGroups[group] ??= ruling;
      verdict = rulingGroups[group];
    }
    ballots.push({
      number: String(i + 1),
      team: opts.teams > 0 ? String(1 + (i % opts.teams)) : null,
      marks,
      ruling,
      kind,
    });
    verdicts.push(verdict);
    expected.returned++;
    if (verdict !== null) {
      expected.invalid++;
      reasons.set(verdict, (reasons.get(verdict) ?? 0) + 1);
      continue;
    }
    expected.valid++;
    marks.forEach((m, j) => {
      if (m === '') expected.votes[j]++;
      else if (m === 'x') expected.against[j]++;
      else expected.noCount[j]++;
    });
  }
  // Engine reasons first (the contract's order), then rulings in order of first appearance.
  const order = [OVER_VOTE, NOBODY, SINGLE_MARK];
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  for (const [reason, count] of [...reasons].sort((a, b) => rank(a[0]) - rank(b[0])))
    expected.invalidReasons[reason] = count;
  return { ballots, expected, kinds, verdicts };
}

/** A `Tổng hợp` row of the deck: one counting team's subtotals. */
export interface DeckTeamRow {
  team: string;
  returned: number;
  invalid: number;
  /** Invalid ballots per reason column, in the order of `reasonColumns`. */
  reasons: number[];
  votes: number[];
}

/**
 * The deck as `Tổng hợp` subtotals: teams `Tổ 1`…`Tổ n` take the ballots in turn; an invalid
 * ballot goes to the reason column of its reason (forgiving match by `sameReason`), else it is
 * only in `Phiếu không hợp lệ` (`Không phân loại`).
 */
export function deckSubtotals(
  deck: TestDeck,
  teams: number,
  reasonColumns: readonly string[],
  sameReason: (a: string, b: string) => boolean,
): DeckTeamRow[] {
  const n = deck.expected.votes.length;
  const rows: DeckTeamRow[] = Array.from({ length: teams }, (_, t) => ({
    team: `Tổ ${t + 1}`,
    returned: 0,
    invalid: 0,
    reasons: new Array<number>(reasonColumns.length).fill(0),
    votes: new Array<number>(n).fill(0),
  }));
  deck.ballots.forEach((ballot, i) => {
    const row = rows[i % teams];
    row.returned++;
    const verdict = deck.verdicts[i];
    if (verdict !== null) {
      row.invalid++;
      const col = reasonColumns.findIndex((r) => sameReason(r, verdict));
      if (col >= 0) row.reasons[col]++;
      return;
    }
    ballot.marks.forEach((m, j) => {
      if (m === '') row.votes[j]++;
    });
  });
  return rows;
}
