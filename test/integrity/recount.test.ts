/**
 * A small run of `npm run bench:verify` in the default suite, so the recount cannot rot: the tally
 * against the plain recount from the contract on generated elections, zero discrepancies. The
 * full 10,000,000 positions run is `npm run bench:verify`.
 */
import { verify } from '../../bench/verify';

test('the tally equals a plain recount from the canonical ballot data (200,000 positions)', () => {
  const summary = verify({ positions: 200_000, seed: 12 });
  expect(summary.examples).toEqual([]);
  expect(summary.failures).toBe(0);
  // The shapes the contract's readings settled are among the generated ballots.
  for (const shape of ['singleStruck', 'allNoCount', 'noAgreeMixed', 'allStruck', 'ruling'])
    expect([shape, (summary.shapes.get(shape) ?? 0) > 0]).toEqual([shape, true]);
  expect(summary.boundary).toBeGreaterThan(0);
});
