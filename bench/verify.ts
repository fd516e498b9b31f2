/**
 * `npm run bench:verify` (issue 12): the tally against an independent, deliberately plain recount
 * written from WORKBOOK.md alone, over at least 10,000,000 generated ballot positions (ballots ×
 * names). The recount reads nothing of the engine but the canonical ballot data the fingerprint is
 * made from — parsed back from its text — and decides validity, votes, reasons, the winners, ties,
 * ranks and percentages itself; the fingerprint is checked with node:crypto's SHA-256 against the
 * engine's own (which the pane uses in the browser), and shuffled rows must give the same one.
 *
 * Every shape of ballot is generated, those whose reading WORKBOOK.md version 2 settled included
 * (a struck single-name strike-through ballot, `-` on every name, no `Đồng ý` with some `-`); the
 * report counts them. Environment: VERIFY_POSITIONS (default 10,000,000), VERIFY_SEED.
 * Exit status 1 on any discrepancy.
 */
import { createHash } from 'crypto';
import * as os from 'os';
import { tallyElections } from '../src/engine/tally/tally';
import { isSecondLook } from '../src/engine/tally/plausibility';
import { canonicalBallotData } from '../src/engine/tally/fingerprint';
import type { BallotRecord, Mark } from '../src/engine/model/ballots';
import type { BallotType, ElectionDef, Office } from '../src/engine/model/election';
import type { Congress } from '../src/engine/model/congress';
import type { ElectionResult } from '../src/engine/model/results';
import { DEFAULT_SETTINGS } from '../src/engine/model/settings';
import { mulberry32, type Random } from '../src/examples/random';

// ---------------------------------------------------------------------------------------------
// The recount, from the contract (WORKBOOK.md "Marks", "Invalid ballots", "Results, statuses and
// checks", "Readings settled"). Nothing here comes from src/ but the type of the engine's result.

