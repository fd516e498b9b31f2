/**
 * The zip container of an Office Open XML package, read and written without a zip library's
 * model of it: the central directory is read here, only the parts asked for are inflated (with a
 * cap on what they may inflate to, and their CRC checked), and the parts we do not change are
 * copied into the output still compressed, byte for byte. fflate does the inflating and
 * deflating; it runs in Node and in the browser alike.
 */
import type * as Fflate from './fflate';
import { crc32 } from './crc32';
import { WorkbookFileError } from './errors';

/** Caps against zip bombs (issue 13): a national congress's workbook inflates to about 12 MB. */
export interface ZipLimits {
  /** Largest inflated size of one part. */
  maxPartBytes: number;
  /** Largest inflated size of the whole package (sum of every entry's declared size). */
  maxPackageBytes: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_LIMITS: ZipLimits = { maxPartBytes: 256 * MiB, maxPackageBytes: 320 * MiB };
/** Largest file opened at all (a package is never larger than what it inflates to, give or take). */
export const MAX_FILE_BYTES = 320 * MiB;

export interface ZipEntry {
  name: string;
  /** The name's bytes as stored (kept as they were when the entry is copied). */
  nameBytes: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  internalAttributes: number;
  externalAttributes: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const FLAG_ENCRYPTED = 1;
const FLAG_UTF8 = 0x800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
/** A 16- or 32-bit field holding this means "see the zip64 record" (APPNOTE 4.4.1.4). */
const ZIP64_COUNT = 0xffff;
const ZIP64_FIELD = 0xffffffff;
/** The zip64 extra field's header id (APPNOTE 4.5.3). */
const EXTRA_ZIP64 = 1;
/** Methods other than stored and deflate that zip tools write (Excel reads neither). */
const METHOD_NAMES: Record<number, string> = {
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'Zstandard',
  95: 'xz',
  98: 'PPMd',
};

const damaged = (part = ''): WorkbookFileError => new WorkbookFileError('NOT_XLSX', 'damaged', part);

/**
 * Raw deflate both ways. The default is fflate (Node and browser); the command line installs
 * Node's native zlib, about six times faster, with the same cap (useCodec).
 */
export interface DeflateCodec {
  /** Inflates raw deflate data to exactly `size` bytes; throws past `size` (a lying size field). */
  inflate(data: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

let fflateModule: typeof Fflate | null = null;

/**
 * fflate, loaded on first use: the command line installs Node's zlib before reading anything and
 * so never loads it (about 15 ms of CPU at start-up, with the worker_threads it requires).
 */
function fflate(): typeof Fflate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load, on purpose
  fflateModule ??= require('./fflate') as typeof Fflate;
  return fflateModule;
}

const fflateCodec: DeflateCodec = {
  inflate: (data, size) => inflateCapped(data, size),
  deflate: (data) => fflate().deflateSync(data, { level: 6 }),
  crc32,
};

let codec: DeflateCodec = fflateCodec;

/** Chooses the deflate implementation (the command line passes Node's zlib). */
export function useCodec(next: DeflateCodec): void {
  codec = next;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Part names are ASCII in practice; CP437 names (no UTF-8 flag) are read byte for byte.
  if (utf8 || bytes.every((b) => b < 0x80)) return new TextDecoder().decode(bytes);
  return String.fromCharCode(...bytes);
}

export class ZipReader {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    readonly bytes: Uint8Array,
    readonly limits: ZipLimits,
  ) {}

