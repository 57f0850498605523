import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/cases';
import { DEFAULT_TEMPLATES } from './defaults';
import {
  documentValues,
  fillTemplate,
  formatCalendarDate,
  placeholdersOf,
  renderCaseDocument,
  unknownPlaceholders,
  type CaseDocumentInput,
} from './render';
import { pdfPageCount, pdfText, pdfTextLines } from './test-pdf-text';

const NUMBERS: Record<DocumentKind, string> = {
  RECEIPT: '0007/TT/36.03/XI/2024',
  CLARIFICATION_INVITATION: '0003/UND/36.03/XI/2024',
  STATUS_NOTICE: '0012/PS/36.03/XI/2024',
  FORWARDING_LETTER: '0002/PP/36.03/XI/2024',
};

const input = (kind: DocumentKind, overrides: Partial<CaseDocumentInput> = {}): CaseDocumentInput => ({
  kind,
  number: NUMBERS[kind],
  issuedAt: new Date('2024-11-20T02:30:00Z'),
  zone: 'Asia/Jakarta',
  office: { code: '36.03', name: 'Bawaslu Kabupaten Tangerang' },
  registerNumber: '005/Reg/LP/PB/Kab/11.03/XI/2024',
  caseReceivedAt: new Date('2024-11-18T03:00:00Z'),
  status: 'CLARIFICATION',
  parties: [
    { name: 'Budi Santoso', subjectType: 'KEPALA_DESA', positionTitle: 'Kepala Desa Sukamulya' },
    { name: 'Ahmad Fauzi', subjectType: 'PNS', positionTitle: null },
  ],
  acts: ['HADIR_KAMPANYE', 'FASILITAS_NEGARA'],
  invitation: {
    invitee: 'Sdr. Budi Santoso',
    meetingAt: 'Jumat, 22 November 2024 pukul 09.00 WIB',
    meetingPlace: 'Kantor Bawaslu Kabupaten Tangerang, Jl. Raya Tigaraksa',
  },
  forwarding: {
    body: 'BUPATI_WALIKOTA',
    bodyDetail: 'Bupati Tangerang',
    letterNumber: '123/PP.01/K.BT-03/XI/2024',
    letterDate: '2024-11-25',
    partyName: 'Budi Santoso',
    category: 'OTHER_LAWS',
    expectedReplyOn: '2024-12-13',
  },
  ...overrides,
});

/** The drawn text with line breaks as spaces: a value may wrap across lines. */
const flat = (pdf: Buffer): string => pdfText(pdf).replace(/\s+/g, ' ');

const render = (kind: DocumentKind, overrides: Partial<CaseDocumentInput> = {}) =>
  renderCaseDocument(input(kind, overrides), { ...DEFAULT_TEMPLATES[kind], version: 0 }, { compress: false });

