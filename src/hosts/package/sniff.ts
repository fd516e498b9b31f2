/**
 * What a file is when it is not a zip package, from its first bytes, so the clerk is told what
 * to do: an old `.xls` (save as .xlsx), a password-protected workbook (Office encrypts the
 * package inside an OLE compound file: remove the password), a CSV or other text, nothing at all.
 */
import { WorkbookFileError } from './errors';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** "EncryptedPackage" as the UTF-16LE directory entry name of an encrypted OOXML file. */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    let ok = true;
    for (let j = 1; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Throws the right WorkbookFileError unless the bytes begin like a zip archive. */
export function sniffNonZip(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookFileError('NOT_XLSX', 'empty');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return; // "PK"
  if (startsWith(bytes, CFB)) {
    if (contains(bytes, ENCRYPTED_PACKAGE)) throw new WorkbookFileError('ENCRYPTED', 'encrypted');
    throw new WorkbookFileError('NOT_XLSX', 'xls');
  }
  // Mostly printable text in the first KiB: a CSV, HTML or other text file renamed.
  const head = bytes.subarray(0, 1024);
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  if (printable / head.length > 0.95) throw new WorkbookFileError('NOT_XLSX', 'text');
  throw new WorkbookFileError('NOT_XLSX', 'notZip');
}
