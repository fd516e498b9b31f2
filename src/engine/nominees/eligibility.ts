/**
 * NOT_OFFICIAL and COUNTER_ON_LIST (regulations.md §3.1): only official members stand; the
 * counting committee are official members on no list of their session.
 */
import type { Problem } from '../findings/finding';
import { personName } from '../text/normalize';
import { cite } from './citations';
import { type ListContext, listLabel } from './context';
import { finding } from '../findings/finding';

export function eligibilityFindings(ctx: ListContext): Problem[] {
  const out: Problem[] = [];
  for (const e of ctx.input.elections) {
    e.candidates.forEach((name, i) => {
      const person = ctx.person(name);
      const roll = ctx.rollByName.get(personName(name));
      const cell = e.candidateCells[i];
      if (person?.membership === 'Dự bị') {
        out.push(
          finding('error', 'NOT_OFFICIAL', 'NOT_OFFICIAL_PERSONNEL', cell, cite.official(), {
            name,
            list: listLabel(e),
            otherCell: person.cells.membership ?? person.cells.name ?? '',
          }),
        );
      } else if (roll?.standing === 'Dự bị') {
        out.push(
          finding('error', 'NOT_OFFICIAL', 'NOT_OFFICIAL_ROLL', cell, cite.official(), {
            name,
            list: listLabel(e),
            otherCell: roll.cell,
          }),
        );
      }
    });
  }
  // `Nhân sự` and the roll must tell the same story (an error of either sheet).
  for (const person of ctx.input.people ?? []) {
    const roll = ctx.rollByName.get(personName(person.name));
    if (!roll || person.membership === null) continue;
    if ((person.membership === 'Dự bị') !== (roll.standing === 'Dự bị')) {
      out.push(
        finding(
          'error',
          'NOT_OFFICIAL',
          'NOT_OFFICIAL_MISMATCH',
          person.cells.membership ?? person.cells.name,
          cite.official(),
          { name: person.name, personnel: person.membership, roll: roll.standing, otherCell: roll.cell },
        ),
      );
    }
  }
  for (const counter of ctx.input.counters ?? []) {
    const name = personName(counter.name);
    const roll = ctx.rollByName.get(name);
    const person = ctx.person(name);
    if (roll?.standing === 'Dự bị' || person?.membership === 'Dự bị') {
      const otherCell = roll?.standing === 'Dự bị' ? roll.cell : (person?.cells.membership ?? '');
      out.push(
        finding('error', 'NOT_OFFICIAL', 'NOT_OFFICIAL_COUNTER', counter.cell, cite.counter(ctx.ruleSet), {
          name: counter.name,
          otherCell,
        }),
      );
    }
    for (const e of ctx.input.elections) {
      if (e.session !== counter.session) continue;
      const i = e.candidates.findIndex((c) => personName(c) === name);
      if (i < 0) continue;
      out.push(
        finding('error', 'COUNTER_ON_LIST', 'COUNTER_ON_LIST', counter.cell, cite.counter(ctx.ruleSet), {
          name: counter.name,
          list: listLabel(e),
          otherCell: e.candidateCells[i] ?? '',
        }),
      );
    }
  }
  return out;
}
