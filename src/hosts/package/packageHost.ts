/**
 * The package host: the command line's and the offline page's workbook (WorkbookPort). It opens
 * the .xlsx/.xlsm as the zip package it is and reads only what a command asks for (workbook.xml,
 * its relationships, the shared strings, the styles that say which cells are dates, and the
 * requested worksheets); charts, pictures, comments, pivots, macros and anything else are never
 * parsed, so they can neither crash it nor be lost. Writing gives back the same package with our
 * output sheets added or replaced: every other part keeps its compressed bytes, and only
 * workbook.xml, its relationships, [Content_Types].xml, docProps/app.xml, styles.xml (ours
 * appended after the workbook's own) and docProps/custom.xml (our mark) are edited, as text.
 * It runs in Node and in the browser alike (no file system here: bytes in, bytes out).
 */
import type { CellWrite, SheetValues, WorkbookPort } from '../../workbook/port';
import type { Rect, SheetPlan } from '../../workbook/sheetPlan';
import { a1, columnIndex } from '../../workbook/address';
import { orderOutputSheets } from '../../workbook/sheetNames';
import { DEFAULT_LIMITS, type ZipLimits, ZipReader, ZipWriter } from './zip';
import { FormulaWithoutValueError, WorkbookFileError, type FormulaCell } from './errors';
import {
  CONTENT_TYPES,
  EMPTY_RELS,
  MACRO_WORKBOOK_TYPES,
  REL_CUSTOM_PROPERTIES,
  REL_OFFICE_DOCUMENT,
  REL_SHARED_STRINGS,
  REL_STYLES,
  REL_WORKSHEET,
  TYPE_CUSTOM_PROPERTIES,
  TYPE_STYLES,
  TYPE_WORKSHEET,
  WORKBOOK_TYPES,
  contentTypeOf,
  editContentTypes,
  editRelationships,
  isRelType,
  parseContentTypes,
  parseRelationships,
  relativeTarget,
  relsPartOf,
  resolveTarget,
  type ContentTypes,
  type Relationship,
} from './parts';
import { BLANK_STYLES, StyleBook, readDateStyles } from './styles';
import { type ReadSheet, readSharedStrings, readSheetXml } from './sheetReader';
import { writeSheet, type DefinedName } from './sheetWriter';
import { APP_PART, CUSTOM_PART, hasOutputMark, withOutputMark, withSheetTitles } from './docProps';
import {
  attribute,
  decodeEntities,
  elementAt,
  escapeAttribute,
  escapeText,
  findElement,
  findElements,
  findStartTag,
  rootPrefix,
  rootPrefixFor,
} from './xml';
import { sniffNonZip } from './sniff';

type SheetKind = 'worksheet' | 'chartsheet' | 'other';

interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The sheet's part (resolved path), '' when its relationship is missing. */
  part: string;
  kind: SheetKind;
  /** The `<sheet …/>` element as the workbook had it; null for a sheet we add. */
  element: string | null;
}

