/**
 * Shared pieces of the example congresses: the people of `Nhân sự`, the rows of `Bầu cử` and the
 * ballot sheets, laid out with the template's own sheet plans.
 */
import { ballotOrder } from '../engine/text/collate';
import { dayNumber } from '../engine/text/format';
import type { BallotType, Office, Session } from '../engine/model/election';
import type { PlanValue, SheetPlan } from '../workbook/sheetPlan';
import {
  BALLOT_NUMBER_HEADER,
  BALLOT_RULING_HEADER,
  BALLOT_TEAM_HEADER,
  ballotSheetPlan,
  ELECTION_HEADERS,
  personnelSheetPlan,
} from '../workbook/render/template';
import { type BallotPlan, type CandidateTarget, generateBallots } from './ballots';
import type { Random } from './random';
import type { Gender } from './names';
import { defaultBallotSheetName } from '../workbook/sheetNames';

/** One row of `Nhân sự`. */
export interface Person {
  name: string;
  gender: Gender;
  /** `dd/mm/yyyy`, typed as text as the template asks. */
  birth: string;
  ethnicity: string;
  education: 'Trên đại học' | 'Cao đẳng, đại học' | 'Trung cấp';
  theory: 'Cao cấp' | 'Trung cấp' | 'Sơ cấp' | '';
  incumbent: boolean;
  source: 'Cấp ủy giới thiệu' | 'Đại hội đề cử' | 'Ứng cử';
}

/** `Danh sách bầu`: the codes of the elections whose list holds the person (`BCH, DB`). */
export function listsOf(name: string, elections: ElectionSpec[]): string | null {
  const codes = elections.filter((e) => e.ballots.candidates.some((c) => c.name === name)).map((e) => e.id);
  return codes.length ? codes.join(', ') : null;
}

export function personnelPlan(people: Person[], elections: ElectionSpec[]): SheetPlan {
  return personnelSheetPlan(
    people.map((p) => [
      p.name,
      p.birth,
      p.gender,
      p.ethnicity,
      p.education,
      p.theory || null,
      p.incumbent ? 'x' : null,
      'Chính thức',
      p.source,
      null,
      listsOf(p.name, elections),
    ]),
  );
}

function birthDay(birth: string): number {
  const [d, m, y] = birth.split('/').map(Number);
  return dayNumber({ year: y, month: m, day: d });
}

/** An election: its `Bầu cử` row and what its ballots must count. */
export interface ElectionSpec {
  id: string;
  title: string;
  office: Office;
  /** Null for `Xin ý kiến`. */
  seats: number | null;
  issued: number;
  returned: number;
  presentAtVote?: number;
  /** Written only when it differs from the default the contract would choose. */
  ballotType?: BallotType;
  voters?: number;
  session?: Session;
  feeds?: string;
  /** Text (`01`), as the number is printed; a number stays a number. */
  minutesNumber?: number | string;
  countEnded?: string;
  /** A later round (`Lần bầu`) and the `Mã` of the round before it (`Vòng trước`). */
  round?: number;
  previous?: string;
  /** `Số dự khuyết` on an official delegates' row: alternates from the same ballot. */
  alternateSeats?: number;
  /** Counting teams: the pile is split in this many consecutive parts (a `Tổ` column). */
  teams?: number;
  /** The ballots: votes per candidate (any order; the sheet uses the ballot order) and invalid ones. */
  ballots: Omit<BallotPlan, 'type' | 'seats' | 'candidates'> & { candidates: CandidateTarget[] };
}

export const sheetOf = (e: ElectionSpec): string => defaultBallotSheetName(e.id);

/** The type the engine applies: given, else `Gạch tên` when candidates > seats (WORKBOOK.md). */
function effectiveType(e: ElectionSpec): BallotType {
  if (e.ballotType) return e.ballotType;
  if (e.office === 'Xin ý kiến') return 'Xin ý kiến';
  return e.ballots.candidates.length > (e.seats ?? 0) ? 'Gạch tên' : 'Đồng ý/Không đồng ý';
}

export function electionRow(e: ElectionSpec): PlanValue[] {
  const cells: Record<(typeof ELECTION_HEADERS)[number], PlanValue> = {
    Mã: e.id,
    'Cuộc bầu cử': e.title,
    'Chức danh': e.office,
    'Số lượng cần bầu': e.seats,
    'Lần bầu': e.office === 'Xin ý kiến' ? null : (e.round ?? 1),
    'Vòng trước': e.previous ?? null,
    'Phiếu phát ra': e.issued,
    'Phiếu thu vào': e.returned,
    'Có mặt lúc bầu': e.presentAtVote ?? null,
    'Trang phiếu': sheetOf(e),
    'Hình thức nhập': 'Từng phiếu',
    'Loại phiếu': e.ballotType ?? null,
    'Số người bầu': e.voters ?? null,
    Phiên: e.session ?? 'Đại hội',
    'Cho cuộc bầu': e.feeds ?? null,
    'Số biên bản': e.minutesNumber ?? null,
    'Kết thúc kiểm phiếu': e.countEnded ?? null,
    'Số dự khuyết': e.alternateSeats ?? null,
  };
  return ELECTION_HEADERS.map((h) => cells[h]);
}

/**
 * The ballot sheet of an election: the header is the list in ballot order (given name, family
 * name, middle names, then birth date — regulations §3.6), one row per ballot of the pile.
 */
export function ballotSheet(e: ElectionSpec, people: Map<string, Person>, random: Random): SheetPlan {
  const ordered = ballotOrder(
    e.ballots.candidates.map((c) => {
      const person = people.get(c.name);
      return { ...c, birthDay: person ? birthDay(person.birth) : null };
    }),
  );
  const type = effectiveType(e);
  const ballots = generateBallots({ ...e.ballots, type, seats: e.seats ?? 0, candidates: ordered }, random);
  const teams = e.teams ?? 0;
  const header = [
    BALLOT_NUMBER_HEADER,
    ...(teams ? [BALLOT_TEAM_HEADER] : []),
    ...ordered.map((c) => c.name),
    BALLOT_RULING_HEADER,
  ];
  const perTeam = Math.ceil(ballots.length / Math.max(1, teams));
  const rows = ballots.map((b, i): PlanValue[] => [
    i + 1,
    ...(teams ? [Math.floor(i / perTeam) + 1] : []),
    ...b.marks.map((m) => m || null),
    b.ruling,
  ]);
  if (ballots.length !== e.returned)
    throw new Error(`example ${e.id}: ${ballots.length} ballots keyed, ${e.returned} returned`);
  return ballotSheetPlan(sheetOf(e), header, rows);
}
