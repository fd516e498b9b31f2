/**
 * `xl/styles.xml`: which cell formats are dates (for reading), and our formats appended after
 * the workbook's own (for writing), so every style index the clerk's cells use stays valid.
 */
import type { BorderWeight } from '../../workbook/sheetPlan';
import {
  attribute,
  elementAt,
  escapeAttribute,
  findElement,
  findElements,
  findStartTag,
  rootPrefix,
  type Element,
} from './xml';

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, with the East Asian ones). */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A format code that shows a date or time: a date letter outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell format index (`s` of a cell), whether its number format is a date. */
export function readDateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const p = rootPrefix(xml);
  const custom = new Map<number, string>();
  const numFmts = findElement(xml, `${p}numFmts`);
  if (numFmts) {
    for (const e of findElements(xml, `${p}numFmt`, numFmts.openEnd, numFmts.end)) {
      custom.set(Number(attribute(e.tag, 'numFmtId')), attribute(e.tag, 'formatCode') ?? '');
    }
  }
  const cellXfs = findElement(xml, `${p}cellXfs`);
  if (!cellXfs) return [];
  return findElements(xml, `${p}xf`, cellXfs.openEnd, cellXfs.end).map((e) => {
    const id = Number(attribute(e.tag, 'numFmtId') ?? '0');
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_IDS.has(id);
  });
}

/** A cell's whole format, after the plan's default style and runs are applied in order. */
export interface ResolvedStyle {
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  alignment: { horizontal?: string; vertical?: string; wrapText?: boolean; indent?: number };
  border: { top?: BorderWeight; bottom?: BorderWeight; left?: BorderWeight; right?: BorderWeight };
  fill?: string;
  numberFormat?: string;
}

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** The default font of what we write when a style names none (what the exceljs host wrote). */
const DEFAULT_FONT = { name: 'Calibri', size: 11 };

const SECTIONS = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;
type Section = (typeof SECTIONS)[number];
const CHILD: Partial<Record<Section, string>> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
};

export const BLANK_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

const argb = (color: string): string => `FF${color.replace('#', '').toUpperCase()}`;

/**
 * The workbook's styles with ours appended. Entries are deduplicated, so a sheet of thousands of
 * alike cells adds one format; the input's entries and their indices are never changed.
 */
