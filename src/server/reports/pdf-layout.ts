/**
 * Layout primitives of Netra's PDFs (pdfkit, the standard fonts only): text that fits WinAnsi,
 * tables that break between rows and repeat their header, sections, paragraphs and lists.
 */
export const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
export const MONO = 'Courier';
export const MONO_BOLD = 'Courier-Bold';
/** Ascender over the font size (AFM `Ascender` / 1000): pdfkit places a line's top, not its baseline. */
const ASCENT: Record<string, number> = { [FONT]: 0.718, [BOLD]: 0.718, [MONO]: 0.629, [MONO_BOLD]: 0.629 };
export const INK = '#111827';
export const GREY = '#6b7280';
const RULE = '#d1d5db';
export const SHADE = '#f3f4f6';
export const GREEN = '#166534';
export const RED = '#b91c1c';
const LINK = '#1d4ed8';
const SIZE = 9;
export const SUB_SIZE = 7;
export const MARGIN = { top: 44, left: 50, right: 50, bottom: 56 };
const PAD = 3;
const LINE_GAP = 1;

/** Non-ASCII characters WinAnsiEncoding has a glyph for outside Latin-1 (pdfkit's WIN_ANSI_MAP). */
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2020, 0x2021, 0x2022, 0x2026,
  0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/** Typographic quotes, dashes and spaces, written as plain ASCII. */
// prettier-ignore
const TO_ASCII: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ',
  '\u00ad': '',
};

/**
 * Makes a string printable with the standard fonts: typographic quotes, dashes and spaces become
 * ASCII, control characters a space (line breaks are kept), marks and invisible format characters
 * are dropped, and whatever WinAnsi cannot encode (emoji, non-Latin scripts, ...) becomes '?'.
 * Without it pdfkit would write such characters as garbage bytes into the text.
 */
export function winAnsiSafe(s: string): string {
  let out = '';
  for (const ch of s.replace(/\r\n?/g, '\n').normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    const ascii = TO_ASCII[ch];
    if (ascii !== undefined) out += ascii;
    else if (ch === '\n' || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp))
      out += ch;
    else if (cp < 0x20 || cp === 0x7f) out += ' ';
    else if (/^[\p{M}\p{Cf}]$/u.test(ch) || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    else out += '?';
  }
  return out;
}

/** `winAnsiSafe` on one line, for text drawn without wrapping. */
export function oneLine(s: string): string {
  return winAnsiSafe(s).replace(/\s+/g, ' ').trim();
}

export type Doc = PDFKit.PDFDocument;

export interface Cell {
  text: string;
  /** English subtitle in grey: on the same line when it fits there, else below the text. */
  sub?: string;
  font?: string;
  size?: number;
  color?: string;
  mark?: 'met' | 'unmet';
}

interface Column {
  title: string;
  subtitle?: string;
  width: number;
  font?: string;
  size?: number;
}

const MARK_WIDTH = 13;
export const contentWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottom = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;
const ascent = (font: string, size: number): number => (ASCENT[font] ?? ASCENT[FONT]!) * size;

export function measure(doc: Doc, text: string, font: string, size: number, width: number): number {
  return doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: LINE_GAP });
}

interface PutOptions {
  font: string;
  size: number;
  width: number;
  color?: string;
  /** Clip to this height (with an ellipsis) instead of flowing onto the next page. */
  height?: number;
  link?: string;
}

export function put(doc: Doc, text: string, x: number, y: number, o: PutOptions): void {
  const options: PDFKit.Mixins.TextOptions = { width: o.width, lineGap: LINE_GAP };
  if (o.height !== undefined) Object.assign(options, { height: o.height, ellipsis: true });
  if (o.link !== undefined) options.link = o.link;
  doc
    .font(o.font)
    .fontSize(o.size)
    .fillColor(o.color ?? INK)
    .text(text, x, y, options);
}