/** Forgiving match of a reason: NFC, trimmed, spaces collapsed, case and accents ignored, đ = d. */
function key(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

interface Recount {
  valid: number;
  invalid: number;
  reasons: Map<string, number>;
  votes: number[];
  elected: string[];
  tied: string[];
  rank: number[];
  status: string;
  seatsOpen: number;
  percentOfD: number[];
  percentOfValid: (number | null)[];
}

interface Rules {
  ballotType: BallotType;
  seats: number;
  emptyValid: boolean;
  opinion: boolean;
  denominator: number;
}

/** Half up of 10000 × part / whole, divided by 100, in exact integers. */
function percent(part: number, whole: number): number {
  if (whole === 0) return 0;
  const n = 2n * 10000n * BigInt(part) + BigInt(whole);
  return Number(n / (2n * BigInt(whole))) / 100;
}

function recount(canonical: string, rules: Rules): Recount {
  const lines = canonical.split('\n');
  if (lines[0] !== 'dai-hoi ballot data v1') throw new Error('unknown canonical data');
  const candidates = JSON.parse(lines[1]) as string[];
  const n = candidates.length;
  const votes = new Array<number>(n).fill(0);
  const reasons = new Map<string, number>();
  let valid = 0;
  let invalid = 0;
  const reject = (reason: string) => {
    invalid++;
    reasons.set(key(reason), (reasons.get(key(reason)) ?? 0) + 1);
  };
  for (const line of lines.slice(2)) {
    const [, , marks, ruling] = JSON.parse(line) as [string, string, string, string];
    if (ruling) {
      reject(ruling);
      continue;
    }
    const kept = [...marks].filter((m) => m === '.').length;
    const struck = [...marks].filter((m) => m === 'x').length;
    if (rules.ballotType === 'Đồng ý/Không đồng ý' && n === 1 && marks === '-') {
      reject('Không đánh dấu hoặc đánh dấu cả hai ô');
      continue;
    }
    if (rules.ballotType !== 'Xin ý kiến' && n >= 2) {
      if (kept > rules.seats) {
        reject('Bầu quá số lượng cần bầu');
        continue;
      }
      // Nobody: every name struck (strike-through) or disagreed with `x` (agree/disagree).
      if (struck === n && !rules.emptyValid) {
        reject('Không bầu ai');
        continue;
      }
    }
    valid++;
    [...marks].forEach((m, i) => {
      if (m === '.') votes[i]++;
    });
  }
  // Winners.
  const order = votes.map((_, i) => i).sort((a, b) => votes[b] - votes[a] || a - b);
  const rank = votes.map((v) => 1 + votes.filter((w) => w > v).length);
  const passes = (v: number) => (rules.opinion ? 10 * v > 3 * rules.denominator : 2 * v > rules.denominator);
  const qualified = order.filter((i) => passes(votes[i]));
  let elected: number[];
  let tied: number[] = [];
  if (rules.opinion || qualified.length <= rules.seats) elected = qualified;
  else {
    const last = votes[qualified[rules.seats - 1]];
    const next = votes[qualified[rules.seats]];
    if (last === next) {
      tied = qualified.filter((i) => votes[i] === last);
      elected = qualified.filter((i) => votes[i] > last);
    } else elected = qualified.slice(0, rules.seats);
  }
  const seatsOpen = rules.opinion ? 0 : rules.seats - elected.length;
  const zero = lines.length === 2;
  return {
    valid,
    invalid,
    reasons,
    votes,
    elected: zero ? [] : elected.map((i) => candidates[i]),
    tied: zero ? [] : tied.map((i) => candidates[i]),
    rank,
    status: zero ? 'zero' : tied.length ? 'tie' : seatsOpen > 0 ? 'shortfall' : 'complete',
    seatsOpen: zero ? (rules.opinion ? 0 : rules.seats) : seatsOpen,
    percentOfD: votes.map((v) => percent(v, rules.denominator)),
    percentOfValid: votes.map((v) => (valid > 0 ? percent(v, valid) : null)),
  };
}

// ---------------------------------------------------------------------------------------------
// Generated elections.

const RULINGS = [
  'Rách',
  'rách',
  ' RÁCH ',
  'Không do Ban kiểm phiếu phát ra',
  'không do  ban kiểm phiếu phát ra',
  'Có ký hiệu riêng',
];

/** Ballots of the shapes the contract's "Readings settled" speak of, counted for the report. */
type Shape = 'singleStruck' | 'allNoCount' | 'noAgreeMixed' | 'allStruck' | 'ruling';

interface Generated {
  def: ElectionDef;
  rules: Rules;
  shapes: Map<Shape, number>;
  positions: number;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function generate(random: Random, index: number): Generated {
  const r = random();
  const ballotType: BallotType = r < 0.45 ? 'Gạch tên' : r < 0.8 ? 'Đồng ý/Không đồng ý' : 'Xin ý kiến';
  const opinion = ballotType === 'Xin ý kiến';
  const n =
    ballotType === 'Gạch tên'
      ? random() < 0.1
        ? 1
        : int(random, 2, 40)
      : ballotType === 'Xin ý kiến'
        ? int(random, 1, 20)
        : int(random, 1, 15);
  const seats = opinion ? 0 : ballotType === 'Gạch tên' ? int(random, 1, Math.max(1, n - 1)) : int(random, 1, n + 1);
  const size = random();
  const count = size < 0.02 ? 0 : size < 0.3 ? int(random, 1, 30) : int(random, 1, 900);
  // Names marked alike on every ballot: equal votes, so ties at the cut line happen.
  const twins = n >= 2 && random() < 0.4 ? [int(random, 0, n - 1), int(random, 0, n - 1)] : null;
  const emptyValid = random() < 0.2;
  const popularity = Array.from({ length: n }, () => 0.05 + random() * 0.9);
  const names = Array.from({ length: n }, (_, i) => `Ứng cử viên ${index}-${i + 1}`);
  const shapes = new Map<Shape, number>();
  const seen = (shape: Shape) => shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  const teamForm = random() < 0.2;
  const ballots: BallotRecord[] = [];
  for (let b = 0; b < count; b++) {
    const marks: Mark[] = popularity.map((p) => {
      if (random() < p) return '';
      if (ballotType === 'Gạch tên') return 'x';
      return random() < 0.8 ? 'x' : '-';
    });
    if (twins) marks[twins[1]] = marks[twins[0]];
    const shape = random();
    if (shape < 0.03) marks.fill(ballotType === 'Gạch tên' || random() < 0.7 ? 'x' : '-');
    else if (shape < 0.05) marks.fill('');
    else if (!opinion && random() < 0.85) {
      // Most voters keep to the seats: strike (or disagree with) kept names at random.
      let kept = marks.filter((m) => m === '').length;
      while (kept > seats) {
        const i = Math.floor(random() * n);
        if (marks[i] === '') {
          marks[i] = 'x';
          kept--;
        }
      }
    }
    const ruling = random() < 0.03 ? pick(random, RULINGS) : null;
    if (ruling) seen('ruling');
    else if (!opinion) {
      const agreed = marks.filter((m) => m === '').length;
      if (ballotType === 'Gạch tên' && n === 1 && marks[0] === 'x') seen('singleStruck');
      if (n >= 2 && marks.every((m) => m === 'x')) seen('allStruck');
      if (ballotType === 'Đồng ý/Không đồng ý' && n >= 2 && agreed === 0) {
        if (marks.every((m) => m === '-')) seen('allNoCount');
        else if (marks.some((m) => m === '-')) seen('noAgreeMixed');
      }
    }
    const number = teamForm ? `${1 + (b % 3)}-${1 + Math.floor(b / 3)}` : String(b + 1);
    ballots.push({ number, team: null, marks, ruling, row: b + 1, markCells: [], rulingCell: null });
  }
  // Rows in any order: the count and the fingerprint must not care.
  for (let i = ballots.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ballots[i], ballots[j]] = [ballots[j], ballots[i]];
  }
  const office: Office = opinion ? 'Xin ý kiến' : 'Chi ủy';
  const def: ElectionDef = {
    id: `E${index}`,
    title: `Bầu thử ${index}`,
    office,
    seats,
    round: 1,
    previousId: null,
    issued: null,
    returned: null,
    presentAtVote: null,
    sheet: `Phiếu E${index}`,
    entryMode: 'Từng phiếu',
    ballotType,
    voters: 1,
    session: 'Đại hội',
    feeds: null,
    minutesNumber: null,
    countEnded: null,
    alternateSeats: null,
    refs: {},
    candidateCells: names.map(() => ''),
    candidates: names,
    ballots,
    subtotals: null,
    secondEntry: null,
    hasTeams: false,
  };
  return { def, rules: { ballotType, seats, emptyValid, opinion, denominator: 1 }, shapes, positions: count * n };
}

/** A base right at the boundary of someone's votes (2v − 1, 2v, 2v + 1; for A around 10v/3), or anywhere. */
function boundaryBase(random: Random, votes: number[], opinion: boolean, ballots: number): number {
  const v = votes.length ? pick(random, votes) : 0;
  const s = random();
  if (s < 0.6) {
    const base = opinion ? Math.floor((10 * v) / 3) : 2 * v;
    return Math.max(1, base + int(random, -1, 1));
  }
  return Math.max(1, int(random, ballots, 2 * ballots + 2));
}

const CONGRESS: Congress = {
  superior: '',
  organisation: 'Chi bộ thử',
  kind: 'Đại hội đảng viên',
  level: 'Chi bộ',
  ordinal: '',
  term: '',
  place: '',
  date: null,
  ruleSet: '190-QĐ/TW',
  ageBands: [35, 50],
  ageReferenceDate: null,
  settings: DEFAULT_SETTINGS,
  given: new Set(),
  refs: {},
};

// ---------------------------------------------------------------------------------------------

function differences(result: ElectionResult, expected: Recount): string[] {
  const out: string[] = [];
  const eq = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      out.push(`${what}: tally ${JSON.stringify(a)} ≠ recount ${JSON.stringify(b)}`);
  };
  eq('valid', result.ballots.valid, expected.valid);
  eq('invalid', result.ballots.invalid, expected.invalid);
  eq(
    'votes',
    result.candidates.map((c) => c.votes),
    expected.votes,
  );
  const reasons = new Map<string, number>();
  for (const [label, count] of Object.entries(result.ballots.invalidReasons)) reasons.set(key(label), count);
  eq('reasons', [...reasons].sort(), [...expected.reasons].sort());
  eq('elected', result.elected, expected.elected);
  eq('tied', result.tied, expected.tied);
  eq('status', result.status, expected.status);
  eq('seatsOpen', result.seatsOpen, expected.seatsOpen);
  if (result.status !== 'zero')
    eq(
      'rank',
      result.candidates.map((c) => c.rank),
      expected.rank,
    );
  eq(
    'percentOfDenominator',
    result.candidates.map((c) => c.percentOfDenominator),
    expected.percentOfD,
  );
  eq(
    'percentOfValid',
    result.candidates.map((c) => c.percentOfValid),
    expected.percentOfValid,
  );
  return out;
}

