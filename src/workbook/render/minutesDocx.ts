/**
 * The minutes as a Word file, from the same MinutesDocument as the `Biên bản <Mã>` sheet (never a
 * second layout written by hand): one section per election, A4 portrait, margins per `Lề trang`,
 * Times New Roman 14, page numbers centred at the top from page 2 of each section (Hướng dẫn
 * 36-HD/VPTW; regulations §9.1, §9.3–§9.4).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IParagraphOptions,
  type ISectionOptions,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type {
  Align,
  Block,
  HeaderBlock,
  HeaderLine,
  MinutesDocument,
  ParagraphBlock,
  SignatureBlock,
  TableBlock,
} from '../../engine/minutes/document';
import { NAME_DOTS } from '../../engine/minutes/document';
import type { Margins } from '../../engine/model/settings';
import { textWidth } from './textWidth';
import { closingBlocks, FOOTER_SIZE, MEMBERS_PER_ROW, SHORT_TABLE } from './minutesSheet';
import { breakHeaderLine } from './headerLines';
import { OUTPUT_MARK } from '../outputMark';

const FONT = 'Times New Roman';
/** Twips per millimetre (1 inch = 1440 twips = 25.4 mm). */
const TWIPS_PER_MM = 1440 / 25.4;
export const A4_TWIPS = { width: 11906, height: 16838 };

export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
/** docx sizes are half-points. */
const half = (pt: number): number => pt * 2;

/**
 * Every paragraph of ours has the style `Body` (Times New Roman 14). The document's `Normal` style
 * is a hairline: Word and Writer end each section with an empty paragraph of that style (the one
 * carrying the section's page setup), and a full-height one would spill onto a page of its own
 * when the signatures end a page exactly.
 */
const BODY_STYLE = 'Body';
function para(options: IParagraphOptions): Paragraph {
  return new Paragraph({ style: BODY_STYLE, ...options });
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function run(text: string, opts: { bold?: boolean; italic?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text,
    bold: opts.bold,
    italics: opts.italic,
    size: opts.size ? half(opts.size) : undefined,
    font: FONT,
  });
}

function line(
  text: string,
  opts: { bold?: boolean; italic?: boolean; size?: number; align?: Align; after?: number; keepNext?: boolean } = {},
): Paragraph {
  return para({
    alignment: ALIGN[opts.align ?? 'center'],
    spacing: { after: opts.after ?? 0 },
    keepNext: opts.keepNext,
    children: [run(text, opts)],
  });
}

/** Width of the text block in twips. */
function textBlockWidth(margins: Margins): number {
  return mmToTwips(210 - margins.left - margins.right);
}

function headerLine(l: HeaderLine, cellWidth: number): Paragraph {
  const size = l.size ?? 14;
  if (!l.ruleBelow) return line(l.text, { bold: l.bold, italic: l.italic, size });
  // The rule under `ĐẢNG CỘNG SẢN VIỆT NAM` as long as the title: a bottom border on a paragraph
  // indented to the title's width (regulations §9.4).
  const textTwips = Math.round(textWidth(l.text, size, Boolean(l.bold)) * 20);
  const indent = Math.max(0, Math.floor((cellWidth - textTwips) / 2) - 60);
  return para({
    alignment: AlignmentType.CENTER,
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run(l.text, { bold: l.bold, italic: l.italic, size })],
  });
}

/** Word's default cell margins, left and right together, in points (0.08 inch each side). */
const CELL_MARGINS_PT = 11.5;

/**
 * Two blocks side by side in a borderless table of two rows: the issuing body (the congress line
 * broken as the sheet breaks it, `breakHeaderLine`) and the Party title, each half the width;
 * under them `Số …` and the place and date on one line. The date's cell is a little wider than
 * its half (the grid has a narrow middle column it spans), so that line never wraps (regulations
 * §9.4).
 */
function header(block: HeaderBlock, width: number): Table {
  const halfW = Math.round(width / 2);
  const middle = Math.round(width * 0.05);
  const grid = [halfW - middle, middle, width - halfW];
  const leftWidthPt = halfW / 20 - CELL_MARGINS_PT;
  const left = block.left.flatMap((l) =>
    breakHeaderLine(l, leftWidthPt).map((text) => headerLine({ ...l, text }, halfW)),
  );
  const cell = (children: Paragraph[], w: number, columnSpan = 1) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      borders: NO_BORDERS,
      columnSpan,
      children,
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: grid,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, halfW, 2),
          cell(
            block.right.map((l) => headerLine(l, width - halfW)),
            width - halfW,
          ),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          cell([headerLine(block.number, grid[0])], grid[0]),
          cell([headerLine(block.date, grid[1] + grid[2])], grid[1] + grid[2], 2),
        ],
      }),
    ],
  });
}

