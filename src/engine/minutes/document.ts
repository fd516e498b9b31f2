/**
 * The vote-count minutes as a document: blocks (header, title, paragraphs, tables, signature,
 * footer), not cells. One model feeds both layouts — the `Biên bản <Mã>` sheet and the Word
 * file — so the two can never say different things.
 */
import type { Congress } from '../model/congress';
import type { ElectionDef } from '../model/election';
import type { ElectionResult } from '../model/results';
import type { CounterEntry } from '../model/roll';
import type { Margins } from '../model/settings';
import type { Problem } from '../findings/finding';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text with its emphasis. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** One line of the header (HD 36-HD/VPTW; regulations §9.3–§9.4). */
export interface HeaderLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Points; 14 when absent. */
  size?: number;
  /** A solid rule under the line, as long as the line (under `ĐẢNG CỘNG SẢN VIỆT NAM`). */
  ruleBelow?: boolean;
  /**
   * Where a line too wide for its block may break (the congress line): phrases, kept whole on a
   * line when they fit; a phrase too wide alone breaks between its parts, and a part too wide
   * alone between its words — so a name such as `PHÚC ĐỒNG` is never split while it fits. The
   * phrases joined by spaces are `text`. Absent: the line breaks between words.
   */
  phrases?: string[][];
}

/**
 * Top of page 1 (HD 36-HD/VPTW): the issuing body on the left, the Party title on the right, and
 * under both, on one line, the document number at the left and the place and date at the right.
 */
export interface HeaderBlock {
  kind: 'header';
  left: HeaderLine[];
  right: HeaderLine[];
  /** `Số …-BB/…`, under the left block. */
  number: HeaderLine;
  /** The place and date line, under the right block, level with the number. */
  date: HeaderLine;
}

/** Document type (`BIÊN BẢN KIỂM PHIẾU`, bold 15–16), the summary lines (bold), a short rule. */
export interface TitleBlock {
  kind: 'title';
  title: string;
  summary: string[];
}

/** A numbered section heading of the body (bold). */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  align?: Align;
  /** 0 = body, 1 = item (`- …`), 2 = sub-item (`+ …`). */
  level?: number;
  /** Smaller print (points), e.g. the fingerprint. */
  size?: number;
}

export interface TableColumn {
  header: string;
  /** Relative width; each layout turns the weights into its own units. */
  weight: number;
  align: Align;
}

export type TableCell = string | number;

/** A bordered table with one header row. */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: TableCell[][];
}

/** A person's signature place: the name, or null for a dotted line to write it in by hand. */
export interface Signer {
  name: string | null;
}

/**
 * `T/M BAN KIỂM PHIẾU` / `TRƯỞNG BAN` / name on the right (HD 36 point 1.7.1, addendum §1.3),
 * and, per `Ký biên bản`, the members' signature places.
 */
export interface SignatureBlock {
  kind: 'signature';
  authority: string;
  position: string;
  /** `(Ký, ghi rõ họ tên)`. */
  instruction: string;
  head: Signer;
  /** Title over the members' places (null when only the head signs). */
  membersTitle: string | null;
  members: Signer[];
}

/** Small print at the end: the fingerprint of the ballot data. */
export interface FooterBlock {
  kind: 'footer';
  lines: string[];
}

export type Block =
  HeaderBlock | TitleBlock | HeadingBlock | ParagraphBlock | TableBlock | SignatureBlock | FooterBlock;

/** What the minutes of one election are written from. */
export interface MinutesContext {
  congress: Congress;
  election: ElectionDef;
  result: ElectionResult;
  /** Rows of `Ban kiểm phiếu`; null when the sheet is missing (dotted signature lines, a warning). */
  counters: CounterEntry[] | null;
}

export interface MinutesDocument {
  /** `Mã` of the election. */
  electionId: string;
  blocks: Block[];
  /** Page margins in mm (`Lề trang`). */
  margins: Margins;
  /** Things the clerk must know that are not printed (no `Ban kiểm phiếu` sheet, …). */
  warnings: Problem[];
}

/** The dotted place of a figure or a name nobody gave (`……`), to be written in by hand. */
export const DOTS = '……';
export const NAME_DOTS = '………………………………';