interface DefinedNameEntry {
  /** The element as written, with its localSheetId to be renumbered. */
  xml: string;
  /** The sheet it is local to, or null for a workbook-level name. */
  sheet: SheetEntry | null;
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_NS_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A part name as a key (part names compare case-insensitively). */
const keyOf = (part: string): string => part.replace(/^\//, '').toLowerCase();

export class PackageHost implements WorkbookPort {
  /** Parts we changed or added (by key), with their names as written. */
  private readonly changed = new Map<string, { name: string; data: Uint8Array }>();
  /** Parts removed from the package (keys). */
  private readonly removed = new Set<string>();
  private readonly contentTypes: ContentTypes;
  private readonly workbookPart: string;
  private readonly workbookRelsPart: string;
  private readonly sheets: SheetEntry[];
  private definedNames: DefinedNameEntry[];
  private readonly date1904: boolean;
  /** The namespace prefix of workbook.xml's elements ('' or e.g. `x:`). */
  private readonly workbookPrefix: string;
  private sharedStrings: string[] | null = null;
  private dateStyles: boolean[] | null = null;
  private readonly readCache = new Map<string, ReadSheet>();
  private newRelIds: Relationship[] = [];
  private removedRelIds = new Set<string>();

  private constructor(private readonly zip: ZipReader) {
    if (!zip.has(CONTENT_TYPES)) throw new WorkbookFileError('NOT_XLSX', 'notWorkbook');
    this.contentTypes = parseContentTypes(this.text(CONTENT_TYPES) ?? '');
    const rootRels = parseRelationships(this.text('_rels/.rels') ?? '');
    const main = rootRels.find((r) => isRelType(r.type, REL_OFFICE_DOCUMENT));
    if (!main) throw new WorkbookFileError('NOT_XLSX', 'notWorkbook');
    this.workbookPart = resolveTarget('', main.target);
    const type = contentTypeOf(this.contentTypes, this.workbookPart) ?? '';
    if (!WORKBOOK_TYPES.includes(type) || !zip.has(this.workbookPart))
      throw new WorkbookFileError('NOT_XLSX', 'notWorkbook');
    this.workbookRelsPart = relsPartOf(this.workbookPart);
    const workbookXml = this.text(this.workbookPart) ?? '';
    const rels = parseRelationships(this.text(this.workbookRelsPart) ?? '');
    const p = rootPrefix(workbookXml);
    this.workbookPrefix = p;
    const pr = findElement(workbookXml, `${p}workbookPr`);
    const date1904 = pr ? attribute(pr.tag, 'date1904') : undefined;
    this.date1904 = date1904 === '1' || date1904 === 'true';
    const sheetsElement = findElement(workbookXml, `${p}sheets`);
    this.sheets = sheetsElement
      ? findElements(workbookXml, `${p}sheet`, sheetsElement.openEnd, sheetsElement.end).map((e) => {
          const relId = namespaced(e.tag, 'id') ?? '';
          const rel = rels.find((r) => r.id === relId);
          const part = rel && !rel.external ? resolveTarget(this.workbookPart, rel.target) : '';
          const kind: SheetKind = !rel
            ? 'other'
            : isRelType(rel.type, REL_WORKSHEET)
              ? 'worksheet'
              : rel.type.endsWith('/chartsheet')
                ? 'chartsheet'
                : 'other';
          return {
            name: attribute(e.tag, 'name') ?? '',
            sheetId: Number(attribute(e.tag, 'sheetId') ?? '0'),
            relId,
            part,
            kind,
            element: workbookXml.slice(e.start, e.end),
          };
        })
      : [];
    const namesElement = findElement(workbookXml, `${p}definedNames`);
    this.definedNames = namesElement
      ? findElements(workbookXml, `${p}definedName`, namesElement.openEnd, namesElement.end).map((e) => {
          const local = attribute(e.tag, 'localSheetId');
          return {
            xml: workbookXml.slice(e.start, e.end),
            sheet: local !== undefined ? (this.sheets[Number(local)] ?? null) : null,
          };
        })
      : [];
  }

  /**
   * Opens a workbook from its bytes. Not a workbook, encrypted, damaged or too large: a
   * WorkbookFileError saying which.
   */
  static open(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): PackageHost {
    sniffNonZip(bytes);
    return new PackageHost(ZipReader.open(bytes, limits));
  }

  /** A new, empty workbook (the `template` command and the examples start from it). */
  static blank(): PackageHost {
    const zip = new ZipWriter();
    const epoch = new Date(Date.UTC(1980, 0, 1));
    const part = (name: string, xml: string) => zip.add(name, encoder.encode(xml), epoch);
    const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    part(
      CONTENT_TYPES,
      `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK_TYPES[0]}"/><Override PartName="/xl/styles.xml" ContentType="${TYPE_STYLES}"/></Types>`,
    );
    part(
      '_rels/.rels',
      `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="xl/workbook.xml"/></Relationships>`,
    );
    part(
      'xl/workbook.xml',
      `${decl}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
    );
    part(
      'xl/_rels/workbook.xml.rels',
      `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_STYLES}" Target="styles.xml"/></Relationships>`,
    );
    part('xl/styles.xml', BLANK_STYLES);
    return PackageHost.open(zip.finish());
  }

  /** True when the workbook carries macros (`.xlsm`): it must be saved as `.xlsm` again. */
  get hasMacros(): boolean {
    return MACRO_WORKBOOK_TYPES.includes(contentTypeOf(this.contentTypes, this.workbookPart) ?? '');
  }

  /** True when this tool wrote the file (our mark in its custom properties). */
  get writtenByUs(): boolean {
    return hasOutputMark(this.text(CUSTOM_PART));
  }

  // ---- parts -------------------------------------------------------------------------------

  private bytesOf(part: string): Uint8Array | null {
    const key = keyOf(part);
    if (this.removed.has(key)) return null;
    const changed = this.changed.get(key);
    if (changed) return changed.data;
    return this.zip.has(part) ? this.zip.read(part) : null;
  }

  private text(part: string): string | null {
    const bytes = this.bytesOf(part);
    return bytes ? decoder.decode(bytes) : null;
  }

  private exists(part: string): boolean {
    const key = keyOf(part);
    return !this.removed.has(key) && (this.changed.has(key) || this.zip.has(part));
  }

  private put(part: string, xml: string): void {
    const key = keyOf(part);
    this.removed.delete(key);
    const name = this.zip.entry(part)?.name ?? part;
    this.changed.set(key, { name, data: encoder.encode(xml) });
  }

  private remove(part: string): void {
    const key = keyOf(part);
    this.changed.delete(key);
    this.removed.add(key);
  }

  private workbookRels(): Relationship[] {
    return parseRelationships(this.text(this.workbookRelsPart) ?? '');
  }

  private partOfType(relType: string): string | null {
    const rel = this.workbookRels().find((r) => isRelType(r.type, relType) && !r.external);
    return rel ? resolveTarget(this.workbookPart, rel.target) : null;
  }

  // ---- reading -----------------------------------------------------------------------------

  async sheetNames(): Promise<string[]> {
    return this.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name);
  }