function paragraph(block: ParagraphBlock, keepNext = false): Paragraph {
  const level = block.level ?? 0;
  return para({
    keepNext,
    alignment: ALIGN[block.align ?? 'justify'],
    // Body paragraphs open with a first-line indent; items and sub-items are indented whole.
    indent: level === 0 ? { firstLine: mmToTwips(10) } : { left: mmToTwips(5 * level) },
    spacing: { after: 60 },
    children: block.runs.map((r) => run(r.text, { bold: r.bold, italic: r.italic, size: block.size })),
  });
}

/**
 * A bordered table; its header row repeats on a continued page. A table of at most SHORT_TABLE
 * rows is kept whole (every row kept with the next), as in the sheet; a longer one keeps its
 * header with its first rows.
 */
function table(block: TableBlock, width: number): Table {
  const sum = block.columns.reduce((a, c) => a + c.weight, 0);
  const widths = block.columns.map((c) => Math.floor((c.weight / sum) * width));
  const keptRows = block.rows.length <= SHORT_TABLE ? block.rows.length - 1 : Math.min(3, block.rows.length - 1);
  const cell = (text: string, w: number, align: Align, bold = false, keepNext = false) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      borders: { top: THIN, bottom: THIN, left: THIN, right: THIN },
      children: [line(text, { bold, align, keepNext })],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => cell(c.header, widths[i], 'center', true, block.rows.length > 0)),
      }),
      ...block.rows.map(
        (cells, r) =>
          new TableRow({
            cantSplit: true,
            children: block.columns.map((c, i) =>
              cell(cells[i] === undefined ? '' : String(cells[i]), widths[i], c.align, false, r < keptRows),
            ),
          }),
      ),
    ],
  });
}

/**
 * `T/M BAN KIỂM PHIẾU` / `TRƯỞNG BAN` / name on the right (HD 36 point 1.7.1); when everyone
 * signs, the members' signature row under it, three places a row (addendum §1.3, layout (b)).
 */
function signature(block: SignatureBlock, width: number): (Paragraph | Table)[] {
  const halfW = Math.round(width / 2);
  const room = (n: number) => Array.from({ length: n }, () => line(''));
  const head = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [halfW, width - halfW],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: halfW, type: WidthType.DXA }, borders: NO_BORDERS, children: [line('')] }),
          new TableCell({
            width: { size: width - halfW, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [
              line(block.authority, { bold: true }),
              line(block.position, { bold: true }),
              line(block.instruction, { italic: true }),
              ...room(4),
              line(block.head.name ?? NAME_DOTS, { bold: true }),
            ],
          }),
        ],
      }),
    ],
  });
  if (!block.membersTitle) return [head];
  // A grid of half places: a short last row is centred under the others (as in the sheet) by
  // empty half places either side; each place spans two columns.
  const halfPlace = Math.floor(width / MEMBERS_PER_ROW / 2);
  const rows: TableRow[] = [];
  for (let i = 0; i < block.members.length; i += MEMBERS_PER_ROW) {
    const group = block.members.slice(i, i + MEMBERS_PER_ROW);
    const pad = MEMBERS_PER_ROW - group.length;
    const empty = (span: number) =>
      new TableCell({
        width: { size: halfPlace * span, type: WidthType.DXA },
        borders: NO_BORDERS,
        columnSpan: span,
        children: [line('')],
      });
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          ...(pad ? [empty(pad)] : []),
          ...group.map(
            (m) =>
              new TableCell({
                width: { size: 2 * halfPlace, type: WidthType.DXA },
                borders: NO_BORDERS,
                columnSpan: 2,
                children: [...room(3), line(m.name ?? NAME_DOTS)],
              }),
          ),
          ...(pad ? [empty(pad)] : []),
        ],
      }),
    );
  }
  const tables = rows.length
    ? [
        new Table({
          width: { size: halfPlace * 2 * MEMBERS_PER_ROW, type: WidthType.DXA },
          columnWidths: Array.from({ length: 2 * MEMBERS_PER_ROW }, () => halfPlace),
          borders: NO_BORDERS,
          rows,
        }),
      ]
    : [];
  return [
    head,
    line(''),
    para({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [run(block.membersTitle, { bold: true })],
    }),
    para({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [run(block.instruction, { italic: true })],
    }),
    ...tables,
  ];
}

