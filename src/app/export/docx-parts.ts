import {
  AlignmentType,
  BorderStyle,
  Header,
  type IRunOptions,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { DocHeader } from '../print/bien-ban-model.ts';

/*
 * Building blocks shared by the DOCX exports, in the same Nghị định 30/2020 layout as the printed
 * view (PrintPageStyle.tsx, print.css): A4, margins 20/20/20/30 mm, Times New Roman, 13 pt body.
 * Sizes are in half-points, as Word counts them.
 */

export const FONT = 'Times New Roman';
export const BODY = 26;
/** Text width of the page: 210 mm less 30 mm left and 20 mm right. */
export const TEXT_WIDTH_MM = 160;

/** Millimetres in twips, rounded (docx's own converter truncates: A4 would come out 11905 × 16837). */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** Page setup of every exported document; the page number is centred in the top margin from page 2. */
export function sectionProperties() {
  return {
    titlePage: true,
    page: {
      size: { width: mm(210), height: mm(297) },
      margin: { top: mm(20), right: mm(20), bottom: mm(20), left: mm(30), header: mm(10) },
    },
  };
}

export function pageHeaders() {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}

export const documentStyles = {
  default: {
    document: {
      run: { font: FONT, size: BODY },
      paragraph: { spacing: { after: 120, line: 312 } },
    },
  },
};

type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, ...style });
}

/** A body paragraph: justified, first line indented 1 cm. */
export function body(text: string | ParagraphChild[], style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    children: typeof text === 'string' ? [run(text, style)] : text,
  });
}

export function heading(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: mm(10) },
    spacing: { before: 120, after: 120 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

export function centred(text: string, style: RunStyle = {}, spacingAfter = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: spacingAfter, line: 240 },
    children: [run(text, style)],
  });
}

/** A short rule under a centred line (drawn as underlined spaces, so it centres with the text). */
export function shortRule(chars: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0, line: 240 },
    children: [run('\u00A0'.repeat(chars), { underline: {}, size: 12 })],
  });
}

function cell(children: Paragraph[], widthMm: number): TableCell {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    borders: TableBorders.NONE,
    children,
  });
}

/** Boxes 1–4: agency and số on the left; quốc hiệu, tiêu ngữ and place-date on the right. */
export function documentHeader(header: DocHeader): Table {
  const left = 60;
  const right = TEXT_WIDTH_MM - left;
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [mm(left), mm(right)],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centred(header.parent, { size: 24 }),
              centred(header.agency, { size: 24, bold: true }),
              shortRule(22),
              new Paragraph({ spacing: { after: 0 } }),
              centred(header.number, { size: BODY }),
            ],
            left,
          ),
          cell(
            [
              centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 24, bold: true }),
              // The tiêu ngữ's rule is exactly as long as the text: an underline of the text itself.
              centred('Độc lập - Tự do - Hạnh phúc', { size: BODY, bold: true, underline: {} }),
              new Paragraph({ spacing: { after: 0 } }),
              new Paragraph({ spacing: { after: 0 } }),
              centred(header.placeDate, { size: BODY, italics: true }),
            ],
            right,
          ),
        ],
      }),
    ],
  });
}

export function documentTitle(title: string, subject: string): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 240, after: 0 } }),
    centred(title, { bold: true, size: 28 }),
    centred(subject, { bold: true, size: 28 }),
    shortRule(30),
    new Paragraph({ spacing: { after: 120 } }),
  ];
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** A bordered table: heading row repeated on each page, rows never split across pages. */
export function gridTable(
  columns: ReadonlyArray<{ title: string; widthMm: number; centred?: boolean }>,
  rows: ReadonlyArray<ReadonlyArray<string | string[]>>,
): Table {
  const small = { size: 22 };
  const para = (text: string, centre: boolean, bold = false) =>
    new Paragraph({
      alignment: centre ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { after: 0, line: 260 },
      children: [run(text, { ...small, bold })],
    });
  const cellOf = (content: string | string[], widthMm: number, centre: boolean, bold = false) =>
    new TableCell({
      width: { size: mm(widthMm), type: WidthType.DXA },
      verticalAlign: bold ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: (Array.isArray(content) ? content : [content]).map((t, i) =>
        i === 0
          ? para(t, centre, bold)
          : new Paragraph({ spacing: { after: 0 }, children: [run(t, { ...small, italics: true })] }),
      ),
    });
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: columns.map((c) => mm(c.widthMm)),
    borders: GRID,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cellOf(c.title, c.widthMm, true, true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((c, i) => cellOf(r[i] ?? '', c.widthMm, c.centred ?? false)),
          }),
      ),
    ],
  });
}

/** Nơi nhận: the label in bold italic 12 pt, the entries in 11 pt. */
export function recipients(entries: readonly string[]): Paragraph[] {
  return [
    new Paragraph({
      spacing: { after: 0 },
      children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })],
    }),
    ...entries.map(
      (e) => new Paragraph({ spacing: { after: 0, line: 240 }, children: [run(e, { size: 22 })] }),
    ),
  ];
}

/** A borderless two-column row (signatures, or Nơi nhận beside the signer). */
export function twoColumns(left: Paragraph[], right: Paragraph[], leftMm = TEXT_WIDTH_MM / 2): Table {
  const rightMm = TEXT_WIDTH_MM - leftMm;
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [mm(leftMm), mm(rightMm)],
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftMm), cell(right, rightMm)] })],
  });
}
