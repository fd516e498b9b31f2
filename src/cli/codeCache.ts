/**
 * The command line as one bundled script run with V8's code cache (issue 13's start-up cost).
 *
 * A run of the command line is short: loading its hundred-odd modules one file at a time, and
 * compiling every function it calls for the first time, was about a tenth of a national congress's
 * `tally -o`. The build (`npm run build:cli`) bundles the compiled modules into one script
 * (webpack.cli.config.js) and then runs it once on the bundled example congress and keeps the
 * bytecode V8 made (`makeCodeCache`); a run reads the script and that bytecode instead of
 * compiling (`runBundle`). Nothing is ever written at run time.
 *
 * The cache is used only when it was made from exactly this script (its length and CRC-32 are
 * stored in front of it: V8 itself checks only the length, and ran old code from a stale cache in a
 * test) and by this Node with these flags (V8 checks its version and flags); otherwise the script
 * is compiled as usual, with the same result, only slower.
 */
import { readFileSync, writeFileSync } from 'fs';
import Module, { createRequire } from 'module';
import * as path from 'path';
import { setFlagsFromString } from 'v8';
import { Script } from 'vm';
import * as zlib from 'zlib';
import { crc32 as scriptCrc32 } from '../hosts/package/crc32';

/**
 * A tiering threshold for a short run: how much a function must run before V8 compiles it with
 * its optimising compiler (V8 11's default is 67,584). A command-line run executes most of its
 * code once or a few thousand times and exits within a second; by the default, the compiler's
 * thread spent about a third of a national `tally -o`'s CPU on functions that had nearly done
 * their work. It decides when code is optimised, never what it does, and V8 reads it each time it
 * sets a function's budget, so it holds for every function the bundle makes after it is set.
 * Set only on the V8 versions known to have it (an unknown flag is printed as an error on stdout,
 * where the JSON report goes). Not kept: flags of the garbage collector set at run time — some
 * crash V8 (concurrent marking, measured), and `--semi-space-growth-factor=1`, which cut peak
 * memory by 10 MB, is a value later V8 versions refuse (their minimum is 2).
 */
export const V8_FLAGS = '--interrupt-budget=600000';

export function tuneForShortRun(): void {
  const major = Number(process.versions.v8.split('.')[0]);
  if (major >= 10 && major <= 13) setFlagsFromString(V8_FLAGS);
}

/** Where the build puts the bundle and its cache (cli/bundle: as deep as cli/commands, see demo.ts). */
export const BUNDLE = path.join(__dirname, 'bundle', 'dai-hoi.js');
export const CACHE = path.join(__dirname, 'bundle', 'dai-hoi.cache');

/** How the last run used the cache: what `DAI_HOI_CODE_CACHE=report` prints (tests, bench). */
export type CacheUse = 'used' | 'rejected' | 'stale' | 'missing';

const HASH_BYTES = 8;

/**
 * What the cache was made from: the script's length and CRC-32 (Node's, native from 20.15; ours
 * before). A check against a stale cache, not against an attacker: whoever can write the cache
 * can write the script. Node's crypto is not loaded for it (its start costs more than the check).
 */
function digest(source: string): Buffer {
  const bytes = Buffer.from(source, 'utf8');
  const crc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? scriptCrc32;
  const out = Buffer.alloc(HASH_BYTES);
  out.writeUInt32LE(source.length, 0);
  out.writeUInt32LE(crc(bytes) >>> 0, 4);
  return out;
}

/** The cache's bytecode if it was made from this source, else why not. */
function cachedDataFor(source: string): Buffer | 'stale' | 'missing' {
  let file: Buffer;
  try {
    file = readFileSync(CACHE);
  } catch {
    return 'missing';
  }
  if (file.length <= HASH_BYTES || !file.subarray(0, HASH_BYTES).equals(digest(source))) return 'stale';
  return file.subarray(HASH_BYTES);
}

/** Compiles the bundle (with the cache when it fits) and runs it as the main module would run. */
function load(source: string, cachedData: Buffer | undefined): Script {
  const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  const bundleModule = { exports: {}, filename: BUNDLE, id: '.', loaded: false };
  wrapper.call(
    bundleModule.exports,
    bundleModule.exports,
    createRequire(BUNDLE),
    bundleModule,
    BUNDLE,
    path.dirname(BUNDLE),
  );
  return script;
}

/** Runs the bundled command line on process.argv; false when there is no bundle (a tsc-only build). */
export function runBundle(): boolean {
  let source: string;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch {
    return false;
  }
  tuneForShortRun();
  const cached = cachedDataFor(source);
  const script = load(source, typeof cached === 'string' ? undefined : cached);
  if (process.env.DAI_HOI_CODE_CACHE === 'report') {
    const use: CacheUse = typeof cached === 'string' ? cached : script.cachedDataRejected ? 'rejected' : 'used';
    process.stderr.write(`code cache: ${use}\n`);
  }
  return true;
}

/**
 * The build's last step: runs the bundle on the arguments given (a `tally -o` of the example
 * congress: reading, counting, the minutes and writing are what every command shares) and, when
 * the run has ended, keeps the bytecode of every function it compiled, behind the script's length
 * and CRC-32.
 */
export function makeCodeCache(argv: string[]): void {
  const source = readFileSync(BUNDLE, 'utf8');
  process.argv = [process.argv[0], BUNDLE, ...argv];
  // The same flags as a run's: V8 takes a cache only when they agree.
  tuneForShortRun();
  const script = load(source, undefined);
  process.once('beforeExit', () => {
    if (process.exitCode) throw new Error(`the run the code cache is made from failed (exit ${process.exitCode})`);
    writeFileSync(CACHE, Buffer.concat([digest(source), script.createCachedData()]));
  });
}