export interface VerifySummary {
  positions: number;
  ballots: number;
  elections: number;
  /** Discrepancies: must be 0. */
  failures: number;
  /** The first few, described. */
  examples: string[];
  /** Ballots of each settled shape generated (the recount reads them as the contract settles them). */
  shapes: Map<string, number>;
  byStatus: Map<string, number>;
  boundary: number;
  seconds: number;
}

/** Generates and compares until `positions` ballot positions are counted. */
export function verify(opts: { positions: number; seed: number }): VerifySummary {
  const random = mulberry32(opts.seed);
  const summary: VerifySummary = {
    positions: 0,
    ballots: 0,
    elections: 0,
    failures: 0,
    examples: [],
    shapes: new Map(),
    byStatus: new Map(),
    boundary: 0,
    seconds: 0,
  };
  const started = process.hrtime.bigint();
  while (summary.positions < opts.positions) {
    const g = generate(random, summary.elections);
    const settings = { ...DEFAULT_SETTINGS, emptyBallotValid: g.rules.emptyValid };
    const canonical = canonicalBallotData(g.def.candidates, g.def.ballots, null);
    // D (or A) at a boundary of the recount's own votes, so that 2 × votes = D happens often.
    const first = recount(canonical, g.rules);
    const base = boundaryBase(random, first.votes, g.rules.opinion, g.def.ballots.length);
    const rules = { ...g.rules, denominator: base };
    const def = { ...g.def, voters: base };
    const { results, problems } = tallyElections({
      congress: { ...CONGRESS, settings },
      roll: null,
      elections: [def],
    });
    const result = results[0];
    const expected = recount(canonical, rules);
    // Issue 11's second looks (many invalid ballots, rows alike) are what random ballots give and
    // change no figure; anything else the tally says is a failure of the generated election.
    const unexpected = problems.filter((p) => !isSecondLook(p.code));
    const found = unexpected.length
      ? [`problems: ${unexpected.map((p) => p.code).join(', ')}`]
      : differences(result, expected);
    // The fingerprint: node:crypto against the engine's own SHA-256; shuffled rows, the same one.
    const sha = createHash('sha256').update(canonical, 'utf8').digest('hex');
    if (sha !== result.fingerprint) found.push(`fingerprint: engine ${result.fingerprint} ≠ node:crypto ${sha}`);
    if (summary.elections % 10 === 0) {
      const reversed = canonicalBallotData(g.def.candidates, [...g.def.ballots].reverse(), null);
      if (reversed !== canonical) found.push('canonical data depends on row order');
    }
    if (found.length) {
      summary.failures++;
      if (summary.examples.length < 5)
        summary.examples.push(
          `${def.id} (${def.ballotType}, ${def.candidates.length} names, ${def.seats} seats, D ${base}): ${found.join('; ')}`,
        );
    }
    for (const [shape, count] of g.shapes) summary.shapes.set(shape, (summary.shapes.get(shape) ?? 0) + count);
    if (result.candidates.some((c) => (g.rules.opinion ? 10 * c.votes === 3 * base : 2 * c.votes === base)))
      summary.boundary++;
    summary.byStatus.set(result.status, (summary.byStatus.get(result.status) ?? 0) + 1);
    summary.positions += g.positions;
    summary.ballots += g.def.ballots.length;
    summary.elections++;
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}

export async function run(): Promise<number> {
  const seed = Number(process.env.VERIFY_SEED ?? 2026);
  const s = verify({ positions: Number(process.env.VERIFY_POSITIONS ?? 10_000_000), seed });
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  const fmt = (x: number) => x.toLocaleString('en-US');
  for (const e of s.examples) process.stdout.write(`DISCREPANCY in ${e}\n`);
  process.stdout.write(
    [
      `positions ${fmt(s.positions)} (ballots × names) in ${fmt(s.elections)} elections, ${fmt(s.ballots)} ballots; seed ${seed}`,
      `statuses: ${[...s.byStatus].map(([k, c]) => `${k} ${fmt(c)}`).join(', ')}; elections with someone exactly at the boundary (2 × votes = D, 10 × votes = 3A): ${fmt(s.boundary)}`,
      `ballots of the settled shapes: ${[...s.shapes].map(([k, c]) => `${k} ${fmt(c)}`).join(', ')}`,
      `discrepancies: ${s.failures}`,
      `time ${s.seconds.toFixed(1)} s: ${fmt(Math.round(s.positions / s.seconds))} positions per second (tally, recount, both fingerprints); load average ${load} on ${os.cpus().length} cores`,
      '',
    ].join('\n'),
  );
  return s.failures === 0 ? 0 : 1;
}

if (require.main === module) {
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
