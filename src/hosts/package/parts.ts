/**
 * The package's bookkeeping parts (Open Packaging Conventions): `[Content_Types].xml` and the
 * relationship parts, read into plain lists and edited as text so that what we do not touch
 * stays as the producer wrote it.
 */
import { attribute, attributes, escapeAttribute, findElements, rootPrefix } from './xml';

export const CONTENT_TYPES = '[Content_Types].xml';
export const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
export const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
export const REL_SHARED_STRINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
export const REL_CUSTOM_PROPERTIES =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** Strict OOXML (ISO 29500 strict) spells the relationship types under purl.oclc.org. */
const STRICT_BASE = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export const TYPE_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const TYPE_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
export const TYPE_CUSTOM_PROPERTIES = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
export const WORKBOOK_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
];
export const MACRO_WORKBOOK_TYPES = [WORKBOOK_TYPES[1], WORKBOOK_TYPES[3]];

/** Does a relationship type name this kind, in transitional or strict spelling? */
export function isRelType(type: string, transitional: string): boolean {
  if (type === transitional) return true;
  const local = transitional.slice(transitional.lastIndexOf('/') + 1);
  return type === `${STRICT_BASE}${local}`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRelationships(xml: string): Relationship[] {
  const p = rootPrefix(xml);
  return findElements(xml, `${p}Relationship`).map((e) => {
    const a = attributes(e.tag);
    return {
      id: a.get('Id') ?? '',
      type: a.get('Type') ?? '',
      target: a.get('Target') ?? '',
      external: a.get('TargetMode') === 'External',
    };
  });
}

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return normalizePath(target.slice(1));
  const base = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  return normalizePath(base + target);
}

function normalizePath(path: string): string {
  const out: string[] = [];
  for (const segment of decodeURIComponentSafe(path).split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A target relative to the source part's folder (`xl/worksheets/sheet9.xml` from `xl/workbook.xml` → `worksheets/sheet9.xml`). */
export function relativeTarget(sourcePart: string, part: string): string {
  const base = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  return part.startsWith(base) ? part.slice(base.length) : `/${part}`;
}

export function relationshipXml(rel: Relationship): string {
  return `<Relationship Id="${escapeAttribute(rel.id)}" Type="${escapeAttribute(rel.type)}" Target="${escapeAttribute(rel.target)}"${rel.external ? ' TargetMode="External"' : ''}/>`;
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * A rels part with some relationships removed (by id) and some added, everything else as it was.
 */
export function editRelationships(xml: string, removeIds: Set<string>, add: Relationship[]): string {
  const p = rootPrefix(xml);
  let out = '';
  let at = 0;
  for (const e of findElements(xml, `${p}Relationship`)) {
    if (removeIds.has(attribute(e.tag, 'Id') ?? '')) {
      out += xml.slice(at, e.start);
      at = e.end;
    }
  }
  out += xml.slice(at);
  const close = `</${p}Relationships>`;
  const added = add.map((r) => relationshipXml(r).replace('<Relationship', `<${p}Relationship`)).join('');
  const i = out.lastIndexOf(close);
  if (i >= 0) return out.slice(0, i) + added + out.slice(i);
  // `<Relationships …/>`: open it.
  return out.replace(
    /<([\w.-]+:)?Relationships([^>]*)\/>/,
    (_, pre = '', rest: string) => `<${pre}Relationships${rest}>${added}</${pre}Relationships>`,
  );
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const p = rootPrefix(xml);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const e of findElements(xml, `${p}Default`)) {
    const a = attributes(e.tag);
    defaults.set((a.get('Extension') ?? '').toLowerCase(), a.get('ContentType') ?? '');
  }
  for (const e of findElements(xml, `${p}Override`)) {
    const a = attributes(e.tag);
    overrides.set((a.get('PartName') ?? '').replace(/^\//, '').toLowerCase(), a.get('ContentType') ?? '');
  }
  return { defaults, overrides };
}

export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const override = types.overrides.get(part.toLowerCase());
  if (override !== undefined) return override;
  const dot = part.lastIndexOf('.');
  return dot < 0 ? undefined : types.defaults.get(part.slice(dot + 1).toLowerCase());
}

/** `[Content_Types].xml` without the overrides of removed parts and with overrides for new ones. */
export function editContentTypes(xml: string, removeParts: Set<string>, add: [string, string][]): string {
  const p = rootPrefix(xml);
  let out = '';
  let at = 0;
  for (const e of findElements(xml, `${p}Override`)) {
    const part = (attribute(e.tag, 'PartName') ?? '').replace(/^\//, '').toLowerCase();
    if (removeParts.has(part)) {
      out += xml.slice(at, e.start);
      at = e.end;
    }
  }
  out += xml.slice(at);
  const added = add
    .map(
      ([part, type]) => `<${p}Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/>`,
    )
    .join('');
  const close = `</${p}Types>`;
  const i = out.lastIndexOf(close);
  return i < 0 ? out : out.slice(0, i) + added + out.slice(i);
}
