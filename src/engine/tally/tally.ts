/**
 * The tally of every election of a congress: majority base, validity, counting, checks, winners,
 * rounds. Pure: plain data in, plain data out.
 */
import type { Congress } from '../model/congress';
import { finding, inputError, type Problem, warning } from '../findings/finding';
import { alternateListFaults, alternatesFromOfficialList } from '../rules/alternates';
import { QD_294, secretaryAppointed } from '../rules/chiBo';
import { committeeMeetingBase, congressBase, type MajorityBase } from './denominator';
import { type Counts, countBallots, countSubtotals } from './count';
import { alternatesOf, decideWinners, majorityThreshold, opinionThreshold } from './winners';
import { percentOf } from '../text/percent';
import { CHECK, countChecks, doubleEntryDifferences, subtotalChecks } from './reconcile';
import { ballotFingerprint } from './fingerprint';
import type { CandidateResult, Check, DenominatorStep, ElectionResult, ElectionStatus } from '../model/results';
import type { ElectionDef } from '../model/election';
import type { RollEntry } from '../model/roll';
import type { Person, RecordedName } from '../model/person';
import { plausibilityFindings } from './plausibility';
import { unknownNameFindings } from './namesOnRecord';
import type { CountedList } from './introduction';
import { ballotKind } from './kinds';
import { CROSS_CHECK_NAME, type CrossCheckEntry, type CrossCheckRow, crossCheckEntries } from '../integrity/crossCheck';

/** What the integrity sheets add to a count (WORKBOOK.md "Integrity"). */
export interface TallyIntegrity {
  /** `Đối chiếu` rows: the official software's figures. */
  crossCheck: CrossCheckRow[];
  /** `Mã` of the elections whose `Đối chiếu` rows mark them as a test deck (`Phiếu thử`). */
  rehearsals: string[];
  /** Fingerprints of the ballot data test decks generated (from `Nhật ký`). */
  testDeckFingerprints: string[];
}

export interface TallySource {
  congress: Congress;
  roll: RollEntry[] | null;
  elections: ElectionDef[];
  /** `Nhân sự`, when read: positions of those rated, names a written-in name is checked against. */
  people?: Person[] | null;
  /** The names of `Nhân sự`, when the workbook has it: ballot headers are checked against them. */
  recordedNames?: RecordedName[] | null;
  integrity?: TallyIntegrity;
}

export interface ElectionTallies {
  results: ElectionResult[];
  /**
   * Input errors found while tallying (ALTERNATE_WITHOUT_ABSENCE, BAD_SEATS, BAD_ROUND), the
   * tally's findings (SECRETARY_APPOINTED, TRUST_QUORUM, WRITE_IN_UNKNOWN: warnings), and the
   * second looks that never block: a header unknown to `Nhân sự`, the plausibility checks
   * (plausibility.ts).
   */
  problems: Problem[];
}

/**
 * Elections in an order where every previous round comes before the rounds that follow it, and
 * the official delegates before the alternates, whose list is checked against those elected.
 */
function dependencyOrder(elections: ElectionDef[]): ElectionDef[] {
  const byId = new Map(elections.map((e) => [e.id.toUpperCase(), e]));
  const done = new Set<string>();
  const out: ElectionDef[] = [];
  const visit = (e: ElectionDef, depth: number) => {
    const key = e.id.toUpperCase();
    if (done.has(key) || depth > elections.length) return;
    const prev = e.previousId ? byId.get(e.previousId.toUpperCase()) : undefined;
    if (prev) visit(prev, depth + 1);
    if (!done.has(key)) {
      done.add(key);
      out.push(e);
    }
  };
  const officials = elections.filter((e) => e.office === 'Đại biểu chính thức');
  for (const e of [...officials, ...elections]) visit(e, 0);
  return out;
}

