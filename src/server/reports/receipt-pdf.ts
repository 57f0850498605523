import PDFDocument from 'pdfkit';

/**
 * The receipt (tanda terima) a reporter gets after filing a report or a tip: an A4 PDF in Bahasa
 * Indonesia with small grey English subtitles, drawn with the 14 standard PDF fonts only (pdfkit's
 * built-in AFM metrics, no font files), so it renders offline and every string must fit WinAnsi.
 *
 * Privacy: the receipt may be shared (forwarded, printed, photographed), so it deliberately carries
 * no identity of the reporter. `ReceiptData` has no field for the name, NIK, phone number, address
 * or e-mail, and none may be added: only the tracking code links the paper to the report.
 *
 * Deterministic: the same data gives the same bytes (CreationDate and the file ID come from
 * `receivedAt`, deflate is deterministic, nothing reads the clock or a random source).
 */
export interface ReceiptData {
  kind: 'REPORT' | 'TIP';
  /** The tracking code, e.g. 'K7QM-4XRT-9BHD-2NPW'. Netra keeps only a hash of it. */
  trackingCode: string;
  /** The office's receipt number, e.g. '0007/TT/36.03/XI/2024'; may be null for tips. */
  receiptNumber: string | null;
  receivedAt: Date;
  /** Already formatted in the region's zone, e.g. 'Senin, 18 November 2024 10.00 WIB'. */
  receivedAtText: string;
  office: { name: string; regionCode: string };
  channelLabel: string;
  incident: { dateText: string | null; placeText: string };
  /** Names only; may be empty for tips. */
  reportedParties: { name: string; subjectLabel: string; position: string | null }[];
  /** Labels of the alleged violation types. */
  allegedActs: string[];
  evidence: { name: string; mediaType: string; sizeText: string; sha256: string }[];
  links: string[];
  requirements: { label: string; met: boolean }[];
  /** E.g. the late-report warning, what to bring in person. */
  notes: string[];
  trackingUrl: string;
}

export interface RenderReceiptOptions {
  /** Deflate the content streams (default true). Tests turn it off to read the text. */
  compress?: boolean;
}

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MONO = 'Courier';
const MONO_BOLD = 'Courier-Bold';
/** Ascender over the font size (AFM `Ascender` / 1000): pdfkit places a line's top, not its baseline. */
const ASCENT: Record<string, number> = { [FONT]: 0.718, [BOLD]: 0.718, [MONO]: 0.629, [MONO_BOLD]: 0.629 };
const INK = '#111827';
const GREY = '#6b7280';
const RULE = '#d1d5db';
const SHADE = '#f3f4f6';
const GREEN = '#166534';
const RED = '#b91c1c';
const LINK = '#1d4ed8';
const SIZE = 9;
const SUB_SIZE = 7;
const MARGIN = { top: 44, left: 50, right: 50, bottom: 56 };
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
function oneLine(s: string): string {
  return winAnsiSafe(s).replace(/\s+/g, ' ').trim();
}

type Doc = PDFKit.PDFDocument;