  async readSheets(names: string[]): Promise<Map<string, SheetValues>> {
    const result = new Map<string, SheetValues>();
    const formulas: FormulaCell[] = [];
    for (const name of names) {
      const sheet = this.sheets.find((s) => s.kind === 'worksheet' && s.name === name);
      if (!sheet) continue;
      const read = this.readSheet(sheet);
      for (const cell of read.formulasWithoutValue) formulas.push({ sheet: name, ...cell });
      result.set(name, read.values);
    }
    if (formulas.length) throw new FormulaWithoutValueError(formulas);
    return result;
  }

  /** The merged ranges of worksheets (0-based), for readers that must refuse merged marks. */
  async mergedRanges(names: string[]): Promise<Map<string, Rect[]>> {
    const out = new Map<string, Rect[]>();
    for (const name of names) {
      const sheet = this.sheets.find((s) => s.kind === 'worksheet' && s.name === name);
      if (sheet) out.set(name, this.readSheet(sheet).merges);
    }
    return out;
  }

  private readSheet(sheet: SheetEntry): ReadSheet {
    const key = keyOf(sheet.part);
    const cached = this.readCache.get(key);
    if (cached) return cached;
    const xml = this.text(sheet.part);
    const read: ReadSheet = xml
      ? withPart(sheet.part, () =>
          readSheetXml(xml, {
            date1904: this.date1904,
            sharedStrings: () => (this.sharedStrings ??= this.loadSharedStrings()),
            dateStyles: () => (this.dateStyles ??= readDateStyles(this.stylesXml())),
          }),
        )
      : { values: [], merges: [], formulasWithoutValue: [] };
    this.readCache.set(key, read);
    return read;
  }

  private loadSharedStrings(): string[] {
    const part = this.partOfType(REL_SHARED_STRINGS);
    const xml = part ? this.text(part) : null;
    return xml ? readSharedStrings(xml) : [];
  }

  private stylesPart(): string | null {
    return this.partOfType(REL_STYLES);
  }

