/**
 * Node's native zlib and SHA-256 on the command line. Zlib for the package host: inflating a national congress's
 * ballot sheet is about six times faster than in JavaScript, and `maxOutputLength` stops a part
 * that inflates past its declared size at once (the zip-bomb cap). The offline page keeps fflate.
 */
import { createHash } from 'crypto';
import * as zlib from 'zlib';
import { deflateRawSync, inflateRawSync } from 'zlib';
import { crc32 as jsCrc32 } from '../hosts/package/crc32';
import { useCodec } from '../hosts/package/zip';
import { useSha256 } from '../engine/text/sha256';

const CHUNK_CAP = 32 * 1024 * 1024;
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/**
 * Node's native SHA-256 for the fingerprints and the log's chain: the same function as the
 * engine's (UTF-8, a lone surrogate as U+FFFD), without compiling and running a hash in
 * JavaScript over a national pile's canonical text (about 0.7 MB) on every run.
 */
export function useNodeSha256(): void {
  useSha256((text) => createHash('sha256').update(text, 'utf8').digest('hex'));
}

export function useNodeZlib(): void {
  useCodec({
    inflate: (data, size) => {
      // One output chunk of the declared size and a byte to spare (zlib then never needs a second):
      // the part is inflated straight into it, not into 16 KB chunks copied together afterwards.
      // Up to 32 MiB, so that a size field that lies upwards reserves no more than that.
      const chunkSize = Math.min(Math.max(64, size + 1), CHUNK_CAP);
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize });
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    },
    deflate: (data) => {
      const out = deflateRawSync(data, { level: 6 });
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    },
    // zlib.crc32 is native from Node 20.15; older Node 20 releases use ours.
    crc32: nativeCrc32 ?? jsCrc32,
  });
}
