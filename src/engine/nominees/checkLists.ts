/**
 * The nominee-list check (issue 6): every finding with its severity, contract code, message key
 * and parameters, cell and rule. Pure: plain data in, findings out, errors first.
 */
import type { Problem } from '../findings/finding';
import { ageFindings } from './ages';
import { alternateListFindings } from './alternateList';
import { type ListCheckInput, ListContext } from './context';
import { eligibilityFindings } from './eligibility';
import { nameFindings } from './names';
import { orderFindings } from './order';
import { structureFindings } from './structure';
import { floorNomineeFindings, surplusFindings } from './surplusFindings';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function checkLists(input: ListCheckInput): Problem[] {
  const ctx = new ListContext(input);
  const findings = [
    ...structureFindings(ctx),
    ...surplusFindings(ctx),
    ...floorNomineeFindings(ctx),
    ...eligibilityFindings(ctx),
    ...alternateListFindings(ctx),
    ...ageFindings(ctx),
    ...nameFindings(ctx),
    ...orderFindings(ctx),
  ];
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

export type { ListCheckInput } from './context';
