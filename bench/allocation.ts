/**
 * Allocation benchmark (issue 5): 5,000 units and 10,000 seats, each method, the whole engine
 * (exact BigInt arithmetic, minimums, findings): median of several runs.
 */
import { allocate } from '../src/engine/allocation/allocate';
import { type AllocationInput, type AllocationUnit, METHOD_NAMES, type MethodId } from '../src/engine/allocation/types';
import { mulberry32 } from '../src/examples/random';

export const UNITS = 5000;
export const SEATS = 10000;
const RUNS = 9;

/** Units from 5 to ~5,000 members (skewed: many small units, a few large ones), some minimums. */
export function benchUnits(): AllocationUnit[] {
  const random = mulberry32(2025);
  return Array.from({ length: UNITS }, (_, i) => ({
    name: `Chi bộ ${i + 1}`,
    members: 5 + Math.floor(5000 * random() ** 3),
    minimum: i % 10 === 0 ? 1 : 0,
    added: i % 100 === 0 ? 1 : 0,
    exOfficio: i % 50 === 0 ? 1 : 0,
    cell: `'Chi bộ'!A${i + 2}`,
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  const units = benchUnits();
  const methods: MethodId[] = ['hamilton', 'dhondt', 'sainteLague', 'huntingtonHill', 'baseQuota'];
  for (const method of methods) {
    const input: AllocationInput = {
      method,
      seats: method === 'baseQuota' ? null : SEATS,
      units,
      caps: [],
      cells: {},
      baseQuota: { baseSeats: 1, membersPerSeat: 200, threshold: 100 },
    };
    const times: number[] = [];
    let summary = '';
    for (let i = 0; i < RUNS; i++) {
      const t0 = process.hrtime.bigint();
      const { result, errors, findings } = allocate(input);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (!result) throw new Error(`bench input rejected: ${JSON.stringify(errors)}`);
      summary = `allocated ${result.allocated}/${result.seats}, unassigned ${result.unassigned}, findings ${findings.length}`;
    }
    process.stdout.write(
      `${METHOD_NAMES[method].padEnd(18)} ${UNITS} units, ${method === 'baseQuota' ? 'computed' : SEATS} seats: median ${median(times).toFixed(1)} ms of ${RUNS} (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); ${summary}\n`,
    );
  }
}
