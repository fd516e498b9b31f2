#!/usr/bin/env node
/**
 * `npm run cli`: the bundled command line with its code cache (codeCache.ts); the modules one by
 * one when the bundle was not built (`tsc -p tsconfig.cli.json` alone).
 */
import { runBundle, tuneForShortRun } from './codeCache';

if (!runBundle()) {
  tuneForShortRun();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only without a bundle
  (require('./main') as typeof import('./main')).runMain();
}