/** Starts a new page unless `height` more points fit on this one; says whether it did. */
export function ensure(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

export function rule(doc: Doc, y: number, color = RULE): void {
  const x = doc.page.margins.left;
  doc
    .moveTo(x, y)
    .lineTo(x + contentWidth(doc), y)
    .lineWidth(0.5)
    .stroke(color);
}

export function cellLayout(doc: Doc, cell: Cell, width: number): { height: number; inline: boolean } {
  const font = cell.font ?? FONT;
  const size = cell.size ?? SIZE;
  const textWidth = width - (cell.mark ? MARK_WIDTH : 0);
  const height = measure(doc, cell.text, font, size, textWidth);
  if (cell.sub === undefined) return { height, inline: false };
  const inline =
    !cell.text.includes('\n') &&
    doc.font(font).fontSize(size).widthOfString(cell.text) +
      5 +
      doc.font(FONT).fontSize(SUB_SIZE).widthOfString(cell.sub) <=
      textWidth;
  return { height: inline ? height : height + measure(doc, cell.sub, FONT, SUB_SIZE, textWidth), inline };
}

function drawMark(doc: Doc, x: number, y: number, mark: 'met' | 'unmet'): void {
  doc.save().lineWidth(1.3);
  if (mark === 'met')
    doc
      .moveTo(x, y + 4)
      .lineTo(x + 3, y + 7)
      .lineTo(x + 8, y)
      .stroke(GREEN);
  else
    doc
      .moveTo(x, y)
      .lineTo(x + 7, y + 7)
      .moveTo(x + 7, y)
      .lineTo(x, y + 7)
      .stroke(RED);
  doc.restore();
}

/**
 * Draws a cell with its top-left at (x, y) and returns its height. Smaller or monospace text moves
 * down so that its first baseline is level with 9 pt Helvetica's in the next cell. `maxHeight`
 * clips a text too long for one page.
 */
export function drawCell(doc: Doc, cell: Cell, x: number, y: number, width: number, maxHeight?: number): number {
  const font = cell.font ?? FONT;
  const size = cell.size ?? SIZE;
  const { height, inline } = cellLayout(doc, cell, width);
  const top = y + Math.max(0, ascent(FONT, SIZE) - ascent(font, size));
  let tx = x;
  if (cell.mark) {
    drawMark(doc, x, y + 1.5, cell.mark);
    tx += MARK_WIDTH;
  }
  const tw = width - (tx - x);
  const clip = maxHeight === undefined ? {} : { height: maxHeight };
  put(doc, cell.text, tx, top, { font, size, color: cell.color ?? INK, width: tw, ...clip });
  if (cell.sub === undefined) return height;
  const sub = { font: FONT, size: SUB_SIZE, color: GREY };
  if (inline) {
    const shift = doc.font(font).fontSize(size).widthOfString(cell.text) + 5;
    put(doc, cell.sub, tx + shift, top + ascent(font, size) - ascent(FONT, SUB_SIZE), { ...sub, width: tw - shift });
  } else put(doc, cell.sub, tx, doc.y, { ...sub, width: tw });
  return height;
}

/**
 * A table that breaks between rows and repeats its header on each new page. A row taller than a
 * page (a pathological text) is cut with an ellipsis rather than running over the footer.
 */
export function table(doc: Doc, columns: Column[], rows: (string | Cell)[][], showHeader = true): void {
  const x0 = doc.page.margins.left;
  const textHeight = (cells: Cell[]): number =>
    Math.max(...cells.map((cell, i) => cellLayout(doc, cell, (columns[i]?.width ?? 0) - 2 * PAD).height));
  const drawRow = (cells: Cell[], height: number, shade: boolean): void => {
    const y = doc.y;
    if (shade) doc.rect(x0, y, contentWidth(doc), height + 2 * PAD).fill(SHADE);
    let x = x0;
    cells.forEach((cell, i) => {
      const width = columns[i]?.width ?? 0;
      drawCell(doc, cell, x + PAD, y + PAD, width - 2 * PAD, height + 1);
      x += width;
    });
    rule(doc, y + height + 2 * PAD);
    doc.y = y + height + 2 * PAD;
  };
  const headerCells = columns.map((c): Cell => ({ text: c.title, sub: c.subtitle, font: BOLD, size: 8 }));
  const headerHeight = showHeader ? textHeight(headerCells) : 0;
  const drawHeader = (): void => {
    if (showHeader) drawRow(headerCells, headerHeight, true);
    else rule(doc, doc.y);
  };
  const capacity = bottom(doc) - doc.page.margins.top - headerHeight - 4 * PAD;
  rows.forEach((row, r) => {
    const cells = columns.map((c, i): Cell => {
      const value = row[i] ?? '';
      return { font: c.font, size: c.size, ...(typeof value === 'string' ? { text: value } : value) };
    });
    const height = Math.min(capacity, textHeight(cells));
    if (r === 0) {
      ensure(doc, headerHeight + height + 4 * PAD);
      drawHeader();
    } else if (ensure(doc, height + 2 * PAD)) drawHeader();
    drawRow(cells, height, false);
  });
}

/** A section title with its English subtitle, kept on the page with the start of its content. */
export function section(doc: Doc, title: string, subtitle: string): void {
  ensure(doc, 60);
  doc.y += 8;
  const y = doc.y;
  drawCell(doc, { text: title, sub: subtitle, font: BOLD, size: 10.5 }, doc.page.margins.left, y, contentWidth(doc));
  doc.y = y + 16;
}

export function paragraph(doc: Doc, text: string, subtitle?: string, size = SIZE): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const subHeight = subtitle === undefined ? 0 : measure(doc, subtitle, FONT, SUB_SIZE, width);
  ensure(doc, Math.min(80, measure(doc, text, FONT, size, width) + subHeight));
  put(doc, text, x, doc.y, { font: FONT, size, width });
  if (subtitle !== undefined) put(doc, subtitle, x, doc.y, { font: FONT, size: SUB_SIZE, color: GREY, width });
  doc.y += 4;
}

/** Items behind a dot or a number; a long item flows onto the next page. */
export function list(doc: Doc, items: string[], numbered: boolean, links = false): void {
  const x = doc.page.margins.left;
  const indent = 16;
  const width = contentWidth(doc) - indent;
  items.forEach((item, i) => {
    ensure(doc, measure(doc, 'X', FONT, SIZE, width) + 2);
    const y = doc.y;
    if (numbered) put(doc, `${i + 1}.`, x, y, { font: FONT, size: SIZE, width: indent });
    else doc.circle(x + 5, y + 4.3, 1.6).fill(INK);
    const link = links && /^https?:\/\/\S+$/i.test(item) ? { link: item, color: LINK } : {};
    put(doc, item, x + indent, y, { font: FONT, size: SIZE, width, ...link });
    doc.y += 2;
  });
}
