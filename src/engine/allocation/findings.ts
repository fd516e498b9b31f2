/**
 * What the convening committee must look at after an allocation (WORKBOOK.md codes): the last
 * seats tied, units outside their quota band, units with no seat, totals over a cap. Each
 * finding names a cell — the unit's row in `Chi bộ` or the setting in `Đại hội` — and a rule.
 */
import { finding, type Problem } from '../findings/finding';
import { formatNumberVi } from '../text/format';
import { ALLOCATION_RULE } from './citations';
import { ratioToDecimal } from './rational';
import { type AllocationInput, type AllocationResult, DIVISOR_METHODS, METHOD_NAMES, type UnitResult } from './types';

/** A quota for messages: 4 decimals, Vietnamese and English separators. */
export function quotaParams(u: UnitResult): { quota: string; quotaEn: string } {
  const q = ratioToDecimal(u.quotaNumerator, u.quotaDenominator, 4);
  return { quota: formatNumberVi(q, 4), quotaEn: q.toFixed(4) };
}

export function allocationFindings(input: AllocationInput, result: AllocationResult): Problem[] {
  const out: Problem[] = [];
  const method = METHOD_NAMES[result.method];
  if (result.unassigned > 0) {
    // Never broken by order or chance (ARCHITECTURE.md): the committee decides (§7.1).
    const names = result.tied.map((n) => `"${n}"`).join(', ');
    for (const u of result.units.filter((x) => x.tied)) {
      out.push(
        finding('warning', 'TIE_LAST_SEAT', 'ALLOC_TIE_LAST_SEAT', u.cell, ALLOCATION_RULE, {
          unit: u.unit,
          units: names,
          count: result.unassigned,
          seats: result.seats,
          allocated: result.allocated,
          method,
        }),
      );
    }
  }
  if (DIVISOR_METHODS.includes(result.method)) {
    input.units.forEach((unit, i) => {
      const u = result.units[i];
      // Quota band (Balinski & Young): ⌊q⌋ ≤ a ≤ ⌈q⌉, i.e. (a+1)·P > S·p and (a−1)·P < S·p.
      const a = BigInt(u.formula);
      const below = (a + 1n) * u.quotaDenominator <= u.quotaNumerator;
      const above = (a - 1n) * u.quotaDenominator >= u.quotaNumerator;
      if (!below && !above) return;
      const floor = u.quotaNumerator / u.quotaDenominator;
      const ceil = floor + (u.quotaNumerator % u.quotaDenominator === 0n ? 0n : 1n);
      const byMinimum = above && u.formula === unit.minimum && unit.minimum > 0;
      out.push(
        finding(
          byMinimum ? 'info' : 'warning',
          'QUOTA_BAND',
          byMinimum ? 'ALLOC_QUOTA_BAND_MINIMUM' : 'ALLOC_QUOTA_BAND',
          u.cell,
          ALLOCATION_RULE,
          {
            unit: u.unit,
            seats: u.formula,
            ...quotaParams(u),
            floor: Number(floor),
            ceil: Number(ceil),
            method,
          },
        ),
      );
    });
  }
  for (const u of result.units) {
    if (u.seats > 0) continue;
    out.push(
      finding('warning', 'NO_SEAT', u.tied ? 'ALLOC_NO_SEAT_TIED' : 'ALLOC_NO_SEAT', u.cell, ALLOCATION_RULE, {
        unit: u.unit,
        members: u.members,
        exOfficio: u.exOfficio,
      }),
    );
  }
  for (const cap of input.caps) {
    if (result.total <= cap.value) continue;
    out.push(
      finding(
        'error',
        'OVER_CAP',
        cap.source === 'setting' ? 'ALLOC_OVER_CAP_SETTING' : 'ALLOC_OVER_CAP_DIRECTIVE',
        cap.cell,
        cap.citation,
        {
          total: result.total,
          allocated: result.allocated,
          added: result.added,
          exOfficio: result.exOfficio,
          cap: cap.value,
          level: cap.label,
        },
      ),
    );
  }
  return out;
}
