/**
 * A package checker of our own (issue 13), independent of the package host's reader: every part
 * has a content type, every internal relationship target exists, sheet ids, names and
 * relationship ids are unique, local defined names point at an existing sheet, the shared
 * strings count is right, and every XML part is well-formed (fast-xml-parser).
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';

export interface PackageParts {
  files: Record<string, Uint8Array>;
  text: (name: string) => string;
}

export function partsOf(bytes: Uint8Array): PackageParts {
  const files = unzipSync(bytes);
  return { files, text: (name) => strFromU8(files[name]) };
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function resolve(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** The problems found (empty when the package is sound). */
export function checkPackage(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const { files, text } = partsOf(bytes);
  const names = Object.keys(files);
  const lower = new Set(names.map((n) => n.toLowerCase()));
  const types = text('[Content_Types].xml');
  const defaults = new Map(
    [...types.matchAll(/<Default\s[^>]*>/g)].map((m) => [
      attr(m[0], 'Extension')?.toLowerCase(),
      attr(m[0], 'ContentType'),
    ]),
  );
  const overrides = new Map(
    [...types.matchAll(/<Override\s[^>]*>/g)].map((m) => [
      attr(m[0], 'PartName')?.slice(1).toLowerCase(),
      attr(m[0], 'ContentType'),
    ]),
  );
  for (const name of names) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(name.toLowerCase()) && !defaults.has(ext)) problems.push(`no content type: ${name}`);
    if (/\.(xml|rels|vml)$/i.test(name)) {
      const valid = XMLValidator.validate(strFromU8(files[name]));
      if (valid !== true) problems.push(`not well-formed: ${name}: ${valid.err.msg}`);
    }
  }
  for (const part of overrides.keys())
    if (part && !lower.has(part)) problems.push(`override for a missing part: ${part}`);
  for (const rels of names.filter((n) => n.endsWith('.rels'))) {
    const source = rels.replace(/^(.*?)_rels\/([^/]*)\.rels$/, '$1$2');
    const ids = new Set<string>();
    for (const m of text(rels).matchAll(/<Relationship\s[^>]*>/g)) {
      const id = attr(m[0], 'Id') ?? '';
      if (ids.has(id)) problems.push(`duplicate relationship id ${id} in ${rels}`);
      ids.add(id);
      if (attr(m[0], 'TargetMode') === 'External') continue;
      const target = resolve(source, decodeURIComponent(attr(m[0], 'Target') ?? ''));
      if (!lower.has(target.toLowerCase())) problems.push(`${rels}: ${id} → missing ${target}`);
    }
  }
  const workbook = text('xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)].map((m) => ({
    name: (attr(m[0], 'name') ?? '').toLowerCase(),
    id: attr(m[0], 'sheetId'),
  }));
  if (new Set(sheets.map((s) => s.name)).size !== sheets.length) problems.push('duplicate sheet names');
  if (new Set(sheets.map((s) => s.id)).size !== sheets.length) problems.push('duplicate sheet ids');
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?definedName\s[^>]*>/g)) {
    const local = attr(m[0], 'localSheetId');
    if (local !== undefined && Number(local) >= sheets.length)
      problems.push(`defined name local to sheet ${local} of ${sheets.length}`);
  }
  const sst = names.find((n) => n.toLowerCase() === 'xl/sharedstrings.xml');
  if (sst) {
    const xml = text(sst);
    const unique = attr(/<(?:[\w.-]+:)?sst\s[^>]*>/.exec(xml)?.[0] ?? '', 'uniqueCount');
    const count = (xml.match(/<(?:[\w.-]+:)?si[\s>]/g) ?? []).length;
    if (unique !== undefined && Number(unique) !== count)
      problems.push(`sharedStrings uniqueCount ${unique} ≠ ${count} items`);
  }
  return problems;
}

/** Raw (compressed) entries of a zip by name, from its central directory (independent of the host). */
export function rawEntries(bytes: Uint8Array): Map<string, { crc: number; compressed: Uint8Array }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const out = new Map<string, { crc: number; compressed: Uint8Array }>();
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(p + 28, true);
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLength));
    const crc = view.getUint32(p + 16, true);
    const size = view.getUint32(p + 20, true);
    const local = view.getUint32(p + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(name, { crc, compressed: bytes.subarray(start, start + size) });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