export function tallyElections(source: TallySource): ElectionTallies {
  const problems: Problem[] = [];
  const rollBase = source.roll ? congressBase(source.congress.kind, source.roll) : null;
  if (rollBase) problems.push(...rollBase.problems);
  const results = new Map<string, ElectionResult>();
  for (const def of dependencyOrder(source.elections)) {
    const base = def.voters !== null ? committeeMeetingBase(def.voters) : rollBase;
    if (!base) {
      // The parser requires `Đại biểu` unless `Số người bầu` is given; this is a safeguard.
      problems.push(inputError('MISSING_SHEET', 'MISSING_SHEET', undefined, { sheet: 'Đại biểu' }));
      continue;
    }
    const previous = def.previousId ? (results.get(def.previousId.toUpperCase()) ?? null) : null;
    const listChecks = alternateListChecks(def, source, results);
    const earlier = chainWinners(def, results);
    const counted = tallyOne(def, base, source, previous, earlier, listChecks, problems, source.integrity);
    const result = withRehearsal(counted, source.integrity, problems);
    results.set(def.id.toUpperCase(), result);
    // QĐ 294: a chi bộ's third secretary round without a winner: the superior committee appoints.
    if (secretaryAppointed(source.congress, result)) {
      problems.push(
        finding('warning', 'SECRETARY_APPOINTED', 'SECRETARY_APPOINTED', def.refs.round ?? def.refs.id, QD_294, {
          id: def.id,
          round: def.round,
        }),
      );
    }
  }
  // The warnings, in `Bầu cử` order: they ask for a second look and never change a result.
  if (source.recordedNames) problems.push(...unknownNameFindings(source.elections, source.recordedNames));
  for (const def of source.elections) {
    const result = results.get(def.id.toUpperCase());
    if (result) problems.push(...plausibilityFindings(def, result));
  }
  return {
    results: source.elections
      .map((e) => results.get(e.id.toUpperCase()))
      .filter((r): r is ElectionResult => r !== undefined),
    problems,
  };
}

/**
 * QC190 Điều 18: an alternates' list is drawn from the official delegates' list and leaves out
 * those elected there. A fault blocks the election (the list check points at each name).
 */
function alternateListChecks(def: ElectionDef, source: TallySource, results: Map<string, ElectionResult>): Check[] {
  if (def.office !== 'Đại biểu dự khuyết' || !alternatesFromOfficialList(source.congress.ruleSet)) return [];
  const elected = source.elections
    .filter((e) => e.office === 'Đại biểu chính thức')
    .flatMap((e) => results.get(e.id.toUpperCase())?.elected ?? []);
  const faults = alternateListFaults(def, source.elections, elected);
  return [
    {
      name: CHECK.alternatesFromOfficialList,
      expected: 0,
      actual: faults.length,
      ok: faults.length === 0,
      cell: faults.length ? def.candidateCells[faults[0].index] : undefined,
    },
  ];
}

/**
 * The cross-check with the official figures (WORKBOOK.md "Integrity"): a check that blocks on any
 * difference, and the entries for the JSON. It applies once ballots are keyed, like the
 * returned-count check: the zero report is announced before counting.
 */
function crossCheckOf(
  def: ElectionDef,
  counts: Counts,
  keyed: boolean,
  integrity: TallyIntegrity | undefined,
  problems: Problem[],
): { entries: CrossCheckEntry[]; check: Check } | null {
  const rows = (integrity?.crossCheck ?? []).filter((r) => r.id.toUpperCase() === def.id.toUpperCase());
  if (!rows.length || !keyed) return null;
  const entries = crossCheckEntries(rows, {
    issued: def.issued,
    returned: def.returned ?? counts.returned,
    valid: counts.valid,
    invalid: counts.invalid,
    votes: counts.votes,
  });
  const bad = entries.filter((e) => !e.ok);
  for (const e of bad)
    problems.push(
      warning('CROSS_CHECK_DIFFERENCE', 'CROSS_CHECK_DIFFERENCE', e.cell, {
        id: def.id,
        item: e.item,
        official: e.official,
        counted: e.counted ?? '—',
      }),
    );
  const cell = (bad[0] ?? entries[0]).cell;
  return { entries, check: { name: CROSS_CHECK_NAME, expected: 0, actual: bad.length, ok: bad.length === 0, cell } };
}

/** The test-deck mark (`PHIẾU THỬ`): a `Phiếu thử` row in `Đối chiếu`, or ballot data a test deck generated. */
function withRehearsal(
  result: ElectionResult,
  integrity: TallyIntegrity | undefined,
  problems: Problem[],
): ElectionResult {
  if (!integrity) return result;
  const marked = integrity.rehearsals.some((id) => id.toUpperCase() === result.id.toUpperCase());
  const generated = result.status !== 'zero' && integrity.testDeckFingerprints.includes(result.fingerprint);
  if (!marked && !generated) return result;
  problems.push(warning('REHEARSAL', 'REHEARSAL', undefined, { id: result.id }));
  return { ...result, rehearsal: true };
}

/** Everyone elected in the earlier rounds of the same chain. */
function chainWinners(def: ElectionDef, results: Map<string, ElectionResult>): Set<string> {
  const names = new Set<string>();
  let id = def.previousId;
  const seen = new Set<string>();
  while (id && !seen.has(id.toUpperCase())) {
    seen.add(id.toUpperCase());
    const r = results.get(id.toUpperCase());
    if (!r) break;
    for (const n of r.elected) names.add(n);
    id = r.previousRound;
  }
  return names;
}

