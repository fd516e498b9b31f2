/**
 * Just enough XML for the parts of a workbook package we read or edit: a scan for elements by
 * local name (whatever namespace prefix the producer chose), attributes, entity decoding and
 * escaping. The parts are machine-written SpreadsheetML, so a scanner over the text is enough,
 * and much faster than building a tree; parts we do not need are never looked at.
 */
import { WorkbookFileError } from './errors';

/** The namespace prefix (with its colon, or '') of a part's root element, e.g. `x:` in `<x:worksheet …>`. */
export function rootPrefix(xml: string): string {
  let i = 0;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0) return '';
    const next = xml.charCodeAt(i + 1);
    // Skip the declaration, comments and processing instructions.
    if (next === 63 /* ? */ || next === 33 /* ! */) {
      i += 2;
      continue;
    }
    const m = /^<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*/.exec(xml.slice(i, i + 200));
    return m && m[1] ? m[1] : '';
  }
}

/** The root element's start tag (namespace declarations there hold for the whole part). */
export function rootTag(xml: string): string {
  let i = 0;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0) return '';
    const next = xml.charCodeAt(i + 1);
    if (next === 63 /* ? */ || next === 33 /* ! */) {
      i += 2;
      continue;
    }
    return xml.slice(i, tagEnd(xml, i));
  }
}

/** The prefix the root element binds to a namespace (`r` for xmlns:r="…"), or null. */
export function rootPrefixFor(xml: string, ns: string): string | null {
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${ns.replace(/[./]/g, '\\$&')}["']`).exec(rootTag(xml));
  return m ? m[1] : null;
}

export interface Element {
  /** Index of `<`. */
  start: number;
  /** Index just after the start tag's `>`. */
  openEnd: number;
  /** Index just after the element (after `/>` or the end tag). */
  end: number;
  /** The start tag's text, `<name …>`. */
  tag: string;
  selfClosing: boolean;
}

/** Is the character after a tag name the end of the name? */
function endsName(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** The next start tag of `<{name}` at or after `from` (name including any prefix), or -1. */
export function findStartTag(xml: string, name: string, from: number, until = xml.length): number {
  const needle = `<${name}`;
  let i = xml.indexOf(needle, from);
  while (i >= 0 && i < until) {
    if (endsName(xml.charCodeAt(i + needle.length))) return i;
    i = xml.indexOf(needle, i + 1);
  }
  return -1;
}

/** The end of the start tag beginning at `start` (index after `>`), honouring quoted attribute values. */
export function tagEnd(xml: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  throw new WorkbookFileError('NOT_XLSX', 'badXml');
}

/** The element starting at `start` (its tag named `name`, with prefix), nested same-name elements counted. */
export function elementAt(xml: string, start: number, name: string): Element {
  const openEnd = tagEnd(xml, start);
  const tag = xml.slice(start, openEnd);
  if (tag.endsWith('/>')) return { start, openEnd, end: openEnd, tag, selfClosing: true };
  const close = `</${name}>`;
  let depth = 1;
  let i = openEnd;
  for (;;) {
    const nextClose = xml.indexOf(close, i);
    if (nextClose < 0) throw new WorkbookFileError('NOT_XLSX', 'badXml');
    let nextOpen = findStartTag(xml, name, i, nextClose);
    while (nextOpen >= 0) {
      const e = tagEnd(xml, nextOpen);
      if (xml.charCodeAt(e - 2) !== 47 /* / */) depth++;
      nextOpen = findStartTag(xml, name, e, nextClose);
    }
    depth--;
    i = nextClose + close.length;
    if (depth === 0) return { start, openEnd, end: i, tag, selfClosing: false };
  }
}

/** The first element named `name` (with prefix) at or after `from`, or null. */
export function findElement(xml: string, name: string, from = 0, until = xml.length): Element | null {
  const start = findStartTag(xml, name, from, until);
  return start < 0 ? null : elementAt(xml, start, name);
}

/** Every element named `name` (with prefix) between `from` and `until`, not nested in each other. */
export function findElements(xml: string, name: string, from = 0, until = xml.length): Element[] {
  const out: Element[] = [];
  let i = from;
  for (;;) {
    const start = findStartTag(xml, name, i, until);
    if (start < 0) return out;
    const element = elementAt(xml, start, name);
    out.push(element);
    i = element.end;
  }
}

/** The element's content (between its start and end tags; '' when self-closing). */
export function innerXml(xml: string, element: Element, name: string): string {
  if (element.selfClosing) return '';
  return xml.slice(element.openEnd, element.end - name.length - 3);
}

/** The attributes of a start tag, by qualified name (`r:id` stays `r:id`), values decoded. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out.set(m[1], decodeEntities(m[2] ?? m[3] ?? ''));
  return out;
}

const attributePatterns = new Map<string, RegExp>();

/** One attribute of a start tag by qualified name, decoded; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  let re = attributePatterns.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, re);
  }
  const m = re.exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
}

/** An attribute by local name in any namespace (`r:id`, `ns1:id`), for relationship ids. */
export function namespacedAttribute(tag: string, local: string): string | undefined {
  const re = new RegExp(`\\s[\\w.-]+:${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** SpreadsheetML's escape of characters XML cannot hold (ST_Xstring): `_x000D_` is a carriage return. */
export function decodeXstring(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text content: XML escapes, control characters as `_xHHHH_`, a literal `_xHHHH_` protected. */
export function escapeText(text: string): string {
  let out = text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  if (/_x[0-9A-Fa-f]{4}_/.test(out)) out = out.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  return out.replace(
    // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these: they are escaped, on purpose
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\n\r\t]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : `&#${c.charCodeAt(0)};`,
  );
}

/** Text of every `<t>` of a string item (`<si>`/`<is>`), phonetic runs (`<rPh>`) left out. */
export function stringItemText(xml: string, prefix: string): string {
  const t = `${prefix}t`;
  const rPh = `${prefix}rPh`;
  let out = '';
  let i = 0;
  for (;;) {
    const start = findStartTag(xml, t, i);
    if (start < 0) break;
    const phonetic = findStartTag(xml, rPh, i, start);
    if (phonetic >= 0) {
      i = elementAt(xml, phonetic, rPh).end;
      continue;
    }
    const element = elementAt(xml, start, t);
    out += innerXml(xml, element, t);
    i = element.end;
  }
  return decodeXstring(decodeEntities(out));
}