  private stylesXml(): string | null {
    const part = this.stylesPart();
    return part ? this.text(part) : null;
  }

  // ---- writing -----------------------------------------------------------------------------

  async writeOutputs(plans: SheetPlan[], replace: string[]): Promise<void> {
    if (plans.length === 0 && replace.length === 0) return;
    // 1. Everything new is built first; a failure here changes nothing.
    const styles = new StyleBook(this.stylesXml() ?? BLANK_STYLES);
    const built = plans.map((plan) => ({ plan, sheet: writeSheet(plan, styles) }));

    // 2. The swap.
    const doomed = new Set([...plans.map((p) => p.name.toLowerCase()), ...replace.map((n) => n.toLowerCase())]);
    const removedSheets = this.sheets.filter((s) => doomed.has(s.name.toLowerCase()));
    for (const sheet of removedSheets) this.removeSheet(sheet);
    this.commitStyles(styles);
    let nextId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    for (const { plan, sheet } of built) {
      const part = this.freePartName('xl/worksheets/sheet', '.xml');
      const relId = this.freeRelId();
      this.put(part, sheet.xml);
      this.newRelIds.push({
        id: relId,
        type: REL_WORKSHEET,
        target: relativeTarget(this.workbookPart, part),
        external: false,
      });
      const entry: SheetEntry = { name: plan.name, sheetId: nextId++, relId, part, kind: 'worksheet', element: null };
      this.sheets.push(entry);
      for (const dn of sheet.definedNames)
        this.definedNames.push({ xml: definedNameXml(dn, this.workbookPrefix), sheet: entry });
    }
    const order = orderOutputSheets(this.sheets.map((s) => s.name));
    this.sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    this.readCache.clear();
  }

  private commitStyles(styles: StyleBook): void {
    if (!styles.changed) return;
    let part = this.stylesPart();
    if (!part) {
      part = 'xl/styles.xml';
      this.newRelIds.push({
        id: this.freeRelId(),
        type: REL_STYLES,
        target: relativeTarget(this.workbookPart, part),
        external: false,
      });
    }
    this.put(part, styles.toXml());
    this.dateStyles = null;
  }