describe('renderCaseDocument', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(DOCUMENT_KINDS)('%s: letterhead, number, register number, date with its zone, footer', async (kind) => {
    const pdf = await render(kind);
    const text = pdfText(pdf);
    expect(text).toContain('BADAN PENGAWAS PEMILIHAN UMUM');
    expect(text).toContain('BAWASLU KABUPATEN TANGERANG');
    expect(text).toContain(NUMBERS[kind]);
    expect(text).toContain('005/Reg/LP/PB/Kab/11.03/XI/2024');
    expect(text).toContain('Rabu, 20 November 2024 09.30 WIB');
    expect(text).toContain(DEFAULT_TEMPLATES[kind].title.toUpperCase());
    expect(text).toContain(`Dibuat oleh Netra \u00b7 ${NUMBERS[kind]} \u00b7 templat v0 \u00b7 halaman 1 dari 1`);
    expect(text).not.toContain('{{');
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('fills each kind with its own details', async () => {
    const receipt = flat(await render('RECEIPT'));
    expect(receipt).toContain('Nomor register: 005/Reg/LP/PB/Kab/11.03/XI/2024');
    expect(receipt).toContain('1. Budi Santoso - Kepala desa, Kepala Desa Sukamulya');
    expect(receipt).toContain('Senin, 18 November 2024 10.00 WIB');
    const invitation = flat(await render('CLARIFICATION_INVITATION'));
    expect(invitation).toContain('Sdr. Budi Santoso');
    expect(invitation).toContain('Jumat, 22 November 2024 pukul 09.00 WIB');
    expect(invitation).toContain('Jl. Raya Tigaraksa');
    expect(invitation).toContain('Menghadiri deklarasi atau kampanye');
    const notice = flat(await render('STATUS_NOTICE', { status: 'FORWARDED' }));
    expect(notice).toContain('Diteruskan');
    expect(notice).toContain('diteruskan kepada instansi yang berwenang');
    const letter = flat(await render('FORWARDING_LETTER'));
    expect(letter).toContain('Bupati/Wali Kota (Bupati Tangerang)');
    expect(letter).toContain('123/PP.01/K.BT-03/XI/2024');
    expect(letter).toContain('25 November 2024');
    expect(letter).toContain('13 Desember 2024');
    expect(letter).toContain('Pelanggaran terhadap peraturan perundang-undangan lainnya');
  });

  it('prints the zone of the office: WITA, WIT', async () => {
    expect(pdfText(await render('STATUS_NOTICE', { zone: 'Asia/Makassar' }))).toContain('10.30 WITA');
    expect(pdfText(await render('STATUS_NOTICE', { zone: 'Asia/Jayapura' }))).toContain('11.30 WIT');
  });

  it('prints a dash, and no register line, for a case not registered yet', async () => {
    const pdf = await render('RECEIPT', { registerNumber: null, parties: [], acts: [] });
    const text = pdfText(pdf);
    expect(text).toContain('Nomor register: -');
    expect(text).not.toContain('005/Reg');
    expect(text).toContain(NUMBERS.RECEIPT);
  });

  it('is byte for byte the same for the same input whatever the clock says, and differs otherwise', async () => {
    const template = { ...DEFAULT_TEMPLATES.FORWARDING_LETTER, version: 3 };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const a = await renderCaseDocument(input('FORWARDING_LETTER'), template);
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    const b = await renderCaseDocument(input('FORWARDING_LETTER'), template);
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(a.equals(b)).toBe(true);
    const c = await renderCaseDocument(input('FORWARDING_LETTER', { number: '0003/PP/36.03/XI/2024' }), template);
    expect(c.equals(a)).toBe(false);
  });

  it('flows a long template body onto further pages, each with its footer, and cleans unprintable text', async () => {
    const body = Array.from({ length: 40 }, (_, i) => `Paragraf ${i + 1}: {{terlapor}} \u{1F600}`).join('\n\n');
    const pdf = await renderCaseDocument(
      input('STATUS_NOTICE'),
      { title: 'Pemberitahuan \u201cpanjang\u201d', body, version: 2 },
      { compress: false },
    );
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expect(text.replace(/\s+/g, ' ')).toContain('Paragraf 40: 1. Budi Santoso');
    expect(text).toContain('PEMBERITAHUAN "PANJANG"');
    expect(text).toContain('?');
    for (let n = 1; n <= pages; n++) expect(text).toContain(`halaman ${n} dari ${pages}`);
    const inside = pdfTextLines(pdf).filter((l) => !l.text.startsWith('Dibuat oleh'));
    for (const line of inside) expect(line.y).toBeGreaterThan(56);
  });
});

describe('placeholders', () => {
  it('every default template uses only its own placeholders, and the receipt prints the register number', () => {
    for (const kind of DOCUMENT_KINDS) {
      const t = DEFAULT_TEMPLATES[kind];
      expect(unknownPlaceholders(kind, `${t.title}\n${t.body}`), kind).toEqual([]);
    }
    expect(DEFAULT_TEMPLATES.RECEIPT.body).toContain('{{nomor_register}}');
  });

  it('lists the common placeholders and the kind-specific ones', () => {
    expect(placeholdersOf('RECEIPT')).toContain('nomor_register');
    expect(placeholdersOf('CLARIFICATION_INVITATION')).toContain('waktu_klarifikasi');
    expect(placeholdersOf('RECEIPT')).not.toContain('waktu_klarifikasi');
    expect(placeholdersOf('FORWARDING_LETTER')).toContain('batas_tanggapan');
  });

  it.each<[string, DocumentKind, string, string[]]>([
    ['known ones', 'RECEIPT', 'No. {{nomor_register}} {{ status }}', []],
    ['an unknown name', 'RECEIPT', 'Yth. {{nama_pelapor}}', ['nama_pelapor']],
    ['a name of another kind', 'STATUS_NOTICE', '{{nomor_surat}}', ['nomor_surat']],
    ['each unknown once', 'RECEIPT', '{{a}} {{b}} {{a}}', ['a', 'b']],
    ['an empty placeholder', 'RECEIPT', 'x {{}} y', ['']],
    ['a name with a space', 'RECEIPT', '{{nomor register}}', ['nomor register']],
    ['single braces are text', 'RECEIPT', '{nomor_register} {{nomor_register}', []],
  ])('unknownPlaceholders: %s', (_, kind, text, expected) => {
    expect(unknownPlaceholders(kind, text)).toEqual(expected);
  });
});

describe('fillTemplate', () => {
  it.each<[string, string, Record<string, string>, string]>([
    ['fills a value', 'No. {{nomor_register}}', { nomor_register: '005/Reg' }, 'No. 005/Reg'],
    ['spaces inside the braces', 'No. {{ nomor_register }}', { nomor_register: '005' }, 'No. 005'],
    ['a missing value is a dash', 'No. {{nomor_register}}', {}, 'No. -'],
    ['a blank value is a dash', 'No. {{nomor_register}}', { nomor_register: '  ' }, 'No. -'],
    ['every occurrence', '{{a}}-{{a}}', { a: 'x' }, 'x-x'],
    ['values are not filled again', '{{a}}', { a: '{{b}}', b: 'no' }, '{{b}}'],
    ['inherited names are not values', '{{constructor}}', {}, '-'],
    ['text without placeholders', 'Tanpa isian', { a: 'x' }, 'Tanpa isian'],
    ['multi-line values', 'Terlapor:\n{{t}}', { t: '1. A\n2. B' }, 'Terlapor:\n1. A\n2. B'],
  ])('%s', (_, text, values, expected) => {
    expect(fillTemplate(text, values)).toBe(expected);
  });
});

describe('documentValues', () => {
  it('leaves out what the case does not have', () => {
    const v = documentValues(input('RECEIPT', { registerNumber: null, invitation: undefined, forwarding: undefined }));
    expect(v).not.toHaveProperty('nomor_register');
    expect(v).not.toHaveProperty('yang_diundang');
    expect(v).not.toHaveProperty('nomor_surat');
    expect(v.status).toBe('Klarifikasi');
    expect(v.dugaan_pelanggaran).toBe('Menghadiri deklarasi atau kampanye, Memakai fasilitas negara');
  });

  it('prints an unknown code as itself', () => {
    const v = documentValues(input('RECEIPT', { acts: ['SOMETHING_NEW'] }));
    expect(v.dugaan_pelanggaran).toBe('SOMETHING_NEW');
  });

  it.each([
    ['2024-11-25', '25 November 2024'],
    ['2025-01-01', '1 Januari 2025'],
    ['besok', 'besok'],
  ])('formatCalendarDate(%s)', (date, expected) => {
    expect(formatCalendarDate(date)).toBe(expected);
  });
});
