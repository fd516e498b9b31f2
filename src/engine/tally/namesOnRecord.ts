/**
 * NAME_NOT_IN_NHAN_SU (issue 11): a ballot sheet's header names someone `Nhân sự` does not know.
 * The header *is* the election list, so a misspelt header would otherwise be counted, elected
 * and printed in the minutes without a word. A warning at the header cell, with the nearest name
 * on record and its cell; names are compared exactly (WORKBOOK.md "Person names match exactly").
 */
import { type Problem, warning } from '../findings/finding';
import type { ElectionDef } from '../model/election';
import type { RecordedName } from '../model/person';
import { personName } from '../text/normalize';
import { nearest } from '../text/nearest';

export function unknownNameFindings(elections: ElectionDef[], people: RecordedName[]): Problem[] {
  if (people.length === 0) return [];
  const known = new Set(people.map((p) => personName(p.name)));
  const out: Problem[] = [];
  for (const e of elections) {
    e.candidates.forEach((raw, i) => {
      const name = personName(raw);
      if (known.has(name)) return;
      const near = nearest(name, people);
      out.push(
        warning('NAME_NOT_IN_NHAN_SU', 'NAME_NOT_IN_NHAN_SU', e.candidateCells[i], {
          name,
          id: e.id,
          near: near ? personName(near.name) : '',
          otherCell: near?.cell ?? '',
        }),
      );
    });
  }
  return out;
}