  /** Removes a sheet, its relationships part and the parts only it referred to. */
  private removeSheet(sheet: SheetEntry): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.definedNames = this.definedNames.filter((d) => d.sheet !== sheet);
    if (sheet.relId) {
      if (this.newRelIds.some((r) => r.id === sheet.relId))
        this.newRelIds = this.newRelIds.filter((r) => r.id !== sheet.relId);
      else this.removedRelIds.add(sheet.relId);
    }
    if (sheet.part) {
      this.removePartTree(sheet.part);
      this.dropFromCalcChain(sheet.sheetId);
    }
  }

  private removePartTree(part: string, depth = 0): void {
    const rels = relsPartOf(part);
    const targets = this.exists(rels)
      ? parseRelationships(this.text(rels) ?? '')
          .filter((r) => !r.external)
          .map((r) => resolveTarget(part, r.target))
      : [];
    this.remove(part);
    if (this.exists(rels)) this.remove(rels);
    if (depth > 3) return;
    for (const target of targets) {
      if (this.exists(target) && !this.referencedElsewhere(target)) this.removePartTree(target, depth + 1);
    }
  }

  /** Is a part the target of any relationship still in the package? */
  private referencedElsewhere(part: string): boolean {
    const key = keyOf(part);
    const relParts = [...this.zip.entries.map((e) => e.name), ...[...this.changed.values()].map((c) => c.name)].filter(
      (n) => n.toLowerCase().endsWith('.rels') && this.exists(n),
    );
    for (const rels of new Set(relParts)) {
      const source = sourceOfRels(rels);
      if (
        rels === this.workbookRelsPart &&
        this.workbookRels().some(
          (r) => !r.external && keyOf(resolveTarget(source, r.target)) === key && !this.removedRelIds.has(r.id),
        )
      )
        return true;
      if (rels === this.workbookRelsPart) continue;
      if (
        parseRelationships(this.text(rels) ?? '').some(
          (r) => !r.external && keyOf(resolveTarget(source, r.target)) === key,
        )
      )
        return true;
    }
    return false;
  }

  /** calcChain.xml names cells by sheetId: entries of a removed sheet would make Excel repair the file. */
  private dropFromCalcChain(sheetId: number): void {
    const rel = this.workbookRels().find((r) => r.type.endsWith('/calcChain'));
    if (!rel) return;
    const part = resolveTarget(this.workbookPart, rel.target);
    const xml = this.text(part);
    if (!xml) return;
    const p = rootPrefix(xml);
    let current = '';
    let out = '';
    let at = 0;
    let dropped = 0;
    let kept = 0;
    for (const e of findElements(xml, `${p}c`)) {
      const i = attribute(e.tag, 'i');
      // A `c` without `i` belongs to the sheet of the one before it.
      if (i !== undefined) current = i;
      if (current === String(sheetId)) {
        out += xml.slice(at, e.start);
        at = e.end;
        dropped++;
      } else {
        if (i === undefined && dropped > 0 && kept === 0) {
          // The first kept entry after dropped ones must carry its sheet again.
          out +=
            xml.slice(at, e.start) +
            e.tag.replace(/^<([\w.:-]+)/, `<$1 i="${current}"`) +
            xml.slice(e.start + e.tag.length, e.end);
          at = e.end;
        }
        kept++;
      }
    }
    if (dropped === 0) return;
    if (kept === 0) {
      this.remove(part);
      this.removedRelIds.add(rel.id);
      return;
    }
    this.put(part, out + xml.slice(at));
  }

  private freePartName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.zip.has(name) && !this.changed.has(keyOf(name))) return name;
    }
  }

  private freeRelId(): string {
    const used = new Set([...this.workbookRels().map((r) => r.id), ...this.newRelIds.map((r) => r.id)]);
    for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
  }

  /**
   * Fills empty cells of an input sheet (next-round's `Bầu cử` row): only that sheet's part
   * changes. Strings are inline strings in a copy of the cell's format with the text format `@`.
   */
  async fillCells(sheetName: string, cells: CellWrite[]): Promise<void> {
    const sheet = this.sheets.find((s) => s.kind === 'worksheet' && s.name === sheetName);
    if (!sheet || !sheet.part) throw new Error(`no sheet ${sheetName}`);
    const read = this.readSheet(sheet);
    for (const c of cells) {
      const value = read.values[c.row]?.[c.col];
      if (value !== null && value !== undefined && value !== '')
        throw new Error(`cell ${sheetName}!${a1(c.row, c.col)} is not empty`);
    }
    const styles = new StyleBook(this.stylesXml() ?? BLANK_STYLES);
    const xml = fillSheetXml(this.text(sheet.part) ?? '', cells, styles);
    this.put(sheet.part, xml);
    this.commitStyles(styles);
    this.readCache.clear();
  }

  // ---- the package out ---------------------------------------------------------------------

  /**
   * The workbook as bytes. `now` stamps the zip entries of the parts we wrote (same input and
   * clock → same bytes); every other entry is copied with its own.
   */
  toBytes(now: Date): Uint8Array {
    this.finishBookkeeping();
    const zip = new ZipWriter();
    const seen = new Set<string>();
    for (const entry of this.zip.entries) {
      const key = keyOf(entry.name);
      seen.add(key);
      if (this.removed.has(key)) continue;
      const changed = this.changed.get(key);
      if (changed) zip.add(entry.name, changed.data, now);
      else zip.copy(entry, this.zip.compressed(entry));
    }
    for (const [key, part] of this.changed) if (!seen.has(key)) zip.add(part.name, part.data, now);
    return zip.finish();
  }

  /** workbook.xml, its rels, [Content_Types].xml, app.xml and the mark, from the current state. */
  private finishBookkeeping(): void {
    // workbook.xml: sheets in order, defined names renumbered, the active tab kept on its sheet.
    const original = this.text(this.workbookPart) ?? '';
    const p = rootPrefix(original);
    const relPrefix = rootPrefixFor(original, REL_NS) ?? rootPrefixFor(original, REL_NS_STRICT);
    const sheetXml = this.sheets
      .map(
        (s) =>
          s.element ??
          `<${p}sheet name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}" ${relPrefix ? `${relPrefix}:id` : `xmlns:r="${REL_NS}" r:id`}="${escapeAttribute(s.relId)}"/>`,
      )
      .join('');
    let xml = replaceElement(original, `${p}sheets`, `<${p}sheets>${sheetXml}</${p}sheets>`, null);
    const names = this.definedNames
      .filter((d) => d.sheet === null || this.sheets.includes(d.sheet))
      .map((d) => (d.sheet ? withLocalSheetId(d.xml, this.sheets.indexOf(d.sheet)) : d.xml));
    const namesXml = names.length ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : '';
    xml = replaceElement(xml, `${p}definedNames`, namesXml, `</${p}sheets>`);
    xml = this.fixActiveTab(xml, p);
    if (xml !== original) this.put(this.workbookPart, xml);

    // Relationships of the workbook.
    if (this.newRelIds.length || this.removedRelIds.size) {
      this.put(
        this.workbookRelsPart,
        editRelationships(this.text(this.workbookRelsPart) ?? EMPTY_RELS, this.removedRelIds, this.newRelIds),
      );
      this.newRelIds = [];
      this.removedRelIds = new Set();
    }

    // The mark: docProps/custom.xml (created, with its relationship, when the file had none).
    const hadCustom = this.exists(CUSTOM_PART);
    this.put(CUSTOM_PART, withOutputMark(this.text(CUSTOM_PART)));
    if (!hadCustom) {
      const rootRels = this.text('_rels/.rels') ?? EMPTY_RELS;
      const used = new Set(parseRelationships(rootRels).map((r) => r.id));
      let n = 1;
      while (used.has(`rId${n}`)) n++;
      this.put(
        '_rels/.rels',
        editRelationships(rootRels, new Set(), [
          { id: `rId${n}`, type: REL_CUSTOM_PROPERTIES, target: CUSTOM_PART, external: false },
        ]),
      );
    }

    // docProps/app.xml lists the sheets.
    const app = this.text(APP_PART);
    if (app) {
      const updated = withSheetTitles(
        app,
        this.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name),
        this.sheets.filter((s) => s.kind === 'chartsheet').map((s) => s.name),
      );
      if (updated !== app) this.put(APP_PART, updated);
    }

    // [Content_Types].xml: overrides for every part added, none for parts removed.
    const types = parseContentTypes(this.text(CONTENT_TYPES) ?? '');
    const add: [string, string][] = [];
    const existsInTypes = (part: string) => types.overrides.has(keyOf(part));
    for (const s of this.sheets) if (s.element === null && !existsInTypes(s.part)) add.push([s.part, TYPE_WORKSHEET]);
    const styles = this.stylesPart();
    if (styles && !existsInTypes(styles) && contentTypeOf(types, styles) !== TYPE_STYLES)
      add.push([styles, TYPE_STYLES]);
    if (!existsInTypes(CUSTOM_PART)) add.push([CUSTOM_PART, TYPE_CUSTOM_PROPERTIES]);
    const removedTyped = new Set([...this.removed].filter((k) => types.overrides.has(k)));
    const ct = this.text(CONTENT_TYPES) ?? '';
    const edited = editContentTypes(ct, removedTyped, add);
    if (edited !== ct) this.put(CONTENT_TYPES, edited);
  }

  private fixActiveTab(xml: string, p: string): string {
    const views = findElement(xml, `${p}bookViews`);
    if (!views) return xml;
    const visible = this.sheets.findIndex((s) => !/\sstate="(hidden|veryHidden)"/.test(s.element ?? ''));
    let out = '';
    let at = 0;
    for (const e of findElements(xml, `${p}workbookView`, views.openEnd, views.end)) {
      let tag = e.tag;
      for (const attr of ['activeTab', 'firstSheet']) {
        const value = attribute(tag, attr);
        if (value === undefined) continue;
        const index = Number(value);
        const fixed = index >= 0 && index < this.sheets.length ? index : Math.max(0, visible);
        tag = tag.replace(new RegExp(`\\s${attr}="[^"]*"`), ` ${attr}="${fixed}"`);
      }
      out += xml.slice(at, e.start) + tag;
      at = e.start + e.tag.length;
    }
    return out + xml.slice(at);
  }
}

