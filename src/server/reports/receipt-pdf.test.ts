import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderReceiptPdf, winAnsiSafe, type ReceiptData } from './receipt-pdf';

const receipt = (overrides: Partial<ReceiptData> = {}): ReceiptData => ({
  kind: 'REPORT',
  trackingCode: 'K7QM-4XRT-9BHD-2NPW',
  receiptNumber: '0007/TT/36.03/XI/2024',
  receivedAt: new Date('2024-11-18T03:00:00Z'),
  receivedAtText: 'Senin, 18 November 2024 10.00 WIB',
  office: { name: 'Bawaslu Kabupaten Tangerang', regionCode: '36.03' },
  channelLabel: 'Formulir daring',
  incident: { dateText: 'Sabtu, 16 November 2024', placeText: 'TPS 012 Desa Sukamulya, Kecamatan Cikupa' },
  reportedParties: [
    { name: 'Budi Santoso', subjectLabel: 'Calon kepala daerah', position: 'Calon Bupati' },
    { name: 'Tim Kampanye "Maju Bersama"', subjectLabel: 'Tim kampanye', position: null },
  ],
  allegedActs: ['Politik uang', 'Kampanye di luar jadwal'],
  evidence: [
    { name: 'foto-amplop.jpg', mediaType: 'image/jpeg', sizeText: '2,4 MB', sha256: 'a'.repeat(64) },
    { name: 'rekaman.mp4', mediaType: 'video/mp4', sizeText: '18,0 MB', sha256: '0123456789abcdef'.repeat(4) },
  ],
  links: ['https://example.org/video/123'],
  requirements: [
    { label: 'Identitas pelapor', met: true },
    { label: 'Uraian kejadian', met: true },
    { label: 'Laporan dalam 7 hari sejak diketahui', met: false },
  ],
  notes: [
    'Laporan disampaikan lebih dari 7 hari sejak kejadian diketahui; pengawas akan menilai keterpenuhan syarat formal.',
    'Bawa KTP asli dan bukti fisik saat datang ke kantor Bawaslu.',
  ],
  trackingUrl: 'https://netra.example.go.id/lacak',
  ...overrides,
});

/**
 * The lines of text pdfkit drew, from an uncompressed PDF. Each line is `1 0 0 1 x y Tm` (y from
 * the bottom of the page, at the baseline) followed by `[<hex> kern <hex> ...] TJ`: WinAnsi bytes
 * in hex strings, split where a kerning pair adjusts the spacing.
 */
function textLines(pdf: Buffer): { y: number; text: string }[] {
  const lines: { y: number; text: string }[] = [];
  for (const [, y, array] of pdf
    .toString('latin1')
    .matchAll(/1 0 0 1 \S+ (\S+) Tm\s+\/F\d+ \S+ Tf\s+\[([^\]]*)\] TJ/g)) {
    const hex = [...(array ?? '').matchAll(/<([0-9a-f]*)>/g)].map((m) => m[1]).join('');
    lines.push({ y: Number(y), text: Buffer.from(hex, 'hex').toString('latin1') });
  }
  return lines;
}

const drawnText = (pdf: Buffer): string =>
  textLines(pdf)
    .map((line) => line.text)
    .join('\n');

