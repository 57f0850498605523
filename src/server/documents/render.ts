import PDFDocument from 'pdfkit';
import type { CaseStatus, DocumentKind } from '../../shared/cases';
import { formatInZone } from '../../shared/i18n';
import type { TimeZone } from '../../shared/zones';
import {
  BOLD,
  FONT,
  GREY,
  INK,
  MARGIN,
  contentWidth,
  ensure,
  measure,
  oneLine,
  paragraph,
  put,
  rule,
  winAnsiSafe,
  type Doc,
} from '../reports/pdf-layout';
import { COMMON_PLACEHOLDERS, KIND_PLACEHOLDERS } from './defaults';
import { actLabel, bodyLabel, categoryLabel, statusExplanation, statusLabel, subjectLabel } from './labels';

/**
 * Official case documents as PDF (Bahasa Indonesia): the admin-editable template text, filled
 * from the case, inside a fixed frame — letterhead, number, date in the office's zone, register
 * number, signature block, footer with the page. Built on the receipt's layout primitives (pdfkit,
 * standard fonts only) and deterministic like it: equal input gives equal bytes.
 */
export interface CaseDocumentInput {
  kind: DocumentKind;
  number: string;
  issuedAt: Date;
  zone: TimeZone;
  office: { code: string; name: string };
  registerNumber: string | null;
  caseReceivedAt: Date;
  status: CaseStatus;
  /** `subjectType` is a code of src/shared/intake.ts (PNS, KEPALA_DESA, ...). */
  parties: { name: string; subjectType: string; positionTitle: string | null }[];
  /** Violation type codes (src/shared/intake.ts). */
  acts: string[];
  invitation?: { invitee: string; meetingAt: string; meetingPlace: string };
  /** `body` is a ReceivingBody code, `category` a Category code, the dates `YYYY-MM-DD`. */
  forwarding?: {
    body: string;
    bodyDetail: string | null;
    letterNumber: string;
    letterDate: string;
    partyName: string;
    category: string;
    expectedReplyOn: string;
  };
}

export interface DocumentTemplate {
  title: string;
  body: string;
  version: number;
}

export interface RenderDocumentOptions {
  /** Deflate the content streams (default true). Tests turn it off to read the text. */
  compress?: boolean;
}

/** `{{ name }}`: anything between double braces is a placeholder (and must be a known one to be saved). */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The placeholders a template of `kind` may use. */
export function placeholdersOf(kind: DocumentKind): string[] {
  return [...COMMON_PLACEHOLDERS, ...KIND_PLACEHOLDERS[kind]];
}

/** Placeholders in `text` that `kind` does not know, each once, in order of appearance. */
export function unknownPlaceholders(kind: DocumentKind, text: string): string[] {
  const known = new Set(placeholdersOf(kind));
  const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').trim()).filter((n) => !known.has(n));
  return [...new Set(unknown)];
}

/** Replaces each `{{name}}` with its value; a placeholder without a (non-blank) value becomes '-'. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_, raw: string) => {
    const name = raw.trim();
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined || value.trim() === '' ? '-' : value;
  });
}

/** `2024-11-18` → `18 November 2024`; anything else is printed as given. */
export function formatCalendarDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    d,
  );
}

const partyLine = (p: CaseDocumentInput['parties'][number], i: number): string => {
  const what = [subjectLabel(p.subjectType), p.positionTitle?.trim()].filter(Boolean).join(', ');
  return `${i + 1}. ${p.name.trim()}${what ? ` - ${what}` : ''}`;
};

/** The values of the placeholders for one document; absent ones print as '-'. */
export function documentValues(input: CaseDocumentInput): Record<string, string> {
  const values: Record<string, string> = {
    nomor_dokumen: input.number,
    tanggal_dokumen: formatInZone(input.issuedAt, input.zone, 'id', { long: true }),
    nama_kantor: input.office.name,
    tanggal_diterima: formatInZone(input.caseReceivedAt, input.zone, 'id', { long: true }),
    status: statusLabel(input.status),
    keterangan_status: statusExplanation(input.status),
    terlapor: input.parties.map(partyLine).join('\n'),
    dugaan_pelanggaran: input.acts.map(actLabel).join(', '),
  };
  if (input.registerNumber !== null) values.nomor_register = input.registerNumber;
  if (input.invitation) {
    values.yang_diundang = input.invitation.invitee;
    values.waktu_klarifikasi = input.invitation.meetingAt;
    values.tempat_klarifikasi = input.invitation.meetingPlace;
  }
  const f = input.forwarding;
  if (f) {
    const body = bodyLabel(f.body);
    values.instansi_tujuan = f.bodyDetail?.trim() ? `${body} (${f.bodyDetail.trim()})` : body;
    values.nama_terlapor = f.partyName;
    values.kategori_pelanggaran = categoryLabel(f.category);
    values.nomor_surat = f.letterNumber;
    values.tanggal_surat = formatCalendarDate(f.letterDate);
    values.batas_tanggapan = formatCalendarDate(f.expectedReplyOn);
  }
  return values;
}