  /** Reads the central directory; refuses damaged, encrypted and over-large packages. */
  static open(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipReader {
    const zip = new ZipReader(bytes, limits);
    zip.readDirectory();
    return zip;
  }

  private view(): DataView {
    return new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }

  private readDirectory(): void {
    const b = this.bytes;
    const v = this.view();
    let end = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (v.getUint32(i, true) === SIG_END) {
        end = i;
        break;
      }
    }
    if (end < 0) throw damaged();
    // A split (multi-disk) archive: only part of it is here.
    if (v.getUint16(end + 4, true) !== 0 || v.getUint16(end + 6, true) !== 0) throw damaged();
    let count = v.getUint16(end + 10, true);
    let dirSize = v.getUint32(end + 12, true);
    let dirOffset = v.getUint32(end + 16, true);
    if (count === ZIP64_COUNT || dirOffset === ZIP64_FIELD || dirSize === ZIP64_FIELD) {
      // Zip64 (more than 65,535 entries, or past 4 GiB): the real figures are in the zip64 end
      // record, which its locator, just before the end record, points to.
      const locator = end - 20;
      if (locator < 0 || v.getUint32(locator, true) !== SIG_END64_LOCATOR) throw damaged();
      if (v.getUint32(locator + 4, true) !== 0 || v.getUint32(locator + 16, true) > 1) throw damaged();
      const end64 = Number(v.getBigUint64(locator + 8, true));
      if (end64 + 56 > locator || v.getUint32(end64, true) !== SIG_END64) throw damaged();
      if (v.getUint32(end64 + 16, true) !== 0 || v.getUint32(end64 + 20, true) !== 0) throw damaged();
      count = Number(v.getBigUint64(end64 + 32, true));
      dirSize = Number(v.getBigUint64(end64 + 40, true));
      dirOffset = Number(v.getBigUint64(end64 + 48, true));
    }
    // Every entry of the directory takes at least 46 bytes: a count beyond that is a lie.
    if (dirOffset + dirSize > b.length || count * 46 > dirSize) throw damaged();
    let p = dirOffset;
    let declared = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length || v.getUint32(p, true) !== SIG_CENTRAL) throw damaged();
      const nameLength = v.getUint16(p + 28, true);
      const extraLength = v.getUint16(p + 30, true);
      const commentLength = v.getUint16(p + 32, true);
      if (p + 46 + nameLength + extraLength + commentLength > b.length) throw damaged();
      const flags = v.getUint16(p + 8, true);
      const nameBytes = b.slice(p + 46, p + 46 + nameLength);
      const entry: ZipEntry = {
        name: decodeName(nameBytes, (flags & FLAG_UTF8) !== 0),
        nameBytes,
        versionMadeBy: v.getUint16(p + 4, true),
        versionNeeded: v.getUint16(p + 6, true),
        flags,
        method: v.getUint16(p + 10, true),
        time: v.getUint16(p + 12, true),
        date: v.getUint16(p + 14, true),
        crc: v.getUint32(p + 16, true),
        compressedSize: v.getUint32(p + 20, true),
        size: v.getUint32(p + 24, true),
        internalAttributes: v.getUint16(p + 36, true),
        externalAttributes: v.getUint32(p + 38, true),
        localOffset: v.getUint32(p + 42, true),
      };
      this.readZip64Extra(entry, p + 46 + nameLength, extraLength);
      p += 46 + nameLength + extraLength + commentLength;
      if (entry.flags & FLAG_ENCRYPTED) throw new WorkbookFileError('ENCRYPTED', 'encrypted', entry.name);
      if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE && !entry.name.endsWith('/'))
        throw new WorkbookFileError(
          'NOT_XLSX',
          'method',
          entry.name,
          0,
          METHOD_NAMES[entry.method] ?? `${entry.method}`,
        );
      if (entry.size > this.limits.maxPartBytes) throw new WorkbookFileError('TOO_LARGE', 'partTooLarge', entry.name);
      declared += entry.size;
      if (declared > this.limits.maxPackageBytes) throw new WorkbookFileError('TOO_LARGE', 'packageTooLarge');
      if (entry.localOffset + 30 > b.length) throw damaged(entry.name);
      // Part names compare case-insensitively (ECMA-376 Part 2, 9.1.1.1): two entries of one
      // name leave it open which part is meant (Excel repairs such a file; we cannot choose).
      const key = entry.name.toLowerCase();
      if (this.byName.has(key)) throw new WorkbookFileError('NOT_XLSX', 'duplicatePart', entry.name);
      this.entries.push(entry);
      this.byName.set(key, entry);
    }
  }

  /**
   * The zip64 extra field holds, in this order, the uncompressed size, the compressed size and
   * the local header's offset, each only when its 32-bit field says `0xffffffff`. A field that
   * says so with no zip64 value to read is damage, not a 4 GiB part.
   */
  private readZip64Extra(entry: ZipEntry, start: number, length: number): void {
    const wanted = [entry.size, entry.compressedSize, entry.localOffset].filter((x) => x === ZIP64_FIELD).length;
    if (wanted === 0) return;
    const v = this.view();
    const stop = start + length;
    for (let p = start; p + 4 <= stop;) {
      const id = v.getUint16(p, true);
      const size = v.getUint16(p + 2, true);
      if (p + 4 + size > stop) break;
      if (id === EXTRA_ZIP64) {
        if (size < 8 * wanted) break;
        let q = p + 4;
        const next = (): number => {
          const value = Number(v.getBigUint64(q, true));
          q += 8;
          return value;
        };
        if (entry.size === ZIP64_FIELD) entry.size = next();
        if (entry.compressedSize === ZIP64_FIELD) entry.compressedSize = next();
        if (entry.localOffset === ZIP64_FIELD) entry.localOffset = next();
        return;
      }
      p += 4 + size;
    }
    throw damaged(entry.name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The entry's compressed bytes as stored. */
  compressed(entry: ZipEntry): Uint8Array {
    const v = this.view();
    const p = entry.localOffset;
    if (v.getUint32(p, true) !== SIG_LOCAL) throw damaged(entry.name);
    const start = p + 30 + v.getUint16(p + 26, true) + v.getUint16(p + 28, true);
    const stop = start + entry.compressedSize;
    if (stop > this.bytes.length) throw damaged(entry.name);
    return this.bytes.subarray(start, stop);
  }

  /** The part's bytes, inflated within the cap, CRC checked. */
  read(name: string): Uint8Array {
    const entry = this.entry(name);
    if (!entry) throw damaged(name);
    const data = this.compressed(entry);
    let out: Uint8Array;
    if (entry.method === METHOD_STORED) out = data;
    else if (entry.method === METHOD_DEFLATE) {
      try {
        out = codec.inflate(data, entry.size);
      } catch {
        // Damaged data, or more data than the size field says: either way not a part we can trust.
        throw damaged(entry.name);
      }
    } else throw damaged(entry.name);
    if (out.length !== entry.size) throw damaged(entry.name);
    if (codec.crc32(out) !== entry.crc) throw new WorkbookFileError('NOT_XLSX', 'badCrc', entry.name);
    return out;
  }

  readText(name: string): string {
    return new TextDecoder().decode(this.read(name));
  }
}

/** Inflates in small steps and stops as soon as the output passes `cap` (a lying size field). */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new (fflate().Inflate)((chunk) => {
    total += chunk.length;
    if (total > cap) throw new Error('inflates past its size');
    chunks.push(chunk);
  });
  const STEP = 16 * 1024; // at most ~16 MB of output per step (deflate's ratio is at most ~1032:1)
  for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A date and time as the zip format stores them (MS-DOS, two-second resolution), in UTC. */
export function dosDateTime(when: Date): { date: number; time: number } {
  const year = when.getUTCFullYear();
  if (Number.isNaN(year) || year < 1980) return { date: (1 << 5) | 1, time: 0 };
  return {
    date: ((Math.min(year, 2107) - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1),
  };
}

interface Written {
  entry: ZipEntry;
  data: Uint8Array;
}

/**
 * Writes a zip from entries copied as stored and new parts deflated here. Nothing in the output
 * depends on the machine or the hour except the time given for new parts, so the same input and
 * clock give the same bytes.
 */
export class ZipWriter {
  private readonly written: Written[] = [];

  /** An entry of another archive, its compressed bytes unchanged. */
  copy(entry: ZipEntry, compressed: Uint8Array): void {
    this.written.push({ entry: { ...entry, flags: entry.flags & ~0x8 }, data: compressed });
  }

  /** A new part, deflated. */
  add(name: string, data: Uint8Array, when: Date): void {
    const nameBytes = new TextEncoder().encode(name);
    const { date, time } = dosDateTime(when);
    const compressed = codec.deflate(data);
    this.written.push({
      entry: {
        name,
        nameBytes,
        versionMadeBy: 20,
        versionNeeded: 20,
        flags: nameBytes.every((x) => x < 0x80) ? 0 : FLAG_UTF8,
        method: METHOD_DEFLATE,
        time,
        date,
        crc: codec.crc32(data),
        compressedSize: compressed.length,
        size: data.length,
        localOffset: 0,
        internalAttributes: 0,
        externalAttributes: 0,
      },
      data: compressed,
    });
  }

  /**
   * The archive. More than 65,534 entries take a zip64 end record (the count no longer fits the
   * end record's 16 bits); sizes and offsets always fit 32 bits, the caps see to that.
   */
  finish(): Uint8Array {
    const count = this.written.length;
    const zip64 = count >= ZIP64_COUNT;
    let size = 22 + (zip64 ? 56 + 20 : 0);
    for (const { entry, data } of this.written) size += 30 + 46 + 2 * entry.nameBytes.length + data.length;
    if (size > 0xfffffff0) throw new WorkbookFileError('TOO_LARGE', 'packageTooLarge');
    const out = new Uint8Array(size);
    const v = new DataView(out.buffer);
    let p = 0;
    const offsets: number[] = [];
    for (const { entry, data } of this.written) {
      offsets.push(p);
      v.setUint32(p, SIG_LOCAL, true);
      v.setUint16(p + 4, entry.versionNeeded, true);
      v.setUint16(p + 6, entry.flags, true);
      v.setUint16(p + 8, entry.method, true);
      v.setUint16(p + 10, entry.time, true);
      v.setUint16(p + 12, entry.date, true);
      v.setUint32(p + 14, entry.crc, true);
      v.setUint32(p + 18, data.length, true);
      v.setUint32(p + 22, entry.size, true);
      v.setUint16(p + 26, entry.nameBytes.length, true);
      v.setUint16(p + 28, 0, true);
      out.set(entry.nameBytes, p + 30);
      out.set(data, p + 30 + entry.nameBytes.length);
      p += 30 + entry.nameBytes.length + data.length;
    }
    const dirStart = p;
    this.written.forEach(({ entry, data }, i) => {
      v.setUint32(p, SIG_CENTRAL, true);
      v.setUint16(p + 4, entry.versionMadeBy, true);
      v.setUint16(p + 6, entry.versionNeeded, true);
      v.setUint16(p + 8, entry.flags, true);
      v.setUint16(p + 10, entry.method, true);
      v.setUint16(p + 12, entry.time, true);
      v.setUint16(p + 14, entry.date, true);
      v.setUint32(p + 16, entry.crc, true);
      v.setUint32(p + 20, data.length, true);
      v.setUint32(p + 24, entry.size, true);
      v.setUint16(p + 28, entry.nameBytes.length, true);
      v.setUint16(p + 30, 0, true);
      v.setUint16(p + 32, 0, true);
      v.setUint16(p + 34, 0, true);
      v.setUint16(p + 36, entry.internalAttributes, true);
      v.setUint32(p + 38, entry.externalAttributes, true);
      v.setUint32(p + 42, offsets[i], true);
      out.set(entry.nameBytes, p + 46);
      p += 46 + entry.nameBytes.length;
    });
    const dirSize = p - dirStart;
    if (zip64) {
      const end64 = p;
      v.setUint32(p, SIG_END64, true);
      v.setBigUint64(p + 4, 44n, true); // the size of the rest of this record
      v.setUint16(p + 12, 45, true); // made by, and needed: zip64 (APPNOTE 4.4.3)
      v.setUint16(p + 14, 45, true);
      v.setBigUint64(p + 24, BigInt(count), true);
      v.setBigUint64(p + 32, BigInt(count), true);
      v.setBigUint64(p + 40, BigInt(dirSize), true);
      v.setBigUint64(p + 48, BigInt(dirStart), true);
      p += 56;
      v.setUint32(p, SIG_END64_LOCATOR, true);
      v.setBigUint64(p + 8, BigInt(end64), true);
      v.setUint32(p + 16, 1, true); // one disk in all
      p += 20;
    }
    v.setUint32(p, SIG_END, true);
    v.setUint16(p + 8, zip64 ? ZIP64_COUNT : count, true);
    v.setUint16(p + 10, zip64 ? ZIP64_COUNT : count, true);
    v.setUint32(p + 12, dirSize, true);
    v.setUint32(p + 16, dirStart, true);
    return out;
  }
}
