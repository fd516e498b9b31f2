/**
 * Composition dimensions of a body (WORKBOOK.md "Composition"): `Giới tính` (`Nam`, `Nữ`);
 * `Độ tuổi` (bands from the cut points, full years at the reference date); `Tái cử` (`Tái cử`,
 * `Lần đầu`; committees only); `Trình độ chuyên môn` and `Dân tộc` (count descending, then
 * Vietnamese order); `Lý luận chính trị` (`Cao cấp`, `Trung cấp`, `Sơ cấp`, `Chưa qua đào tạo`).
 * A blank value, or a person missing from `Nhân sự`, is `Không rõ` (always the last row, shown only
 * when someone is in it). Fixed rows are shown even when empty.
 */
import type { CalendarDate } from '../text/format';
import { compareVi } from '../text/collate';
import { labelKey, personName } from '../text/normalize';
import type { Person } from '../model/person';
import { fullYearsAt } from '../nominees/retirement';
import { largestRemainderPercents } from './percentages';
import { type CompositionRow, type Dimension, type DimensionName, UNKNOWN } from './types';

export interface ComposeOptions {
  /** Cut points a1 < … < ak (`Nhóm tuổi`). */
  ageBands: number[];
  /** `Ngày tính tuổi`, else `Ngày`; null: every age is unknown. */
  referenceDate: CalendarDate | null;
  /** Committees get the `Tái cử` dimension. */
  committee: boolean;
}

/** `Dưới a1`, `Từ a1 đến a2`, `Từ a2+1 đến a3`, …, `Trên ak`. */
export function ageBandLabels(cuts: number[]): string[] {
  if (cuts.length === 0) return [];
  const labels = [`Dưới ${cuts[0]}`];
  for (let i = 1; i < cuts.length; i++) labels.push(`Từ ${i === 1 ? cuts[0] : cuts[i - 1] + 1} đến ${cuts[i]}`);
  labels.push(`Trên ${cuts[cuts.length - 1]}`);
  return labels;
}

/** The band index of an age: below a1 → 0; a1..a2 → 1; a2+1..a3 → 2; …; above ak → k. */
export function ageBandIndex(age: number, cuts: number[]): number {
  if (age < cuts[0]) return 0;
  for (let i = 1; i < cuts.length; i++) if (age <= cuts[i]) return i;
  return cuts.length;
}

function dimension(name: DimensionName, labels: string[], counts: number[], unknown: number): Dimension {
  const allLabels = unknown > 0 ? [...labels, UNKNOWN] : labels;
  const allCounts = unknown > 0 ? [...counts, unknown] : counts;
  const percents = largestRemainderPercents(allCounts);
  const rows: CompositionRow[] = allLabels.map((label, i) => ({ label, count: allCounts[i], percent: percents[i] }));
  return { dimension: name, rows };
}

/** A category dimension: values grouped by forgiving match (first spelling kept), count descending, then Vietnamese order. */
function categories(name: DimensionName, values: (string | null)[]): Dimension {
  const groups = new Map<string, { label: string; count: number }>();
  let unknown = 0;
  for (const v of values) {
    if (v === null || v === '') {
      unknown += 1;
      continue;
    }
    const key = labelKey(v);
    const g = groups.get(key);
    if (g) g.count += 1;
    else groups.set(key, { label: v, count: 1 });
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || compareVi(a.label, b.label));
  return dimension(
    name,
    sorted.map((g) => g.label),
    sorted.map((g) => g.count),
    unknown,
  );
}

export function fullAge(person: Person | undefined, reference: CalendarDate | null): number | null {
  if (!person?.birth || !reference) return null;
  return fullYearsAt(person.birth.date, reference);
}

/** The composition of the people named (in any order) by the facts of `Nhân sự`. */
export function composeBody(members: string[], people: Person[] | null, opts: ComposeOptions): Dimension[] {
  const byName = new Map<string, Person>();
  for (const p of people ?? []) if (!byName.has(personName(p.name))) byName.set(personName(p.name), p);
  const facts = members.map((m) => byName.get(personName(m)));
  const out: Dimension[] = [];

  const men = facts.filter((p) => p?.gender === 'Nam').length;
  const women = facts.filter((p) => p?.gender === 'Nữ').length;
  out.push(dimension('Giới tính', ['Nam', 'Nữ'], [men, women], facts.length - men - women));

  if (opts.ageBands.length > 0) {
    const counts = new Array<number>(opts.ageBands.length + 1).fill(0);
    let unknown = 0;
    for (const p of facts) {
      const age = fullAge(p, opts.referenceDate);
      if (age === null) unknown += 1;
      else counts[ageBandIndex(age, opts.ageBands)] += 1;
    }
    out.push(dimension('Độ tuổi', ageBandLabels(opts.ageBands), counts, unknown));
  }

  if (opts.committee) {
    const again = facts.filter((p) => p?.incumbent === true).length;
    const first = facts.filter((p) => p !== undefined && !p.incumbent).length;
    out.push(dimension('Tái cử', ['Tái cử', 'Lần đầu'], [again, first], facts.length - again - first));
  }

  out.push(
    categories(
      'Trình độ chuyên môn',
      facts.map((p) => (p ? p.education : null)),
    ),
  );
  out.push(
    categories(
      'Dân tộc',
      facts.map((p) => (p ? p.ethnicity : null)),
    ),
  );

  // A blank `Lý luận chính trị` means not trained; only a person unknown to `Nhân sự` is `Không rõ`.
  const levels = ['Cao cấp', 'Trung cấp', 'Sơ cấp'];
  const theory = [0, 0, 0, 0];
  let theoryUnknown = 0;
  for (const p of facts) {
    if (!p) {
      theoryUnknown += 1;
      continue;
    }
    const i = levels.findIndex((l) => labelKey(l) === labelKey(p.theory));
    theory[i >= 0 ? i : 3] += 1;
  }
  out.push(dimension('Lý luận chính trị', [...levels, 'Chưa qua đào tạo'], theory, theoryUnknown));
  return out;
}
