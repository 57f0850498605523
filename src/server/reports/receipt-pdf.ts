import PDFDocument from 'pdfkit';
import {
  FONT,
  BOLD,
  MONO,
  MONO_BOLD,
  INK,
  GREY,
  SHADE,
  GREEN,
  RED,
  SUB_SIZE,
  MARGIN,
  winAnsiSafe,
  oneLine,
  contentWidth,
  measure,
  put,
  ensure,
  rule,
  cellLayout,
  drawCell,
  table,
  section,
  paragraph,
  list,
  type Cell,
  type Doc,
} from './pdf-layout';

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

export { winAnsiSafe } from './pdf-layout';