export class StyleBook {
  private readonly prefix: string;
  private readonly counts = new Map<Section, number>();
  private readonly added = new Map<Section, string[]>();
  private readonly keys = new Map<string, number>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly existingXfs: string[];

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml);
    for (const section of SECTIONS) {
      const child = CHILD[section];
      const element = this.section(section);
      if (!child) continue;
      const children = element ? findElements(xml, this.prefix + child, element.openEnd, element.end) : [];
      this.counts.set(section, children.length);
      if (section === 'numFmts') {
        for (const e of children) {
          const id = Number(attribute(e.tag, 'numFmtId'));
          if (Number.isFinite(id)) this.nextFormatId = Math.max(this.nextFormatId, id + 1);
          this.customFormats.set(attribute(e.tag, 'formatCode') ?? '', id);
        }
      }
    }
    const cellXfs = this.section('cellXfs');
    this.existingXfs = cellXfs
      ? findElements(xml, `${this.prefix}xf`, cellXfs.openEnd, cellXfs.end).map((e) => xml.slice(e.start, e.end))
      : [];
  }

  private section(name: Section): Element | null {
    const start = findStartTag(this.xml, this.prefix + name, 0);
    return start < 0 ? null : elementAt(this.xml, start, this.prefix + name);
  }

  private append(section: Section, xml: string): number {
    const key = `${section}|${xml}`;
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const list = this.added.get(section) ?? [];
    this.added.set(section, list);
    const index = (this.counts.get(section) ?? 0) + list.length;
    list.push(xml);
    this.keys.set(key, index);
    return index;
  }

  private formatId(code: string | undefined): number {
    if (!code) return 0;
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const existing = this.customFormats.get(code);
    if (existing !== undefined) return existing;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.append('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  /** The index of a cell format with this style (appended once). */
  xfFor(style: ResolvedStyle): number {
    const f = { ...DEFAULT_FONT, ...style.font };
    const font =
      `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.underline ? '<u/>' : ''}` +
      `<sz val="${f.size}"/>${f.color ? `<color rgb="${argb(f.color)}"/>` : '<color theme="1"/>'}` +
      `<name val="${escapeAttribute(f.name)}"/><family val="2"/></font>`;
    const fontId = this.append('fonts', font);
    const fillId = style.fill
      ? this.append(
          'fills',
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const b = style.border;
    const edge = (name: string, weight: BorderWeight | undefined): string =>
      weight ? `<${name} style="${weight}"><color indexed="64"/></${name}>` : `<${name}/>`;
    const hasBorder = Boolean(b.top || b.bottom || b.left || b.right);
    const borderId = hasBorder
      ? this.append(
          'borders',
          `<border>${edge('left', b.left)}${edge('right', b.right)}${edge('top', b.top)}${edge('bottom', b.bottom)}<diagonal/></border>`,
        )
      : this.append('borders', '<border><left/><right/><top/><bottom/><diagonal/></border>');
    const numFmtId = this.formatId(style.numberFormat);
    const a = style.alignment;
    const alignAttrs =
      (a.horizontal ? ` horizontal="${a.horizontal}"` : '') +
      (a.vertical ? ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"` : '') +
      (a.wrapText ? ' wrapText="1"' : '') +
      (a.indent ? ` indent="${a.indent}"` : '');
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${alignAttrs ? ' applyAlignment="1"' : ''}` +
      (alignAttrs ? `><alignment${alignAttrs}/></xf>` : '/>');
    if (this.counts.get('cellStyleXfs') === 0 && !this.added.get('cellStyleXfs'))
      this.append('cellStyleXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>');
    return this.append('cellXfs', xf);
  }

  /** A copy of an existing cell format with the text format `@` (next-round's cells typed as text). */
  textXfFrom(index: number): number {
    const original = this.existingXfs[index] ?? this.existingXfs[0];
    if (!original) return this.xfFor({ font: {}, alignment: {}, border: {}, numberFormat: '@' });
    const close = original.indexOf('>');
    const selfClosing = original[close - 1] === '/';
    let tag = original.slice(0, selfClosing ? close - 1 : close).trimEnd();
    tag = /\snumFmtId="/.test(tag) ? tag.replace(/\snumFmtId="[^"]*"/, ' numFmtId="49"') : `${tag} numFmtId="49"`;
    tag = /\sapplyNumberFormat="/.test(tag)
      ? tag.replace(/\sapplyNumberFormat="[^"]*"/, ' applyNumberFormat="1"')
      : `${tag} applyNumberFormat="1"`;
    return this.append('cellXfs', `${tag}${selfClosing ? '/>' : original.slice(close)}`);
  }

  /** Did anything get appended? (If not, styles.xml is kept as it was.) */
  get changed(): boolean {
    return this.added.size > 0;
  }

  toXml(): string {
    const p = this.prefix;
    let xml = this.xml;
    // From the last section to the first, so earlier offsets stay valid.
    for (const section of [...SECTIONS].reverse()) {
      const list = this.added.get(section);
      if (!list || list.length === 0) continue;
      const name = p + section;
      // Our entries are written unprefixed; a part whose producer used a prefix gets it on every unprefixed name.
      const body = p
        ? list.map((x) => x.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${p}$2`)).join('')
        : list.join('');
      const count = (this.counts.get(section) ?? 0) + list.length;
      const start = findStartTag(xml, name, 0);
      if (start >= 0) {
        const e = elementAt(xml, start, name);
        const tag = withCount(e.tag.replace(/\/>$/, '>'), count);
        const inner = e.selfClosing ? '' : xml.slice(e.openEnd, e.end - name.length - 3);
        xml = `${xml.slice(0, e.start)}${tag}${inner}${body}</${name}>${xml.slice(e.end)}`;
      } else {
        const at = this.insertionPoint(xml, section);
        xml = `${xml.slice(0, at)}<${name} count="${count}">${body}</${name}>${xml.slice(at)}`;
      }
    }
    return xml;
  }

  /** Where a missing section goes: before the first later section present, else before the end tag. */
  private insertionPoint(xml: string, section: Section): number {
    for (const later of SECTIONS.slice(SECTIONS.indexOf(section) + 1)) {
      const at = findStartTag(xml, this.prefix + later, 0);
      if (at >= 0) return at;
    }
    const end = xml.lastIndexOf(`</${this.prefix}styleSheet>`);
    return end >= 0 ? end : xml.length;
  }
}

function withCount(tag: string, count: number): string {
  return /\scount="/.test(tag)
    ? tag.replace(/\scount="[^"]*"/, ` count="${count}"`)
    : tag.replace(/>$/, ` count="${count}">`);
}
