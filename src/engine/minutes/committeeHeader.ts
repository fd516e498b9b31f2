/**
 * The header of the documents of a congress's counting committee (WORKBOOK.md "Version 2",
 * "Documents of the counting committee"; Hướng dẫn 36-HD/VPTW §1.2.1a, regulations-2025 §5): the
 * congress itself is the body above the committee, so the left block is the congress line
 * (capitals, upright, not bold), then `BAN KIỂM PHIẾU` (bold), then `*`; `Đảng bộ cấp trên` is
 * printed above them only with `In đảng bộ cấp trên trên biên bản` = `Có`. Under both blocks, on
 * one line, `Số <n>-BB/<ký hiệu>` at the left and the place and date at the right.
 *
 * One function of the congress and its settings, so that every minutes the committee writes (the
 * vote count, the trust vote, the introduction ballot) carries the same header.
 */
import type { Congress } from '../model/congress';
import type { CalendarDate } from '../text/format';
import { cleanText } from '../text/normalize';
import type { HeaderBlock, HeaderLine } from './document';
import {
  congressLinePhrases,
  documentNumberLine,
  joinPhrases,
  organisationParts,
  placeDateLine,
  upperVi,
} from './congressNames';

export interface CommitteeHeaderOptions {
  /** The number of the document (`Số biên bản`); null prints dots. */
  number: string | null;
  /** The date of the date line (the end of the count, else the congress's date); null prints dots. */
  date: CalendarDate | null;
  /** The issuing body under the congress line; `BAN KIỂM PHIẾU` when absent. */
  committee?: string;
}

export function committeeHeader(congress: Congress, opts: CommitteeHeaderOptions): HeaderBlock {
  const left: HeaderLine[] = [];
  // HD 36 §1.2.1a: the body above the counting committee is the congress; the superior Party
  // organisation only when the congress asks for it (setting, default `Không`).
  if (congress.settings.printSuperiorOnMinutes && cleanText(congress.superior)) {
    const parts = organisationParts(congress.superior);
    left.push({ text: upperVi(congress.superior), phrases: [parts] });
  }
  const phrases = congressLinePhrases(congress);
  left.push({ text: joinPhrases(phrases), phrases });
  left.push({ text: opts.committee ?? 'BAN KIỂM PHIẾU', bold: true });
  left.push({ text: '*' });
  return {
    kind: 'header',
    left,
    right: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, size: 15, ruleBelow: true }],
    number: { text: documentNumberLine(opts.number, congress.settings.documentSymbol) },
    date: { text: placeDateLine(congress.place, opts.date), italic: true },
  };
}