function centered(doc: Doc, text: string, font: string, size: number, color = INK): void {
  const x = doc.page.margins.left;
  doc
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(text, x, doc.y, { width: contentWidth(doc), align: 'center' });
}

function letterhead(doc: Doc, input: CaseDocumentInput): void {
  centered(doc, 'BADAN PENGAWAS PEMILIHAN UMUM', BOLD, 13);
  centered(doc, oneLine(input.office.name).toUpperCase(), BOLD, 12);
  centered(doc, `Kode wilayah ${oneLine(input.office.code)}`, FONT, 8, GREY);
  doc.y += 5;
  rule(doc, doc.y, INK);
  rule(doc, doc.y + 2, INK);
  doc.y += 14;
}

const FIELD_LABEL_WIDTH = 95;

/** `Nomor : ...` lines under the letterhead. */
function field(doc: Doc, label: string, value: string): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc) - FIELD_LABEL_WIDTH - 10;
  const text = winAnsiSafe(value);
  ensure(doc, measure(doc, text, FONT, 10, width) + 2);
  const y = doc.y;
  put(doc, label, x, y, { font: FONT, size: 10, width: FIELD_LABEL_WIDTH });
  put(doc, ':', x + FIELD_LABEL_WIDTH, y, { font: FONT, size: 10, width: 10 });
  put(doc, text, x + FIELD_LABEL_WIDTH + 10, y, { font: FONT, size: 10, width });
  doc.y += 2;
}

function signature(doc: Doc, input: CaseDocumentInput): void {
  const width = contentWidth(doc) * 0.45;
  const x = doc.page.margins.left + contentWidth(doc) - width;
  ensure(doc, 110);
  doc.y += 18;
  put(doc, winAnsiSafe(input.office.name), x, doc.y, { font: BOLD, size: 10, width });
  doc.y += 56;
  put(doc, '(.......................................)', x, doc.y, { font: FONT, size: 10, width });
}

function decoratePages(doc: Doc, input: CaseDocumentInput, template: DocumentTemplate): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const x = doc.page.margins.left;
    const footer =
      `Dibuat oleh Netra \u00b7 ${oneLine(input.number)} \u00b7 templat v${template.version} \u00b7 ` +
      `halaman ${i - start + 1} dari ${count}`;
    const y = doc.page.height - 34;
    rule(doc, y - 6);
    const footerWidth = doc.font(FONT).fontSize(8).widthOfString(footer);
    // lineBreak: false writes below the bottom margin without pdfkit starting another page.
    doc.fillColor(GREY).text(footer, x + Math.max(0, (contentWidth(doc) - footerWidth) / 2), y, { lineBreak: false });
  }
}

/** Renders one document; equal input (including `issuedAt`) gives byte-for-byte equal output. */
export async function renderCaseDocument(
  input: CaseDocumentInput,
  template: DocumentTemplate,
  options: RenderDocumentOptions = {},
): Promise<Buffer> {
  const values = documentValues(input);
  const title = oneLine(fillTemplate(template.title, values));
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    font: FONT,
    // CreationDate also seeds the file ID: no clock, no randomness in the output.
    info: { Title: title, Author: 'Netra', Creator: 'Netra', Producer: 'Netra', CreationDate: input.issuedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  letterhead(doc, input);
  field(doc, 'Nomor', input.number);
  field(doc, 'Tanggal', values.tanggal_dokumen ?? '-');
  if (input.registerNumber !== null) field(doc, 'Nomor register', input.registerNumber);
  field(doc, 'Perihal', title);
  doc.y += 12;
  centered(doc, title.toUpperCase(), BOLD, 12);
  doc.y += 10;
  const body = winAnsiSafe(fillTemplate(template.body, values)).trim();
  for (const block of body.split(/\n[ \t]*\n/)) {
    paragraph(doc, block.replace(/^\n+|\n+$/g, ''), undefined, 10);
    doc.y += 4;
  }
  signature(doc, input);
  decoratePages(doc, input, template);
  doc.end();
  return done;
}
