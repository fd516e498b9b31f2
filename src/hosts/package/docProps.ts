/**
 * Document properties we touch: the custom property that marks a file as written by this tool
 * (WORKBOOK.md "Files (version 2)": an existing `-o`/`--docx` target is replaced only when it
 * carries the mark), and the sheet list of `docProps/app.xml`.
 */
import { attribute, escapeText, findElement, findElements, rootPrefix, rootPrefixFor } from './xml';

export const CUSTOM_PART = 'docProps/custom.xml';
export const APP_PART = 'docProps/app.xml';
import { OUTPUT_MARK } from '../../workbook/outputMark';

/** The custom property naming this tool as the writer of a file (the Word minutes carry it too). */
export const OUTPUT_MARK_NAME = OUTPUT_MARK.name;
export const OUTPUT_MARK_VALUE = OUTPUT_MARK.value;
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

export function hasOutputMark(customXml: string | null): boolean {
  if (!customXml) return false;
  const p = rootPrefix(customXml);
  return findElements(customXml, `${p}property`).some((e) => attribute(e.tag, 'name') === OUTPUT_MARK_NAME);
}

/** `docProps/custom.xml` with our mark (unchanged when it is there already). */
export function withOutputMark(customXml: string | null): string {
  if (customXml && hasOutputMark(customXml)) return customXml;
  const property = (pid: number, vt: string) =>
    `<property fmtid="${FMTID}" pid="${pid}" name="${OUTPUT_MARK_NAME}"><${vt}lpwstr>${escapeText(OUTPUT_MARK_VALUE)}</${vt}lpwstr></property>`;
  if (!customXml) {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${VT}">${property(2, 'vt:')}</Properties>`
    );
  }
  const p = rootPrefix(customXml);
  const pids = findElements(customXml, `${p}property`).map((e) => Number(attribute(e.tag, 'pid') ?? '1'));
  const pid = Math.max(1, ...pids.filter(Number.isFinite)) + 1;
  const vtPrefix = rootPrefixFor(customXml, VT);
  const vt = vtPrefix ? `${vtPrefix}:` : 'vt:';
  // Declared on the root unless the root already binds a prefix to it (one on an element would not reach ours).
  const declare = vtPrefix ? '' : ` xmlns:vt="${VT}"`;
  const close = `</${p}Properties>`;
  const end = customXml.lastIndexOf(close);
  let xml = customXml;
  if (declare) xml = xml.replace(new RegExp(`<${p}Properties`), `<${p}Properties${declare}`);
  const at = end >= 0 ? xml.lastIndexOf(close) : -1;
  const prop = p ? property(pid, vt).replace(/<(\/?)property/g, `<$1${p}property`) : property(pid, vt);
  if (at >= 0) return xml.slice(0, at) + prop + xml.slice(at);
  return xml.replace(
    /<([\w.-]+:)?Properties([^>]*)\/>/,
    (_, pre = '', rest: string) => `<${pre}Properties${rest}>${prop}</${pre}Properties>`,
  );
}

/** `docProps/app.xml` with its list of sheets (HeadingPairs, TitlesOfParts) matching the workbook. */
export function withSheetTitles(appXml: string, worksheets: string[], chartsheets: string[]): string {
  const p = rootPrefix(appXml);
  const vtPrefix = rootPrefixFor(appXml, VT);
  if (!vtPrefix) return appXml;
  const vt = `${vtPrefix}:`;
  const groups: [string, string[]][] = [
    ['Worksheets', worksheets],
    ['Charts', chartsheets],
  ];
  const present = groups.filter(([, names]) => names.length > 0);
  const pairs = present
    .map(
      ([label, names]) =>
        `<${vt}variant><${vt}lpstr>${label}</${vt}lpstr></${vt}variant><${vt}variant><${vt}i4>${names.length}</${vt}i4></${vt}variant>`,
    )
    .join('');
  const titles = present.flatMap(([, names]) => names).map((n) => `<${vt}lpstr>${escapeText(n)}</${vt}lpstr>`);
  const headingPairs = `<${p}HeadingPairs><${vt}vector size="${present.length * 2}" baseType="variant">${pairs}</${vt}vector></${p}HeadingPairs>`;
  const titlesOfParts = `<${p}TitlesOfParts><${vt}vector size="${titles.length}" baseType="lpstr">${titles.join('')}</${vt}vector></${p}TitlesOfParts>`;
  let xml = appXml;
  const replace = (name: string, text: string): boolean => {
    const e = findElement(xml, `${p}${name}`);
    if (!e) return false;
    xml = xml.slice(0, e.start) + text + xml.slice(e.end);
    return true;
  };
  // Only a part that lists sheets already is updated (a producer that wrote none is left so).
  if (!replace('HeadingPairs', headingPairs)) return appXml;
  replace('TitlesOfParts', titlesOfParts);
  return xml;
}