interface Cell {
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
const contentWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;
const ascent = (font: string, size: number): number => (ASCENT[font] ?? ASCENT[FONT]!) * size;

function measure(doc: Doc, text: string, font: string, size: number, width: number): number {
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

function put(doc: Doc, text: string, x: number, y: number, o: PutOptions): void {
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
function ensure(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

function rule(doc: Doc, y: number, color = RULE): void {
  const x = doc.page.margins.left;
  doc
    .moveTo(x, y)
    .lineTo(x + contentWidth(doc), y)
    .lineWidth(0.5)
    .stroke(color);
}

function cellLayout(doc: Doc, cell: Cell, width: number): { height: number; inline: boolean } {
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
function drawCell(doc: Doc, cell: Cell, x: number, y: number, width: number, maxHeight?: number): number {
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
function table(doc: Doc, columns: Column[], rows: (string | Cell)[][], showHeader = true): void {
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
function section(doc: Doc, title: string, subtitle: string): void {
  ensure(doc, 60);
  doc.y += 8;
  const y = doc.y;
  drawCell(doc, { text: title, sub: subtitle, font: BOLD, size: 10.5 }, doc.page.margins.left, y, contentWidth(doc));
  doc.y = y + 16;
}

function paragraph(doc: Doc, text: string, subtitle?: string, size = SIZE): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const subHeight = subtitle === undefined ? 0 : measure(doc, subtitle, FONT, SUB_SIZE, width);
  ensure(doc, Math.min(80, measure(doc, text, FONT, size, width) + subHeight));
  put(doc, text, x, doc.y, { font: FONT, size, width });
  if (subtitle !== undefined) put(doc, subtitle, x, doc.y, { font: FONT, size: SUB_SIZE, color: GREY, width });
  doc.y += 4;
}

/** Items behind a dot or a number; a long item flows onto the next page. */
function list(doc: Doc, items: string[], numbered: boolean, links = false): void {
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

function header(doc: Doc, data: ReceiptData, isReport: boolean): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const office = winAnsiSafe(data.office.name);
  const title = isReport ? 'TANDA TERIMA LAPORAN' : 'TANDA TERIMA INFORMASI AWAL';
  const english = isReport ? 'Receipt of a report' : 'Receipt of a tip';
  doc.y += drawCell(doc, { text: title, sub: english, font: BOLD, size: 16 }, x, doc.y, width) + 4;
  const region = `Kode wilayah / Region code ${oneLine(data.office.regionCode)}`;
  doc.y += drawCell(doc, { text: office, sub: region, font: BOLD, size: 11 }, x, doc.y, width) + 5;
  rule(doc, doc.y, INK);
  doc.y += 8;
  const what = isReport ? 'laporan dugaan pelanggaran' : 'informasi awal dugaan pelanggaran';
  paragraph(
    doc,
    `${office} telah menerima ${what} berikut melalui ${winAnsiSafe(data.channelLabel)}.`,
    `${office} has received the following ${isReport ? 'report' : 'tip'} of an alleged violation.`,
  );
}

function trackingBox(doc: Doc, data: ReceiptData, isReport: boolean): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const inner = width - 28;
  const code = oneLine(data.trackingCode);
  const url = oneLine(data.trackingUrl);
  const codeWidth = doc.font(MONO_BOLD).fontSize(22).widthOfString(code);
  const codeSize = Math.min(22, (22 * inner) / Math.max(1, codeWidth));
  const note =
    `Simpan kode ini: satu-satunya kunci untuk mengikuti ${isReport ? 'laporan' : 'informasi'} Anda di ${url}. ` +
    'Netra tidak menyimpan kode ini dalam bentuk yang dapat dibaca, sehingga kode yang hilang tidak dapat dipulihkan.';
  const english =
    `Keep this code: it is the only key to follow your ${isReport ? 'report' : 'tip'} at ${url}. ` +
    'Netra does not store it in readable form, so a lost code cannot be recovered.';
  const label: Cell = { text: 'KODE PELACAKAN', sub: 'Tracking code', font: BOLD };
  const labelHeight = cellLayout(doc, label, inner).height;
  const noteHeight = measure(doc, note, FONT, 8.5, inner) + measure(doc, english, FONT, SUB_SIZE, inner);
  const height = 10 + labelHeight + 4 + codeSize + 8 + noteHeight + 8;
  ensure(doc, height + 12);
  doc.y += 4;
  const y = doc.y;
  doc.roundedRect(x, y, width, height, 6).lineWidth(1.2).fillAndStroke(SHADE, INK);
  drawCell(doc, label, x + 14, y + 10, inner);
  put(doc, code, x + 14, y + 10 + labelHeight + 4, { font: MONO_BOLD, size: codeSize, width: inner });
  put(doc, note, x + 14, y + 10 + labelHeight + 4 + codeSize + 8, { font: FONT, size: 8.5, width: inner });
  put(doc, english, x + 14, doc.y, { font: FONT, size: SUB_SIZE, color: GREY, width: inner });
  doc.y = y + height + 6;
}

const dash = (s: string | null): string => (s === null || s.trim() === '' ? '-' : winAnsiSafe(s));
const label = (text: string, sub: string): Cell => ({ text, sub, font: BOLD });

function body(doc: Doc, data: ReceiptData): void {
  const w = contentWidth(doc);
  section(doc, 'Rincian', 'Details');
  table(
    doc,
    [
      { title: '', width: 170 },
      { title: '', width: w - 170 },
    ],
    [
      [label('Nomor tanda terima', 'Receipt number'), dash(data.receiptNumber)],
      [label('Diterima', 'Received'), winAnsiSafe(data.receivedAtText)],
      [
        label('Waktu kejadian', 'Date of the incident'),
        data.incident.dateText === null ? 'Tidak diketahui' : dash(data.incident.dateText),
      ],
      [label('Tempat kejadian', 'Place of the incident'), dash(data.incident.placeText)],
    ],
    false,
  );

  section(doc, 'Terlapor', 'Reported parties');
  if (data.reportedParties.length === 0) paragraph(doc, 'Tidak ada terlapor yang disebutkan.', 'No party named.');
  else
    table(
      doc,
      [
        { title: 'No.', width: 26 },
        { title: 'Nama', subtitle: 'Name', width: 190 },
        { title: 'Subjek', subtitle: 'Subject', width: 140 },
        { title: 'Jabatan', subtitle: 'Position', width: w - 356 },
      ],
      data.reportedParties.map((p, i) => [`${i + 1}`, dash(p.name), dash(p.subjectLabel), dash(p.position)]),
    );

  section(doc, 'Dugaan pelanggaran', 'Alleged violations');
  if (data.allegedActs.length === 0) paragraph(doc, '-');
  else list(doc, data.allegedActs.map(winAnsiSafe), true);

  section(doc, 'Bukti', 'Evidence');
  if (data.evidence.length === 0) paragraph(doc, 'Tidak ada berkas bukti yang diunggah.', 'No evidence file uploaded.');
  else
    table(
      doc,
      [
        { title: 'No.', width: 26 },
        { title: 'Nama berkas', subtitle: 'File name', width: w - 26 - 100 - 58 - 96 },
        { title: 'Jenis', subtitle: 'Type', width: 100, size: 8 },
        { title: 'Ukuran', subtitle: 'Size', width: 58, size: 8 },
        { title: 'SHA-256 awal', subtitle: 'prefix', width: 96, font: MONO },
      ],
      data.evidence.map((e, i) => [
        `${i + 1}`,
        dash(e.name),
        dash(e.mediaType),
        dash(e.sizeText),
        oneLine(e.sha256).slice(0, 16).toLowerCase(),
      ]),
    );
  if (data.links.length > 0) {
    ensure(doc, 30);
    doc.y += 4;
    doc.y += drawCell(doc, label('Tautan', 'Links'), doc.page.margins.left, doc.y, w) + 3;
    list(doc, data.links.map(oneLine), false, true);
  }

  section(doc, 'Kelengkapan syarat', 'Requirements');
  if (data.requirements.length === 0) paragraph(doc, '-');
  else
    table(
      doc,
      [
        { title: 'Syarat', subtitle: 'Requirement', width: w - 130 },
        { title: 'Status', width: 130 },
      ],
      data.requirements.map((q) => [
        dash(q.label),
        q.met
          ? { text: 'Terpenuhi', sub: 'Met', color: GREEN, mark: 'met' }
          : { text: 'Belum terpenuhi', sub: 'Not yet met', color: RED, mark: 'unmet' },
      ]),
    );

  if (data.notes.length > 0) {
    section(doc, 'Catatan', 'Notes');
    list(doc, data.notes.map(winAnsiSafe), false);
  }

  doc.y += 10;
  paragraph(
    doc,
    'Tanda terima ini sengaja tidak memuat identitas pelapor (nama, NIK, nomor telepon, alamat, surel) sehingga dapat ' +
      'dibagikan. Bukti dicantumkan dengan 16 karakter awal sidik jari SHA-256-nya.',
    "This receipt deliberately omits the reporter's identity so it can be shared. Evidence is listed with the first " +
      '16 characters of its SHA-256 fingerprint.',
    8,
  );
}

/** Footers (and a running head from page 2 on), drawn once every page exists. */
function decoratePages(doc: Doc, data: ReceiptData, isReport: boolean): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const x = doc.page.margins.left;
    const footer = `Dibuat oleh Netra \u00b7 ${oneLine(data.receivedAtText)} \u00b7 halaman ${i - start + 1}`;
    const y = doc.page.height - 34;
    rule(doc, y - 6);
    const footerWidth = doc.font(FONT).fontSize(8).widthOfString(footer);
    // lineBreak: false writes below the bottom margin without pdfkit starting another page.
    doc.fillColor(GREY).text(footer, x + Math.max(0, (contentWidth(doc) - footerWidth) / 2), y, { lineBreak: false });
    if (i > start) {
      const head = `${isReport ? 'Tanda terima laporan' : 'Tanda terima informasi awal'} (lanjutan / continued)`;
      doc.text(head, x, 22, { lineBreak: false });
    }
  }
}

/** Renders the receipt; see `ReceiptData` for what it shows and, on purpose, does not. */
export async function renderReceiptPdf(data: ReceiptData, options: RenderReceiptOptions = {}): Promise<Buffer> {
  const isReport = data.kind === 'REPORT';
  const title = isReport ? 'Tanda terima laporan' : 'Tanda terima informasi awal';
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    font: FONT,
    info: { Title: title, Author: 'Netra', Creator: 'Netra', Producer: 'Netra', CreationDate: data.receivedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, data, isReport);
  trackingBox(doc, data, isReport);
  body(doc, data);
  decoratePages(doc, data, isReport);
  doc.end();
  return done;
}