function tallyOne(
  def: ElectionDef,
  base: MajorityBase,
  source: TallySource,
  previous: ElectionResult | null,
  earlierWinners: Set<string>,
  listChecks: Check[],
  problems: Problem[],
  integrity?: TallyIntegrity,
): ElectionResult {
  const congress = source.congress;
  const opinion = def.office === 'Xin ý kiến';
  const presentAtVote = def.presentAtVote ?? base.present;
  // A trust vote or an introduction changes a few points of the count (kinds.ts); an election none.
  const kind = ballotKind({ def, base, presentAtVote, roll: source.roll, people: source.people ?? null });
  const listNames = kind.list?.names ?? def.candidates;
  const checks = [...roundChecks(def, previous, earlierWinners, problems, kind.roundsFillOpenSeats), ...listChecks];
  const counts = countOf(def, congress, kind.list);
  const { denominator, steps } =
    kind.base(def.returned ?? counts.returned) ?? baseOf(def, base, congress, presentAtVote);
  problems.push(...kind.findings());
  const keyed = def.entryMode === 'Tổng hợp' ? (def.subtotals?.rows.length ?? 0) > 0 : def.ballots.length > 0;

  checks.push(...countChecks({ def, counted: counts.returned, presentAtVote, keyed }));
  // D = 0 (everyone convened excluded): `2 × votes > 0` would let one vote elect. Nothing can be
  // decided on such a base; the check shows it (issue 13). Listed only when it fails, so the
  // reports of every sound election are unchanged.
  // A trust vote's base is the ballots returned: 0 before any is keyed is the zero report.
  if (denominator <= 0 && (keyed || !kind.baseIsReturned))
    checks.push({ name: CHECK.denominatorPositive, expected: 1, actual: denominator, ok: false });
  if (def.entryMode === 'Tổng hợp' && def.subtotals) checks.push(...subtotalChecks(def.subtotals, def.seats, opinion));
  const differences = def.secondEntry ? doubleEntryDifferences(def.ballots, def.secondEntry, def.candidates) : [];
  if (def.secondEntry) {
    checks.push({
      name: CHECK.doubleEntryEqual,
      expected: 0,
      actual: differences.length,
      ok: differences.length === 0,
    });
  }
  const cross = crossCheckOf(def, counts, keyed, integrity, problems);
  if (cross) checks.push(cross.check);
  const blocked = checks.some((c) => !c.ok);
  const status: ElectionStatus | null = blocked ? 'blocked' : !keyed ? 'zero' : null;

  // Alternates need a majority unless the congress decided otherwise (QC244 only; QC190 Điều 18).
  const baseNeedsMajority = def.office !== 'Đại biểu dự khuyết' || congress.settings.alternatesNeedMajority;
  // The round after a tie follows `Bầu lại khi bằng phiếu` (regulations-2025 §1.4: Điều 30 not read).
  // An introduction's next round is the next step of its process, not a re-vote after a tie.
  const tieRevote =
    previous?.status === 'tie' && baseNeedsMajority && !opinion && kind.roundsFillOpenSeats
      ? congress.settings.tieRevote
      : null;
  const needsMajority = baseNeedsMajority && tieRevote !== 'Nhiều phiếu hơn';
  const winners =
    kind.outcome(counts.votes, denominator) ??
    decideWinners(counts.votes, { seats: def.seats, denominator, needsMajority, opinion });
  // Nothing is decided on a blocked count or before any ballot is keyed.
  const decided = status === null;
  const electedSet = new Set(decided ? winners.elected : []);
  const tiedSet = new Set(decided ? winners.tied : []);
  const candidates: CandidateResult[] = listNames.map((name, i) => ({
    name,
    votes: counts.votes[i],
    percentOfDenominator: percentOf(counts.votes[i], denominator),
    percentOfValid: counts.valid > 0 ? percentOf(counts.votes[i], counts.valid) : null,
    rank: decided && kind.ranks ? winners.rank[i] : null,
    elected: electedSet.has(i),
    tied: tiedSet.has(i),
    against: counts.against[i],
    noCount: counts.noCount[i],
    ...kind.candidate(i, counts.votes[i]),
  }));
  const names = (xs: number[]) => xs.map((i) => listNames[i]);
  const threshold =
    kind.threshold(denominator) ??
    (opinion ? opinionThreshold(denominator) : needsMajority ? majorityThreshold(denominator) : 1);
  // QC190 Điều 18: alternates from the same ballot (`Số dự khuyết`), once the official seats are
  // decided (not while they are tied).
  const fromBallot =
    def.alternateSeats !== null && def.office === 'Đại biểu chính thức'
      ? decided && winners.status !== 'tie'
        ? alternatesOf(counts.votes, winners.elected, { seats: def.alternateSeats, denominator })
        : { alternates: [], tied: [], equalVoteGroups: [] }
      : null;
  const orderTies =
    decided && def.office === 'Đại biểu dự khuyết'
      ? winners.equalVoteGroups.map(names)
      : fromBallot
        ? fromBallot.equalVoteGroups.map(names)
        : [];
  return {
    id: def.id,
    title: def.title,
    office: def.office,
    round: def.round,
    seats: def.seats,
    denominator,
    threshold,
    denominatorSteps: steps,
    present: presentAtVote,
    ballots: {
      issued: def.issued,
      returned: def.returned ?? counts.returned,
      valid: counts.valid,
      invalid: counts.invalid,
      invalidReasons: counts.invalidReasons,
    },
    candidates,
    elected: decided ? names(winners.elected) : [],
    status: status ?? winners.status,
    tied: decided ? names(winners.tied) : [],
    seatsOpen: decided ? winners.seatsOpen : opinion ? 0 : def.seats,
    // Alternates equal in votes: the order of substitution is the congress's to decide.
    orderTies,
    checks,
    differences,
    fingerprint: ballotFingerprint(def.candidates, def.ballots, def.entryMode === 'Tổng hợp' ? def.subtotals : null),
    ballotType: def.ballotType,
    previousRound: def.previousId,
    feeds: def.feeds,
    teams: counts.teams,
    convened: base.convened,
    absentAtVote: Math.max(0, base.convened - presentAtVote),
    tieRevote,
    ...(fromBallot ? { alternates: names(fromBallot.alternates), alternateTies: names(fromBallot.tied) } : {}),
    ...kind.fields(denominator, decided, decided ? names(winners.elected) : []),
    ...(cross ? { crossCheck: cross.entries } : {}),
  };
}

