/**
 * AGE_FIRST_TERM and AGE_REELECTION (Chỉ thị 45-CT/TW, regulations.md §8), committee lists only:
 * at the reference date (`ageReference`: `Ngày tính tuổi`; blank, for the 2025 – 2030 term, the
 * month Chỉ thị 45 sets for the level; else `Ngày`) a first-time nominee must reach retirement
 * no earlier than `Số tháng nhiệm kỳ` months later, a re-nominated one (`Cấp ủy khóa trước`) no
 * earlier than `Số tháng còn lại khi tái cử` months later. Warnings: the committee decides.
 */
import type { Problem } from '../findings/finding';
import { formatDateSlash } from '../text/format';
import { personName } from '../text/normalize';
import type { ElectionDef } from '../model/election';
import { cite } from './citations';
import { COMMITTEE_OFFICES, type ListContext, listLabel } from './context';
import { addMonths, compareDates, monthsBetween, retirementDate } from './retirement';
import { finding } from '../findings/finding';
import { ageReference } from '../rules/ageReference';

/**
 * The lists whose members join the executive committee: `Ban Chấp hành` and `Chi ủy`; in a
 * chi bộ with no chi ủy (under 9 members) the bí thư and phó bí thư elected by the congress are
 * its committee.
 */
export function committeeLists(ctx: ListContext): ElectionDef[] {
  const committees = ctx.input.elections.filter((e) => COMMITTEE_OFFICES.includes(e.office));
  if (committees.length > 0) return committees;
  return ctx.input.elections.filter(
    (e) => (e.office === 'Bí thư' || e.office === 'Phó Bí thư') && e.session === 'Đại hội',
  );
}

export function ageFindings(ctx: ListContext): Problem[] {
  const lists = committeeLists(ctx).filter((e) => e.candidates.length > 0);
  if (lists.length === 0 || ctx.input.people === null) return [];
  const { congress } = ctx.input;
  const { date: reference, source } = ageReference(congress);
  if (!reference) {
    return [
      finding(
        'warning',
        'AGE_FIRST_TERM',
        'AGE_NO_REFERENCE',
        congress.refs.ageReferenceDate ?? congress.refs.date,
        cite.age(),
      ),
    ];
  }
  // The date used and why (issue 10 §6), so the clerk sees what the ages were counted at.
  const printed = formatDateSlash(reference);
  const where = congress.refs.ageReferenceDate ?? (source === 'congress' ? congress.refs.date : congress.refs.term);
  const out: Problem[] = [
    source === 'given'
      ? finding('info', 'AGE_REFERENCE', 'AGE_REFERENCE_GIVEN', where, cite.age(), { reference: printed })
      : source === 'directive'
        ? finding('info', 'AGE_REFERENCE', 'AGE_REFERENCE_DIRECTIVE', where, cite.age(), {
            reference: printed,
            level: congress.level,
            term: congress.term,
          })
        : finding('info', 'AGE_REFERENCE', 'AGE_REFERENCE_CONGRESS', where, cite.age(), {
            reference: printed,
            term: congress.term || '—',
          }),
  ];
  const seen = new Set<string>();
  for (const e of lists) {
    e.candidates.forEach((name, i) => {
      const key = personName(name);
      if (seen.has(key)) return;
      seen.add(key);
      const person = ctx.person(name);
      if (!person) return; // NOT_IN_NHAN_SU says so
      const cell = e.candidateCells[i];
      if (!person.birth || !person.gender) {
        const missing = [!person.birth ? 'Ngày sinh' : '', !person.gender ? 'Giới tính' : '']
          .filter(Boolean)
          .join(', ');
        out.push(
          finding('info', 'AGE_UNKNOWN', 'AGE_UNKNOWN', person.cells.birth ?? cell, cite.age(), {
            name,
            list: listLabel(e),
            missing,
          }),
        );
        return;
      }
      const retirement = retirementDate(person.birth.date, person.gender);
      const months = person.incumbent ? congress.settings.reelectionMonths : congress.settings.termMonths;
      const required = addMonths(reference, months);
      if (compareDates(retirement, required) >= 0) return;
      const code = person.incumbent ? 'AGE_REELECTION' : 'AGE_FIRST_TERM';
      const key2 = person.incumbent
        ? person.birth.yearOnly
          ? 'AGE_REELECTION_YEAR_ONLY'
          : 'AGE_REELECTION'
        : person.birth.yearOnly
          ? 'AGE_FIRST_TERM_YEAR_ONLY'
          : 'AGE_FIRST_TERM';
      out.push(
        finding('warning', code, key2, cell, cite.age(), {
          name,
          birth: person.birth.yearOnly ? String(person.birth.date.year) : formatDateSlash(person.birth.date),
          retirement: formatDateSlash(retirement),
          remaining: monthsBetween(reference, retirement),
          reference: formatDateSlash(reference),
          months,
          required: formatDateSlash(required),
        }),
      );
    });
  }
  return out;
}
