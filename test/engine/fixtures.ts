import type { BallotRecord, Mark } from '../../src/engine/model/ballots';
import type { ElectionDef } from '../../src/engine/model/election';
import type { RollEntry, RollStatus, Standing } from '../../src/engine/model/roll';
import { type Congress } from '../../src/engine/model/congress';
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/model/settings';

export function congress(kind: Congress['kind'] = 'Đại hội đảng viên', settings: Partial<Settings> = {}): Congress {
  return {
    superior: 'ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG',
    organisation: 'Chi bộ 1',
    kind,
    level: 'Chi bộ',
    ordinal: 'X',
    term: '2025 - 2027',
    place: 'Long Biên',
    date: { year: 2025, month: 5, day: 19 },
    ruleSet: '190-QĐ/TW',
    ageBands: [35, 50],
    ageReferenceDate: null,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    given: new Set(),
    refs: {},
  };
}

export function person(
  name: string,
  standing: Standing,
  status: RollStatus = 'Có mặt',
  unit = 'Chi bộ 1',
  row = 1,
): RollEntry {
  return { name, unit, standing, status, cell: `'Đại biểu'!D${row + 1}` };
}

/** A roll of `n` rows of one standing and status. */
export function people(
  n: number,
  standing: Standing,
  status: RollStatus = 'Có mặt',
  unit = 'Chi bộ 1',
  prefix = 'Người',
): RollEntry[] {
  return Array.from({ length: n }, (_, i) =>
    person(`${prefix} ${standing} ${status} ${unit} ${i + 1}`, standing, status, unit, i),
  );
}

/** One mark from its character: '.' = blank, 'x', '1' '2' '3' (trust levels), anything else '-'. */
function markOfChar(c: string): Mark {
  if (c === '.') return '';
  if (c === 'x' || c === '1' || c === '2' || c === '3') return c;
  return '-';
}

/** Ballots from strings: one char per candidate, '.' = blank, 'x', '-', '1'–'3'; a `|ruling` suffix. */
export function ballots(rows: string[], sheet = 'Phiếu T'): BallotRecord[] {
  return rows.map((text, r) => {
    const [marksText, ruling] = text.split('|');
    const marks = [...marksText].map(markOfChar);
    return {
      number: String(r + 1),
      team: null,
      marks,
      ruling: ruling ?? null,
      row: r + 1,
      markCells: marks.map((_, c) => `'${sheet}'!${String.fromCharCode(66 + c)}${r + 2}`),
      rulingCell: null,
    };
  });
}

export function election(over: Partial<ElectionDef> & { candidates: string[] }): ElectionDef {
  const seats = over.seats ?? 1;
  return {
    id: 'T',
    title: 'Bầu thử',
    office: 'Ban Chấp hành',
    seats,
    round: 1,
    previousId: null,
    issued: null,
    returned: null,
    presentAtVote: null,
    sheet: 'Phiếu T',
    entryMode: 'Từng phiếu',
    ballotType: over.candidates.length > seats ? 'Gạch tên' : 'Đồng ý/Không đồng ý',
    voters: null,
    session: 'Đại hội',
    feeds: null,
    minutesNumber: null,
    countEnded: null,
    alternateSeats: null,
    refs: {
      seats: "'Bầu cử'!D2",
      issued: "'Bầu cử'!G2",
      returned: "'Bầu cử'!H2",
      round: "'Bầu cử'!E2",
    },
    candidateCells: over.candidates.map((_, i) => `'Phiếu T'!${String.fromCharCode(66 + i)}1`),
    ballots: [],
    subtotals: null,
    secondEntry: null,
    hasTeams: false,
    ...over,
  };
}
