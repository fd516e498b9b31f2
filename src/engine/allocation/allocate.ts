/**
 * The allocation as a whole (issue 5): check the input, run the method, add the seats given by
 * decision and the ex officio delegates, and report what the convening committee must look at.
 * Input errors come back as problems (nothing is allocated); findings never stop the run.
 */
import { inputError, type Problem } from '../findings/finding';
import { baseQuota } from './baseQuota';
import { divisorMethod } from './divisor';
import { hamilton } from './hamilton';
import { allocationFindings } from './findings';
import {
  type AllocationInput,
  type AllocationResult,
  type Apportionment,
  METHOD_NAMES,
  type UnitResult,
} from './types';

export interface AllocationOutcome {
  result: AllocationResult | null;
  /** Input errors: MINIMUMS_EXCEED_SEATS, BAD_SEATS, BAD_VALUE. */
  errors: Problem[];
  /** TIE_LAST_SEAT, QUOTA_BAND, NO_SEAT, OVER_CAP. */
  findings: Problem[];
}

export function allocate(input: AllocationInput): AllocationOutcome {
  const errors = validate(input);
  if (errors.length) return { result: null, errors, findings: [] };
  const members = input.units.map((u) => u.members);
  const minimums = input.units.map((u) => u.minimum);
  let apportionment: Apportionment;
  let seats: number;
  if (input.method === 'baseQuota' && input.baseQuota) {
    const formula = baseQuota(members, input.baseQuota, minimums);
    apportionment = { seats: formula, tied: [], unassigned: 0 };
    seats = formula.reduce((s, x) => s + x, 0);
  } else {
    seats = input.seats ?? 0;
    apportionment =
      input.method === 'hamilton' || input.method === 'baseQuota'
        ? hamilton(members, seats, minimums)
        : divisorMethod(input.method, members, seats, minimums);
  }
  const result = assemble(input, seats, apportionment);
  return { result, errors: [], findings: allocationFindings(input, result) };
}

function validate(input: AllocationInput): Problem[] {
  const methodName = METHOD_NAMES[input.method];
  if (input.units.length === 0) return [];
  if (input.method === 'baseQuota') {
    const params = input.baseQuota;
    if (!params || params.membersPerSeat < 1) {
      return [inputError('BAD_VALUE', 'ALLOC_MEMBERS_PER_SEAT_REQUIRED', input.cells.membersPerSeat)];
    }
    if (params.threshold !== null && (params.threshold < 1 || params.threshold >= params.membersPerSeat)) {
      return [
        inputError('BAD_VALUE', 'ALLOC_BAD_THRESHOLD', input.cells.threshold, {
          threshold: params.threshold,
          membersPerSeat: params.membersPerSeat,
        }),
      ];
    }
    return [];
  }
  if (input.seats === null)
    return [inputError('BAD_VALUE', 'ALLOC_SEATS_REQUIRED', input.cells.seats, { method: methodName })];
  const seats = input.seats;
  const totalMembers = input.units.reduce((s, u) => s + u.members, 0);
  if (totalMembers === 0)
    return [inputError('BAD_VALUE', 'ALLOC_NO_MEMBERS', input.units[0].cell, { method: methodName })];
  const minimums = input.units.reduce((s, u) => s + u.minimum, 0);
  if (minimums > seats) {
    return [inputError('MINIMUMS_EXCEED_SEATS', 'ALLOC_MINIMUMS_EXCEED_SEATS', input.cells.seats, { minimums, seats })];
  }
  if (input.method === 'huntingtonHill') {
    // p/√(a(a+1)) is infinite at a = 0: every unit with members must get a first seat before
    // any unit gets a second, so fewer seats than that is no allocation at all.
    const needed = input.units.reduce((s, u) => s + Math.max(u.minimum, u.members > 0 ? 1 : 0), 0);
    if (seats < needed)
      return [
        inputError('BAD_SEATS', 'ALLOC_HH_TOO_FEW_SEATS', input.cells.seats, {
          seats,
          needed,
          units: input.units.length,
        }),
      ];
  }
  return [];
}

function assemble(input: AllocationInput, seats: number, a: Apportionment): AllocationResult {
  const totalMembers = BigInt(input.units.reduce((s, u) => s + u.members, 0));
  const tied = new Set(a.tied);
  const units: UnitResult[] = input.units.map((u, i) => {
    const formula = a.seats[i];
    const unitSeats = formula + u.added;
    // Quota (WORKBOOK.md JSON note): S × members / Σ members, or members / Định mức.
    const [quotaNumerator, quotaDenominator] =
      input.method === 'baseQuota'
        ? [BigInt(u.members), BigInt(input.baseQuota?.membersPerSeat ?? 1)]
        : [BigInt(seats) * BigInt(u.members), totalMembers];
    return {
      unit: u.name,
      members: u.members,
      quotaNumerator,
      quotaDenominator,
      formula,
      added: u.added,
      exOfficio: u.exOfficio,
      seats: unitSeats,
      total: unitSeats + u.exOfficio,
      tied: tied.has(i),
      cell: u.cell,
    };
  });
  const allocated = units.reduce((s, u) => s + u.formula, 0);
  const added = units.reduce((s, u) => s + u.added, 0);
  const exOfficio = units.reduce((s, u) => s + u.exOfficio, 0);
  return {
    method: input.method,
    seats,
    allocated,
    unassigned: a.unassigned,
    tied: a.tied.map((i) => input.units[i].name),
    members: Number(totalMembers),
    added,
    exOfficio,
    total: allocated + added + exOfficio,
    units,
  };
}
