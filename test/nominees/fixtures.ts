/** Hand-made plain data for the list-check and composition engines. */
import { type Congress } from '../../src/engine/model/congress';
import type { CandidateResult, ElectionResult, ElectionStatus } from '../../src/engine/model/results';
import type { ElectionDef, Office } from '../../src/engine/model/election';
import type { RollEntry } from '../../src/engine/model/roll';
import type { Person } from '../../src/engine/model/person';
import type { ListCheckInput } from '../../src/engine/nominees/context';
import { parseCongress } from '../../src/workbook/parse/congress';

export function congress(extra: [string, string][] = [], kind = 'Đại hội đại biểu'): Congress {
  const rows: [string, string][] = [
    ['Tổ chức đảng', 'Đảng bộ phường Ngọc Lâm'],
    ['Loại đại hội', kind],
    ['Ngày', '01/04/2025'],
    ...extra,
  ];
  const { congress: c, problems } = parseCongress(rows);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return c;
}

let row = 1;
export function election(opts: {
  id: string;
  office: Office;
  seats: number;
  candidates: string[];
  title?: string;
  previousId?: string;
  feeds?: string;
  round?: number;
  session?: 'Đại hội' | 'Hội nghị lần thứ nhất';
}): ElectionDef {
  row += 1;
  const sheet = `Phiếu ${opts.id}`;
  return {
    id: opts.id,
    title: opts.title ?? `Bầu ${opts.office}`,
    office: opts.office,
    seats: opts.seats,
    round: opts.round ?? 1,
    previousId: opts.previousId ?? null,
    issued: null,
    returned: null,
    presentAtVote: null,
    sheet,
    entryMode: 'Từng phiếu',
    ballotType: 'Gạch tên',
    voters: null,
    session: opts.session ?? 'Đại hội',
    feeds: opts.feeds ?? null,
    minutesNumber: null,
    countEnded: null,
    alternateSeats: null,
    candidates: opts.candidates,
    refs: { id: `'Bầu cử'!A${row}`, seats: `'Bầu cử'!D${row}` },
    candidateCells: opts.candidates.map((_, i) => `'${sheet}'!${String.fromCharCode(66 + i)}1`),
    ballots: [],
    subtotals: null,
    secondEntry: null,
    hasTeams: false,
  };
}

export function person(name: string, p: Partial<Person> = {}, r = 2): Person {
  return {
    name,
    birth: { date: { year: 1980, month: 1, day: 1 }, yearOnly: false },
    gender: 'Nam',
    ethnicity: 'Kinh',
    education: '',
    theory: '',
    incumbent: false,
    membership: 'Chính thức',
    source: null,
    givenName: null,
    cells: { name: `'Nhân sự'!A${r}`, membership: `'Nhân sự'!H${r}`, birth: `'Nhân sự'!B${r}` },
    ...p,
  };
}

export function born(date: string, yearOnly = false): Person['birth'] {
  const [d, m, y] = date.split('/').map(Number);
  return yearOnly
    ? { date: { year: Number(date), month: 1, day: 1 }, yearOnly: true }
    : { date: { year: y, month: m, day: d }, yearOnly: false };
}

export function result(
  def: ElectionDef,
  elected: string[],
  status: ElectionStatus = 'complete',
  votes: Record<string, number> = {},
  denominator = 100,
): ElectionResult {
  const candidates: CandidateResult[] = def.candidates.map((name) => ({
    name,
    votes: votes[name] ?? 0,
    percentOfDenominator: 0,
    percentOfValid: null,
    rank: null,
    elected: elected.includes(name),
    tied: false,
    against: 0,
    noCount: 0,
  }));
  return {
    id: def.id,
    title: def.title,
    office: def.office,
    round: def.round,
    seats: def.seats,
    denominator,
    threshold: 0,
    denominatorSteps: [],
    present: denominator,
    ballots: { issued: null, returned: 0, valid: 0, invalid: 0, invalidReasons: {} },
    candidates,
    elected,
    status,
    tied: [],
    seatsOpen: def.seats - elected.length,
    orderTies: [],
    checks: [],
    differences: [],
    fingerprint: '',
    ballotType: def.ballotType,
    previousRound: def.previousId,
    feeds: def.feeds,
    teams: [],
    convened: denominator,
    absentAtVote: 0,
    tieRevote: null,
  };
}

export function names(n: number, prefix = 'Nguyễn Văn'): string[] {
  // Given names already in A-B-C order, so ballot order raises nothing.
  const given = [
    'An',
    'Bình',
    'Chi',
    'Cường',
    'Dũng',
    'Đức',
    'Giang',
    'Hà',
    'Hải',
    'Hùng',
    'Khánh',
    'Lâm',
    'Long',
    'Minh',
    'Nam',
    'Ngọc',
    'Phong',
    'Phúc',
    'Quang',
    'Sơn',
    'Tâm',
    'Thành',
    'Thắng',
    'Trung',
    'Tuấn',
    'Việt',
    'Vinh',
    'Xuân',
    'Yên',
  ];
  if (n > given.length) throw new Error('too many');
  return given.slice(0, n).map((g) => `${prefix} ${g}`);
}

export function input(p: Partial<ListCheckInput>): ListCheckInput {
  return { congress: congress(), roll: null, counters: null, elections: [], people: [], results: null, ...p };
}

export function roll(official: number, extra: Partial<RollEntry>[] = []): RollEntry[] {
  const rows: RollEntry[] = [];
  for (let i = 0; i < official; i++)
    rows.push({
      name: `Đảng viên ${i + 1}`,
      unit: '',
      standing: 'Chính thức',
      status: 'Có mặt',
      cell: `'Đại biểu'!D${i + 2}`,
    });
  for (const e of extra)
    rows.push({
      name: 'X',
      unit: '',
      standing: 'Chính thức',
      status: 'Có mặt',
      cell: `'Đại biểu'!D${rows.length + 2}`,
      ...e,
    });
  return rows;
}
