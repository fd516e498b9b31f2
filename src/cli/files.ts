/**
 * The command line's files (WORKBOOK.md "Files (version 2)"): the input read whole and never
 * opened for writing; outputs compared with the input as files (device and inode, or the real
 * path), never as text; an existing target replaced only when this tool wrote it (or with
 * `--overwrite`); every write through a temporary file in the target's folder, fsynced and
 * renamed, and removed on every failure and on Ctrl+C or SIGTERM. What the file system refuses
 * is a FileSystemError (exit 3) naming the path and the reason.
 */
import { closeSync, fsyncSync, openSync, promises as fs, realpathSync, statSync, unlinkSync } from 'fs';
import * as path from 'path';
import { PackageHost } from '../hosts/package/packageHost';
import { WorkbookFileError } from '../hosts/package/errors';
import { hasOutputMark, CUSTOM_PART } from '../hosts/package/docProps';
import { MAX_FILE_BYTES, ZipReader } from '../hosts/package/zip';
import { sniffNonZip } from '../hosts/package/sniff';
import { t, type Lang, type MessageKey } from '../i18n';
import { useNodeSha256, useNodeZlib } from './nodeCodec';

// Every command line read and write of a package goes through Node's zlib, every fingerprint
// through Node's crypto.
useNodeZlib();
useNodeSha256();

/** The file system refused: which path, doing what, and the system's code (ENOSPC, EROFS…). */
export class FileSystemError extends Error {
  constructor(
    readonly operation: 'read' | 'write',
    readonly file: string,
    readonly code: string,
  ) {
    super(`${operation} ${file}: ${code}`);
    this.name = 'FileSystemError';
  }
}

const WHY: Record<string, MessageKey> = {
  EACCES: 'FS_WHY_ACCESS',
  EPERM: 'FS_WHY_ACCESS',
  EROFS: 'FS_WHY_READONLY',
  ENOSPC: 'FS_WHY_FULL',
  EDQUOT: 'FS_WHY_FULL',
  EFBIG: 'FS_WHY_FULL',
  ENOENT: 'FS_WHY_MISSING',
  EISDIR: 'FS_WHY_DIRECTORY',
  ENOTDIR: 'FS_WHY_NOT_DIRECTORY',
  EBUSY: 'FS_WHY_BUSY',
  ETXTBSY: 'FS_WHY_BUSY',
};

export function fileSystemMessage(error: FileSystemError, lang: Lang): string {
  const why = t(lang, WHY[error.code] ?? 'FS_WHY_OTHER', { code: error.code });
  return t(lang, error.operation === 'read' ? 'FS_READ' : 'FS_WRITE', { file: error.file, why });
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
}

/** Reads a workbook file (whole, read-only) and opens it with the package host. */
export async function openWorkbookFile(file: string): Promise<PackageHost> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (stat.size > MAX_FILE_BYTES)
      throw new WorkbookFileError('TOO_LARGE', 'fileTooLarge', '', Math.round(stat.size / 1024 / 1024));
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    throw new FileSystemError('read', file, codeOf(error));
  }
  return PackageHost.open(bytes);
}

/** Are two paths the same file? Device and inode when both exist; else the real paths. */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    // Some Windows file systems report inode 0: fall through to the real paths there.
    if (sa.ino !== 0 || sb.ino !== 0) return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    // A target that does not exist yet can still name the input (a case-insensitive path below).
  }
  const real = (p: string): string => {
    try {
      return realpathSync.native(p);
    } catch {
      try {
        return path.join(realpathSync.native(path.dirname(path.resolve(p))), path.basename(p));
      } catch {
        return path.resolve(p);
      }
    }
  };
  const ra = real(a);
  const rb = real(b);
  const caseless = process.platform === 'win32' || process.platform === 'darwin';
  return caseless ? ra.toLowerCase() === rb.toLowerCase() : ra === rb;
}

/** Why an existing target may not be replaced: null when it may (absent, ours, or --overwrite). */
export async function targetRefusal(target: string, overwrite: boolean): Promise<'foreign' | null> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(target);
    if (stat.isDirectory()) throw new FileSystemError('write', target, 'EISDIR');
    if (overwrite) return null;
    if (stat.size > MAX_FILE_BYTES) return 'foreign';
    bytes = new Uint8Array(await fs.readFile(target));
  } catch (error) {
    if (error instanceof FileSystemError) throw error;
    if (codeOf(error) === 'ENOENT') return null;
    throw new FileSystemError('read', target, codeOf(error));
  }
  return writtenByThisTool(bytes) ? null : 'foreign';
}

/** Does a file (workbook or Word document) carry our mark in its custom properties? */
export function writtenByThisTool(bytes: Uint8Array): boolean {
  try {
    sniffNonZip(bytes);
    const zip = ZipReader.open(bytes);
    return zip.has(CUSTOM_PART) && hasOutputMark(zip.readText(CUSTOM_PART));
  } catch {
    return false;
  }
}

// ---- atomic writes -------------------------------------------------------------------------

const pending = new Set<string>();
let handlersInstalled = false;
let writes = 0;

/** On Ctrl+C or SIGTERM: remove the temporary files of writes in progress, then exit as killed. */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, status] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      removePending();
      process.exit(status);
    });
  }
}

function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

/** The temporary files of writes in progress (the tests look at them). */
export function pendingTemporaryFiles(): string[] {
  return [...pending];
}

/**
 * Writes bytes to `target` atomically: a temporary file beside it (same folder, so the rename
 * cannot cross file systems), written, fsynced, renamed over the target, the folder fsynced. A
 * kill at any moment leaves the old target or the whole new one; only SIGKILL can leave the
 * temporary file (`.<name>.tmp-<pid>-<n>`), never a partial target.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  installSignalHandlers();
  const dir = path.dirname(path.resolve(target));
  const prefix = `.${path.basename(target)}.tmp-`;
  await removeStaleTemporaryFiles(dir, prefix);
  const temp = path.join(dir, `${prefix}${process.pid}-${++writes}`);
  pending.add(temp);
  // Tests only: write in slices with a pause between them, so a signal can arrive mid-write.
  const delay = Number(process.env.DAI_HOI_WRITE_DELAY_MS ?? 0);
  const slice = delay > 0 ? 64 * 1024 : bytes.length;
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, Math.min(slice, bytes.length - written), written);
        written += bytesWritten;
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    pending.delete(temp);
    syncFolder(dir);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    pending.delete(temp);
    throw new FileSystemError('write', target, codeOf(error));
  }
}

/**
 * Temporary files of this target left by a process that no longer runs (only a SIGKILL or a
 * power cut leaves one): removed before the next write.
 */
async function removeStaleTemporaryFiles(dir: string, prefix: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return; // The write itself reports a missing or unreadable folder.
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-\d+$/.exec(name.slice(prefix.length))?.[1]);
    if (!pid || pid === process.pid || processRuns(pid)) continue;
    try {
      await fs.unlink(path.join(dir, name));
    } catch {
      // Someone else removed it.
    }
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

/** The rename is durable once the folder's entry is on disk (best effort: not every system allows it). */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; the rename itself is already atomic there.
  }
}
