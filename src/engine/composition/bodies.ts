/**
 * The bodies whose composition is reported (WORKBOOK.md: "the winners of every round of that
 * `Chức danh`, under round 1's `Mã`"), the candidate lists (`--lists`), and the targets
 * (`TARGET_MISSED`, regulations.md §8) computed exactly and independently of the age bands.
 */
import type { Congress } from '../model/congress';
import type { Problem } from '../findings/finding';
import { formatPercentVi } from '../text/format';
import { percentOf } from '../text/percent';
import { personName } from '../text/normalize';
import { INTRODUCTION, TRUST_VOTE, type ElectionDef, type Office } from '../model/election';
import type { ElectionResult } from '../model/results';
import type { Person } from '../model/person';
import { COMMITTEE_OFFICES, ListContext, listLabel, seatsCell } from '../nominees/context';
import { composeBody, fullAge } from './composeBody';
import type { Dimension } from './types';
import { finding } from '../findings/finding';
import { ageReference } from '../rules/ageReference';

export interface CompositionInput {
  congress: Congress;
  elections: ElectionDef[];
  results: ElectionResult[] | null;
  people: Person[] | null;
}

export interface BodyComposition {
  /** Round 1's `Mã` (elected bodies) or the election's own `Mã` (lists). */
  id: string;
  office: Office;
  title: string;
  members: string[];
  dimensions: Dimension[];
  /** True for a candidate list (`--lists`). */
  list: boolean;
}

const TARGET_RULE = 'Chỉ thị 35-CT/TW (2019); Chỉ thị 45-CT/TW (2025)';

function optionsFor(congress: Congress, office: Office) {
  return {
    ageBands: congress.ageBands,
    referenceDate: ageReference(congress).date,
    committee: COMMITTEE_OFFICES.includes(office),
  };
}

/** The winners of every counted round of each body, in round order. */
export function electedBodies(input: CompositionInput): { bodies: BodyComposition[]; notes: Problem[] } {
  const ctx = new ListContext({
    congress: input.congress,
    roll: null,
    counters: null,
    elections: input.elections,
    people: input.people,
    results: input.results,
  });
  const bodies: BodyComposition[] = [];
  const notes: Problem[] = [];
  for (const first of ctx.firstRounds()) {
    // Opinion ballots, trust votes and introductions elect no body (version 2).
    if (first.office === 'Xin ý kiến' || first.office === TRUST_VOTE || first.office === INTRODUCTION) continue;
    const members: string[] = [];
    for (const round of ctx.chainFrom(first)) {
      const result = ctx.result(round.id);
      if (result && result.status !== 'blocked' && result.status !== 'zero') members.push(...result.elected);
    }
    if (members.length === 0) {
      notes.push(
        finding('info', 'COMPOSITION_PENDING', 'COMPOSITION_NOTHING_ELECTED', seatsCell(first), TARGET_RULE, {
          list: listLabel(first),
        }),
      );
      continue;
    }
    bodies.push({
      id: first.id,
      office: first.office,
      title: first.title,
      members,
      dimensions: composeBody(members, input.people, optionsFor(input.congress, first.office)),
      list: false,
    });
  }
  return { bodies, notes };
}

/** Every candidate list (each round's own list; opinion ballots left out). */
export function candidateLists(input: CompositionInput): BodyComposition[] {
  return (
    input.elections
      // The people rated in a trust vote are no list of candidates.
      .filter((e) => e.office !== 'Xin ý kiến' && e.office !== TRUST_VOTE && e.candidates.length > 0)
      .map((e) => ({
        id: e.id,
        office: e.office,
        title: e.title,
        members: e.candidates,
        list: true,
        dimensions: composeBody(e.candidates, input.people, optionsFor(input.congress, e.office)),
      }))
  );
}

/** `100 × count ≥ target × n`, exact for a target with up to two decimals. */
export function meetsShare(count: number, n: number, targetPercent: number): boolean {
  const target = Math.round(targetPercent * 100);
  return 10000 * count >= target * n;
}

function share(count: number, n: number): string {
  return formatPercentVi(percentOf(count, n));
}

/**
 * Women at least `Tỷ lệ nữ tối thiểu` and under `Tuổi trẻ` at least `Tỷ lệ trẻ tối thiểu` on the
 * committee; at least one woman on the standing committee (CT 35/2019 aims). Warnings.
 */
export function targetFindings(input: CompositionInput, body: BodyComposition): Problem[] {
  const first = input.elections.find((e) => e.id === body.id);
  const n = body.members.length;
  if (!first || n === 0) return [];
  const byName = new Map((input.people ?? []).map((p) => [personName(p.name), p] as const));
  const facts = body.members.map((m) => byName.get(personName(m)));
  const women = facts.filter((p) => p?.gender === 'Nữ').length;
  const label = body.list ? `${listLabel(first)}` : `${body.office} (${body.id})`;
  const out: Problem[] = [];
  const { settings } = input.congress;
  if (COMMITTEE_OFFICES.includes(body.office)) {
    if (!meetsShare(women, n, settings.minWomenPercent)) {
      out.push(
        finding('warning', 'TARGET_MISSED', 'TARGET_MISSED_WOMEN', seatsCell(first), TARGET_RULE, {
          body: label,
          count: women,
          total: n,
          percent: share(women, n),
          target: String(settings.minWomenPercent).replace('.', ','),
        }),
      );
    }
    const young = facts.filter((p) => {
      const age = fullAge(p, ageReference(input.congress).date);
      return age !== null && age < settings.youngAge;
    }).length;
    if (!meetsShare(young, n, settings.minYoungPercent)) {
      out.push(
        finding('warning', 'TARGET_MISSED', 'TARGET_MISSED_YOUNG', seatsCell(first), TARGET_RULE, {
          body: label,
          age: settings.youngAge,
          count: young,
          total: n,
          percent: share(young, n),
          target: String(settings.minYoungPercent).replace('.', ','),
        }),
      );
    }
  }
  if (body.office === 'Ban Thường vụ' && women === 0) {
    out.push(
      finding('warning', 'TARGET_MISSED', 'TARGET_MISSED_BTV_WOMAN', seatsCell(first), TARGET_RULE, { body: label }),
    );
  }
  return out;
}
