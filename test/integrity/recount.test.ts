/**
 * A small run of `npm run bench:verify` in the default suite, so the recount cannot rot: the tally
 * against the plain recount from the contract on generated elections, zero discrepancies. The
 * full 10,000,000 positions run is `npm run bench:verify`.
 */
import { verify } from '../../bench/verify';

test('the tally equals a plain recount from the canonical ballot data (200,000 positions)', () => {
  const summary = verify({ positions: 200_000, seed: 12, all: false });
  expect(summary.examples).toEqual([]);
  expect(summary.failures).toBe(0);
  expect(summary.pending.size).toBe(0);
  expect(summary.boundary).toBeGreaterThan(0);
});
