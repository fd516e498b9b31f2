/**
 * What the list checks read: the congress, the roll, the counting committee, the elections with
 * their lists, the `Nhân sự` facts and, when ballots are keyed, the tally results.
 */
import type { Congress } from '../model/congress';
import { labelKey, personName } from '../text/normalize';
import type { CounterEntry, RollEntry } from '../model/roll';
import type { ElectionDef, Office } from '../model/election';
import type { ElectionResult } from '../model/results';
import type { Person } from '../model/person';

export interface ListCheckInput {
  congress: Congress;
  roll: RollEntry[] | null;
  counters: CounterEntry[] | null;
  elections: ElectionDef[];
  /** `Nhân sự` rows; null when the sheet is absent. */
  people: Person[] | null;
  /** Tally results by election, when the ballots have been tallied. */
  results: ElectionResult[] | null;
}

/** Lists of the executive committee: surplus rules, ages, composition `Tái cử`. */
export const COMMITTEE_OFFICES: Office[] = ['Ban Chấp hành', 'Chi ủy'];
/** Lists under the surplus rule of 190-QĐ/TW Điều 14 khoản 1 (committee and standing committee). */
export const SURPLUS_OFFICES: Office[] = ['Ban Chấp hành', 'Chi ủy', 'Ban Thường vụ'];

/** Lookups shared by the checks. */
export class ListContext {
  readonly peopleByName = new Map<string, Person>();
  readonly peopleByKey = new Map<string, Person>();
  readonly rollByName = new Map<string, RollEntry>();
  readonly resultsById = new Map<string, ElectionResult>();
  readonly electionsById = new Map<string, ElectionDef>();

  constructor(readonly input: ListCheckInput) {
    for (const p of input.people ?? []) {
      const name = personName(p.name);
      if (!this.peopleByName.has(name)) this.peopleByName.set(name, p);
      const key = labelKey(p.name);
      if (!this.peopleByKey.has(key)) this.peopleByKey.set(key, p);
    }
    for (const r of input.roll ?? []) {
      const name = personName(r.name);
      if (!this.rollByName.has(name)) this.rollByName.set(name, r);
    }
    for (const r of input.results ?? []) this.resultsById.set(r.id.toUpperCase(), r);
    for (const e of input.elections) this.electionsById.set(e.id.toUpperCase(), e);
  }

  get ruleSet(): string {
    return this.input.congress.ruleSet;
  }

  person(name: string): Person | undefined {
    return this.peopleByName.get(personName(name));
  }

  result(id: string): ElectionResult | undefined {
    return this.resultsById.get(id.toUpperCase());
  }

  election(id: string): ElectionDef | undefined {
    return this.electionsById.get(id.toUpperCase());
  }

  /** The rounds of the body an election starts (round 1 and every later round linked to it). */
  chainFrom(first: ElectionDef): ElectionDef[] {
    const chain = [first];
    for (;;) {
      const last = chain[chain.length - 1];
      const next = this.input.elections.find(
        (e) => e.previousId !== null && e.previousId.toUpperCase() === last.id.toUpperCase() && !chain.includes(e),
      );
      if (!next) return chain;
      chain.push(next);
    }
  }

  /** Round-1 elections (every body's first row). */
  firstRounds(office?: Office): ElectionDef[] {
    return this.input.elections.filter((e) => e.previousId === null && (office === undefined || e.office === office));
  }

  /**
   * The people elected to a body over all its rounds, or null when that cannot be known yet (a
   * round not counted, blocked, or never tallied).
   */
  electedOver(first: ElectionDef): string[] | null {
    const elected: string[] = [];
    for (const round of this.chainFrom(first)) {
      const result = this.result(round.id);
      if (!result || result.status === 'zero' || result.status === 'blocked') return null;
      elected.push(...result.elected);
    }
    return elected;
  }

  /** Status of the last tallied round of a body (null when none is tallied). */
  lastStatusOf(first: ElectionDef): ElectionResult['status'] | null {
    const chain = this.chainFrom(first);
    const result = this.result(chain[chain.length - 1].id);
    return result ? result.status : null;
  }
}

/** `"Bầu Ban Chấp hành" (BCH)`, the `{list}` parameter of every message. */
export function listLabel(election: ElectionDef): string {
  return election.title ? `"${election.title}" (${election.id})` : election.id;
}

/** The cell a list-level finding points at: the election's `Số lượng cần bầu` (WORKBOOK.md). */
export function seatsCell(election: ElectionDef): string | undefined {
  return election.refs.seats ?? election.refs.id;
}