/** Runs a reader of one part; damaged XML is reported with the part's name. */
function withPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof WorkbookFileError && !error.part) throw new WorkbookFileError(error.code, error.reason, part);
    throw error;
  }
}

function namespaced(tag: string, local: string): string | undefined {
  const m = new RegExp(`\\s[\\w.-]+:${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
}

/** The source part of a rels part: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`. */
function sourceOfRels(rels: string): string {
  const m = /^(.*?)_rels\/([^/]+)\.rels$/i.exec(rels);
  return m ? `${m[1]}${m[2]}` : '';
}

/** Replaces an element (or inserts `replacement` after `insertAfter` when there is none). */
function replaceElement(xml: string, name: string, replacement: string, insertAfter: string | null): string {
  const start = findStartTag(xml, name, 0);
  if (start >= 0) {
    const e = elementAt(xml, start, name);
    return xml.slice(0, e.start) + replacement + xml.slice(e.end);
  }
  if (!replacement || !insertAfter) return xml;
  const at = xml.indexOf(insertAfter);
  return at < 0 ? xml : xml.slice(0, at + insertAfter.length) + replacement + xml.slice(at + insertAfter.length);
}

function withLocalSheetId(xml: string, index: number): string {
  const end = xml.indexOf('>');
  const tag = xml.slice(0, end);
  const fixed = /\slocalSheetId="/.test(tag)
    ? tag.replace(/\slocalSheetId="[^"]*"/, ` localSheetId="${index}"`)
    : `${tag} localSheetId="${index}"`;
  return fixed + xml.slice(end);
}

/** A defined name of ours, in the workbook part's prefix (`<x:definedName>` where the part uses `x:`). */
function definedNameXml(dn: DefinedName, p: string): string {
  return `<${p}definedName name="${escapeAttribute(dn.name)}" localSheetId="0">${escapeText(dn.value)}</${p}definedName>`;
}

/** The sheet XML with the cells filled in, rows and cells kept in order; spans hints dropped on touched rows. */
export function fillSheetXml(xml: string, cells: CellWrite[], styles: StyleBook): string {
  const p = rootPrefix(xml);
  const dataStart = findStartTag(xml, `${p}sheetData`, 0);
  if (dataStart < 0) throw new Error('sheet without sheetData');
  const data = elementAt(xml, dataStart, `${p}sheetData`);
  const inner = data.selfClosing ? '' : xml.slice(data.openEnd, data.end - `</${p}sheetData>`.length);
  const colStyles = columnStyles(xml, p);
  const rows = findElements(inner, `${p}row`).map((e) => ({ e, r: Number(attribute(e.tag, 'r') ?? '0') - 1 }));
  const byRow = new Map<number, CellWrite[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const pieces: string[] = [];
  let at = 0;
  const targetRows = [...byRow.keys()].sort((a, b) => a - b);
  let maxRow = 0;
  let maxCol = 0;
  for (const target of targetRows) {
    const writes = (byRow.get(target) ?? []).sort((a, b) => a.col - b.col);
    maxRow = Math.max(maxRow, target);
    for (const w of writes) maxCol = Math.max(maxCol, w.col);
    const existing = rows.find((x) => x.r === target);
    if (existing) {
      pieces.push(inner.slice(at, existing.e.start));
      pieces.push(fillRow(inner.slice(existing.e.start, existing.e.end), writes, p, styles, colStyles));
      at = existing.e.end;
    } else {
      const after = rows.find((x) => x.r > target);
      const insertAt = after ? after.e.start : inner.length;
      pieces.push(inner.slice(at, insertAt));
      pieces.push(
        `<${p}row r="${target + 1}">${writes.map((w) => cellXml(w, p, styles.textXfFrom(colStyles.get(w.col) ?? 0), colStyles.get(w.col))).join('')}</${p}row>`,
      );
      at = insertAt;
    }
  }
  pieces.push(inner.slice(at));
  const body = pieces.join('');
  let out = `${xml.slice(0, data.start)}<${p}sheetData>${body}</${p}sheetData>${xml.slice(data.end)}`;
  // The dimension (the used range) grows to cover the new cells.
  const dim = findElement(out, `${p}dimension`);
  if (dim) {
    const ref = attribute(dim.tag, 'ref') ?? 'A1';
    const last = /([A-Z]+)(\d+)$/.exec(ref);
    const lastRow = last ? Math.max(Number(last[2]) - 1, maxRow) : maxRow;
    const lastCol = last ? Math.max(columnIndex(last[1]), maxCol) : maxCol;
    const first = ref.split(':')[0];
    const fixed = `${first}:${a1(lastRow, lastCol)}`;
    out =
      out.slice(0, dim.start) +
      dim.tag.replace(/\sref="[^"]*"/, ` ref="${fixed}"`) +
      out.slice(dim.start + dim.tag.length);
  }
  return out;
}

/** `<col min max style>` → the style of each 0-based column that has one. */
function columnStyles(xml: string, p: string): Map<number, number> {
  const out = new Map<number, number>();
  const cols = findElement(xml, `${p}cols`);
  if (!cols) return out;
  for (const e of findElements(xml, `${p}col`, cols.openEnd, cols.end)) {
    const style = attribute(e.tag, 'style');
    if (style === undefined) continue;
    const min = Number(attribute(e.tag, 'min') ?? '0');
    const max = Math.min(Number(attribute(e.tag, 'max') ?? '0'), min + 1000);
    for (let c = min; c <= max; c++) out.set(c - 1, Number(style));
  }
  return out;
}

function cellXml(w: CellWrite, p: string, textXf: number, keepXf: number | undefined): string {
  const ref = a1(w.row, w.col);
  if (typeof w.value === 'string')
    return `<${p}c r="${ref}" s="${textXf}" t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeText(w.value)}</${p}t></${p}is></${p}c>`;
  return `<${p}c r="${ref}"${keepXf !== undefined ? ` s="${keepXf}"` : ''}><${p}v>${String(w.value)}</${p}v></${p}c>`;
}

function fillRow(
  rowXml: string,
  writes: CellWrite[],
  p: string,
  styles: StyleBook,
  colStyles: Map<number, number>,
): string {
  const open = elementAt(rowXml, 0, `${p}row`);
  const tag = open.tag.replace(/\sspans="[^"]*"/, '').replace(/\/>$/, '>');
  const rowStyle = attribute(open.tag, 'customFormat') === '1' ? attribute(open.tag, 's') : undefined;
  const inner = open.selfClosing ? '' : rowXml.slice(open.openEnd, rowXml.length - `</${p}row>`.length);
  const cells = findElements(inner, `${p}c`).map((e) => {
    const ref = attribute(e.tag, 'r');
    const m = ref ? /^([A-Z]+)/.exec(ref) : null;
    return { e, col: m ? columnIndex(m[1]) : -1 };
  });
  let out = '';
  let at = 0;
  for (const w of writes) {
    const existing = cells.find((c) => c.col === w.col);
    const baseXf = existing
      ? Number(attribute(existing.e.tag, 's') ?? '0')
      : rowStyle !== undefined
        ? Number(rowStyle)
        : (colStyles.get(w.col) ?? 0);
    const xml = cellXml(w, p, styles.textXfFrom(baseXf), baseXf || undefined);
    if (existing) {
      out += inner.slice(at, existing.e.start) + xml;
      at = existing.e.end;
    } else {
      const after = cells.find((c) => c.col > w.col && c.e.start >= at);
      const insertAt = after ? after.e.start : inner.length;
      out += inner.slice(at, insertAt) + xml;
      at = insertAt;
    }
  }
  return `${tag}${out}${inner.slice(at)}</${p}row>`;
}
