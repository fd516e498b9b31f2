/**
 * A Word file made deterministic (WORKBOOK.md "Files (version 2)": same input and clock → the
 * same bytes): the docx library stamps its zip entries and `docProps/core.xml` with the wall
 * clock; here every entry is written again with the command's clock, and the document's created
 * and modified times are that clock too.
 */
import { ZipReader, ZipWriter } from './zip';

const CORE = 'docprops/core.xml';

export function repackWithClock(bytes: Uint8Array, now: Date): Uint8Array {
  const zip = ZipReader.open(bytes);
  const out = new ZipWriter();
  const stamp = `${now.toISOString().slice(0, 19)}Z`;
  for (const entry of zip.entries) {
    let data = zip.read(entry.name);
    if (entry.name.toLowerCase() === CORE) {
      const xml = new TextDecoder()
        .decode(data)
        .replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
      data = new TextEncoder().encode(xml);
    }
    out.add(entry.name, data, now);
  }
  return out.finish();
}