/**
 * The base of the percentages and of the threshold: D from the roll or the committee meeting;
 * for an opinion ballot, A per `Cơ sở xin ý kiến` (regulations §3.3, open point: present or convened).
 */
function baseOf(
  def: ElectionDef,
  base: MajorityBase,
  congress: Congress,
  presentAtVote: number,
): { denominator: number; steps: DenominatorStep[] } {
  if (def.office !== 'Xin ý kiến') return { denominator: base.denominator, steps: base.steps };
  const present = congress.settings.opinionBase === 'Có mặt';
  const denominator = present ? presentAtVote : base.convened;
  // In the words of the congress: members at a members' congress, delegates at a delegates' one.
  const who =
    def.voters !== null
      ? 'ủy viên'
      : congress.kind === 'Đại hội đại biểu'
        ? 'đại biểu chính thức'
        : 'đảng viên chính thức';
  const label = present ? `Số ${who} có mặt` : `Tổng số ${who} được triệu tập`;
  return { denominator, steps: [{ label, count: denominator }] };
}

/** Rounds: round n takes the open seats of round n−1, and nobody already elected stands again. */
function roundChecks(
  def: ElectionDef,
  previous: ElectionResult | null,
  earlierWinners: Set<string>,
  problems: Problem[],
  fillsOpenSeats = true,
): Check[] {
  if (!def.previousId) return [];
  const prevOk = previous !== null && previous.status !== 'blocked' && previous.status !== 'zero';
  const checks: Check[] = [
    {
      name: CHECK.previousRoundNotBlocked,
      expected: def.previousId,
      actual: previous ? previous.status : 'không có',
      ok: prevOk,
      cell: def.refs.round ?? def.refs.previous,
    },
  ];
  // A later round of an introduction is the next step of the process on its own list, not a
  // re-vote for the open seats: who was introduced before stands again.
  if (!fillsOpenSeats) return checks;
  if (prevOk && previous && def.seats !== previous.seatsOpen) {
    problems.push(
      inputError('BAD_SEATS', 'BAD_SEATS_ROUND', def.refs.seats, {
        id: def.id,
        seats: def.seats,
        previous: previous.id,
        open: previous.seatsOpen,
      }),
    );
  }
  def.candidates.forEach((name, i) => {
    if (earlierWinners.has(name)) {
      problems.push(
        inputError('BAD_ROUND', 'BAD_ROUND_WINNER_ON_LIST', def.candidateCells[i], {
          name,
          previous: def.previousId ?? '',
        }),
      );
    }
  });
  return checks;
}

/** The ballots counted: one by one (`Từng phiếu`) or the teams' subtotals (`Tổng hợp`). */
function countOf(def: ElectionDef, congress: Congress, list: CountedList | null): Counts {
  const listSize = list ? list.names.length : def.candidates.length;
  if (def.entryMode === 'Tổng hợp' && def.subtotals) return countSubtotals(def.subtotals, listSize);
  return countBallots(
    list ? list.ballots : def.ballots,
    { ballotType: def.ballotType, seats: def.seats, listSize, emptyBallotValid: congress.settings.emptyBallotValid },
    def.hasTeams,
  );
}