const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('renderReceiptPdf', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a complete PDF, byte for byte the same for the same data whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const a = await renderReceiptPdf(receipt());
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    const b = await renderReceiptPdf(receipt());
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBeLessThan(300_000);
    const c = await renderReceiptPdf(receipt({ receivedAt: new Date('2024-11-18T03:00:01Z') }));
    expect(c.equals(a)).toBe(false);
  });

  it('prints the tracking code, the office and the details as text', async () => {
    const text = drawnText(await renderReceiptPdf(receipt(), { compress: false }));
    expect(text).toContain('TANDA TERIMA LAPORAN');
    expect(text).toContain('K7QM-4XRT-9BHD-2NPW');
    expect(text).toContain('Bawaslu Kabupaten Tangerang');
    expect(text).toContain('0007/TT/36.03/XI/2024');
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('0123456789abcdef');
    expect(text).not.toContain('0123456789abcdef0');
    expect(text).toContain('Belum terpenuhi');
    expect(text).toContain('Dibuat oleh Netra \u00b7 Senin, 18 November 2024 10.00 WIB \u00b7 halaman 1');
  });

  it('titles a tip as informasi awal and copes with no receipt number or parties', async () => {
    const pdf = await renderReceiptPdf(
      receipt({ kind: 'TIP', receiptNumber: null, reportedParties: [], evidence: [], links: [], notes: [] }),
      { compress: false },
    );
    const text = drawnText(pdf);
    expect(text).toContain('TANDA TERIMA INFORMASI AWAL');
    expect(text).not.toContain('TANDA TERIMA LAPORAN');
    expect(text).toContain('Tidak ada terlapor yang disebutkan.');
    expect(pageCount(pdf)).toBe(1);
  });

  it('flows long lists onto further pages, each with its footer', async () => {
    const evidence = Array.from({ length: 60 }, (_, i) => ({
      name: `bukti-${String(i + 1).padStart(2, '0')}.jpg`,
      mediaType: 'image/jpeg',
      sizeText: '1,2 MB',
      sha256: i.toString(16).padStart(64, '0'),
    }));
    const pdf = await renderReceiptPdf(receipt({ evidence }), { compress: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = drawnText(pdf);
    expect(text).toContain('bukti-60.jpg');
    for (let n = 1; n <= pages; n++) expect(text).toContain(`WIB \u00b7 halaman ${n}`);
    expect(text).not.toContain(`halaman ${pages + 1}`);
    // Nothing but the footer below the bottom margin (56 pt) nor above the top one (44 pt, A4 841.89 pt).
    const body = textLines(pdf).filter((l) => !l.text.startsWith('Dibuat oleh') && !l.text.includes('(lanjutan'));
    expect(body.length).toBeGreaterThan(60 * 5);
    for (const line of body) {
      expect(line.y).toBeGreaterThan(56);
      expect(line.y).toBeLessThan(841.89 - 44);
    }
  });

  it('replaces what WinAnsi cannot encode instead of writing garbage', async () => {
    const name = 'Pak \u201cBudi\u201d \u2013 tim \u2022 sukses \u{1F600} \u0628\u0648\u062f\u064a caf\u00e9';
    const pdf = await renderReceiptPdf(
      receipt({ office: { name: `Bawaslu ${name}`, regionCode: '36.03' }, notes: [`Catatan\t${name}\u0007`] }),
      { compress: false },
    );
    const text = drawnText(pdf);
    // The bullet is a WinAnsi glyph: it is kept, as byte 0x95.
    expect(text).toContain('Bawaslu Pak "Budi" - tim \x95 sukses ? ???? caf\u00e9');
    expect(text).toContain('Catatan Pak');
  });
});

describe('winAnsiSafe', () => {
  it.each([
    ['plain ASCII', 'Politik uang', 'Politik uang'],
    ['Latin-1 letters', 'Pe\u00f1a caf\u00e9', 'Pe\u00f1a caf\u00e9'],
    ['combining accent composed', 'cafe\u0301', 'caf\u00e9'],
    ['typographic quotes and dashes', '\u2018a\u2019 \u201cb\u201d c\u2013d\u2014e', '\'a\' "b" c-d-e'],
    ['narrow no-break space from Intl', '10.00\u202fWIB', '10.00 WIB'],
    ['bullet and euro are WinAnsi glyphs', '\u2022 \u20ac', '\u2022 \u20ac'],
    ['emoji, one ? per character', 'ok \u{1F600}\u{1F44D}\u{1F3FD}', 'ok ???'],
    ['emoji with variation selector', '\u2764\ufe0f', '?'],
    ['non-Latin script', '\u0411\u0443\u0434\u0438', '????'],
    ['controls become spaces, line breaks stay', 'a\tb\r\nc\u0000', 'a b\nc '],
    ['C1 controls are not WinAnsi glyphs', 'a\u0095b', 'a?b'],
    ['zero-width characters vanish', 'a\u200bb\ufeff', 'ab'],
  ])('%s', (_, input, expected) => {
    expect(winAnsiSafe(input)).toBe(expected);
  });
});