/** `next`: the block that follows (a sentence that introduces a table stays with it). */
function blockChildren(block: Block, width: number, next?: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'header':
      return [header(block, width)];
    case 'title': {
      return [
        line('', { after: 120 }),
        line(block.title, { bold: true, size: 16 }),
        ...block.summary.map((s) => line(s, { bold: true })),
        // The short rule under the title (HD 36 point 1.5.2): a bottom border about 3 cm long.
        para({
          indent: { left: Math.round((width - mmToTwips(30)) / 2), right: Math.round((width - mmToTwips(30)) / 2) },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
          spacing: { after: 240 },
          children: [],
        }),
      ];
    }
    case 'heading':
      return [
        para({
          spacing: { before: 120, after: 60 },
          keepNext: true,
          children: [run(block.text, { bold: true })],
        }),
      ];
    case 'paragraph':
      return [paragraph(block, next?.kind === 'table' && /:\s*$/.test(block.runs.map((r) => r.text).join('')))];
    case 'table':
      return [table(block, width), line('', { after: 60 })];
    case 'signature':
      return [line(''), ...signature(block, width)];
    case 'footer':
      return [line(''), ...block.lines.map((l) => line(l, { size: FOOTER_SIZE, align: 'left' }))];
  }
}

/**
 * The blocks in order; from the closing lines on (`closingBlocks`: the last body paragraphs, the
 * signatures, the fingerprint line) inside one borderless table row that may not break across
 * pages, so that Word and Writer both keep them on one page: the signatures are never split from
 * the body nor left alone on a page.
 */
function body(doc: MinutesDocument, width: number): (Paragraph | Table)[] {
  const tail = closingBlocks(doc);
  const children = (from: number, to: number) =>
    doc.blocks.slice(from, to).flatMap((b, i) => blockChildren(b, width, doc.blocks[from + i + 1]));
  if (tail < 0) return children(0, doc.blocks.length);
  const head = children(0, tail);
  const kept = children(tail, doc.blocks.length);
  // A cell ends with a paragraph (Word's rule), also after a nested table.
  if (kept[kept.length - 1] instanceof Table) kept.push(line(''));
  const none = { top: 0, bottom: 0, left: 0, right: 0 };
  return [
    ...head,
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [width],
      borders: NO_BORDERS,
      margins: none,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              borders: NO_BORDERS,
              margins: none,
              children: kept,
            }),
          ],
        }),
      ],
    }),
  ];
}

/** One section: A4 portrait, the margins, a blank first-page header and the page number from page 2. */
function section(doc: MinutesDocument): ISectionOptions {
  const width = textBlockWidth(doc.margins);
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: A4_TWIPS.width, height: A4_TWIPS.height, orientation: PageOrientation.PORTRAIT },
        margin: {
          top: mmToTwips(doc.margins.top),
          bottom: mmToTwips(doc.margins.bottom),
          left: mmToTwips(doc.margins.left),
          right: mmToTwips(doc.margins.right),
          // Page numbers 10 mm from the top edge (regulations §9.1).
          header: mmToTwips(10),
          footer: mmToTwips(10),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      first: new Header({ children: [para({ children: [] })] }),
      default: new Header({
        children: [
          para({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(14) })],
          }),
        ],
      }),
    },
    children: body(doc, width),
  };
}

export function minutesWordDocument(docs: MinutesDocument[]): Document {
  return new Document({
    creator: 'Đại hội',
    title: 'Biên bản kiểm phiếu',
    // The mark of this tool's files: an existing --docx target is replaced only when it carries it.
    customProperties: [{ name: OUTPUT_MARK.name, value: OUTPUT_MARK.value }],
    styles: {
      default: { document: { run: { font: FONT, size: half(14) } } },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          run: { font: FONT, size: 2 },
          paragraph: { spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } },
        },
        { id: BODY_STYLE, name: 'Body', run: { font: FONT, size: half(14) }, paragraph: { spacing: { after: 0 } } },
      ],
    },
    sections: docs.map(section),
  });
}

/** The .docx bytes (a Uint8Array, so the same code runs in Node and in the browser). */
export async function minutesDocxBytes(docs: MinutesDocument[]): Promise<Uint8Array> {
  const data = await Packer.toArrayBuffer(minutesWordDocument(docs));
  return new Uint8Array(data);
}
