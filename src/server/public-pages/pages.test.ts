import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { trackingCodeFromBytes } from '../../domain/intake/tracking-code';
import { SAMPLES } from '../evidence/test-samples';
import { multipartBody, type MultipartPart } from '../evidence/test-multipart';
import { seedTestRegions } from '../reference/test-fixtures';
import { createTestApp } from '../test/app';
import { describeDb } from '../test/db';

/** The public pages through HTTP, without JavaScript: what a browser's plain form POST sends. */

const VALID: [string, string][] = [
  ['reporter.type', 'VOTER'],
  ['reporter.name', 'Ana Wijaya'],
  ['reporter.nik', '3603011508900001'],
  ['reporter.address', 'Jl. Melati 1, Balaraja'],
  ['reporter.phone', '0812 3456 7890'],
  ['consent', 'on'],
  ['incident.date', '2024-11-14'],
  ['incident.regionCode', '36.03'],
  ['incident.areaQuery', 'Cangkudu'],
  ['incident.placeDetail', 'Balai desa'],
  ['knownOn', '2024-11-15'],
  ['parties[0].name', 'Budi Santoso'],
  ['parties[0].subjectType', 'KEPALA_DESA'],
  ['parties[0].address', 'Kantor Desa Cangkudu'],
  ['parties[1].name', ''],
  ['acts', 'MEDSOS'],
  ['acts', 'FASILITAS_NEGARA'],
  ['description', 'Kepala desa mengunggah ajakan memilih calon di grup warga.'],
  ['links', 'https://example.org/post/1\nhttps://example.org/post/2'],
  ['witnesses[0].name', 'Citra'],
  ['witnesses[1].name', 'Dodi'],
  ['website', ''],
  ['idempotencyKey', 'abcdefghijklmnopqrstuv'],
];

function form(fields: [string, string][], files: MultipartPart[] = []) {
  return multipartBody([...fields.map(([name, value]) => ({ name, value })), ...files]);
}

function replace(fields: [string, string][], changes: Record<string, string>): [string, string][] {
  return fields.map(([k, v]) => [k, k in changes ? changes[k]! : v]);
}

describeDb('public pages', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db()));
  });

  const post = async (url: string, fields: [string, string][], files: MultipartPart[] = []) => {
    const { body, contentType } = form(fields, files);
    return app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': contentType } });
  };
  const postCode = (url: string, code: string) =>
    app.inject({
      method: 'POST',
      url,
      payload: new URLSearchParams({ code }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  const trackingCodeOf = (html: string) => /data-tracking-code="([A-Z0-9-]+)"/.exec(html)?.[1] ?? '';

  it('serves the form as HTML with every regency, grouped by province', async () => {
    const res = await app.inject({ method: 'GET', url: '/lapor' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain('<optgroup label="BANTEN">');
    expect(res.body).toMatch(/<option value="36.03">KABUPATEN TANGERANG<\/option>/);
    expect(res.body).toMatch(/<option value="91.03">KABUPATEN JAYAPURA<\/option>/);
    expect(res.body.match(/<option value="\d{2}\.\d{2}">/g)?.length).toBeGreaterThan(500);
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(res.body)?.[1] ?? '';
    expect(key).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    const again = await app.inject({ method: 'GET', url: '/lapor' });
    expect(again.body).not.toContain(key);
  });

  it('speaks English on ?lang=en and remembers it in a cookie', async () => {
    const res = await app.inject({ method: 'GET', url: '/lapor?lang=en' });
    expect(res.body).toContain('<html lang="en">');
    expect(String(res.headers['set-cookie'])).toMatch(/netra_lang=en/);
    const next = await app.inject({ method: 'GET', url: '/lacak', cookies: { netra_lang: 'en' } });
    expect(next.body).toContain('Track a report');
  });

  it('gives a bad NIK back next to its field, keeping what was typed', async () => {
    const res = await post('/lapor', replace(VALID, { 'reporter.nik': '12345', 'reporter.name': 'Ana <b>W</b>' }));
    expect(res.statusCode).toBe(400);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('<p class="error" id="f-reporter-nik-error">NIK terdiri atas 16 angka</p>');
    expect(res.body).toContain('<a href="#f-reporter-nik">');
    expect(res.body).toContain('value="Ana &lt;b&gt;W&lt;/b&gt;"');
    expect(res.body).toContain('Lampirkan kembali berkas Anda');
    expect(res.body).toContain('<title>Ada kesalahan: ');
  });

  it('reports an empty form field by field, not as one missing group', async () => {
    const res = await post('/lapor', [['idempotencyKey', 'abcdefghijklmnopqrstuv']]);
    expect(res.statusCode).toBe(400);
    for (const id of ['f-reporter-name-error', 'f-reporter-nik-error', 'f-incident-regionCode-error', 'f-acts-error']) {
      expect(res.body, id).toContain(`id="${id}"`);
    }
    expect(res.body).toContain('id="f-parties-error"');
  });

  it('asks to choose when the district/village name is ambiguous, and says when it is unknown', async () => {
    const several = await post('/lapor', replace(VALID, { 'incident.areaQuery': 'Talagasari' }));
    expect(several.statusCode).toBe(400);
    expect(several.body).toContain('<select id="f-incident-areaQuery" name="incident.areaQuery"');
    expect(several.body.match(/<option value="36\.03\.\d{2}\.\d{4}">Talagasari/g)).toHaveLength(2);
    const none = await post('/lapor', replace(VALID, { 'incident.areaQuery': 'Atlantis' }));
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Tidak ada kecamatan, desa, atau kelurahan dengan nama itu');
  });

  it('files a report with evidence: the receipt, then tracking and the PDF by its code', async () => {
    const res = await post('/lapor', VALID, [
      { name: 'files', filename: 'foto.png', contentType: 'image/png', data: SAMPLES.png },
      { name: 'files', filename: 'surat.pdf', contentType: 'application/pdf', data: SAMPLES.pdf },
    ]);
    expect(res.statusCode, res.body.slice(0, 3000)).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const code = trackingCodeOf(res.body);
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(res.body).toContain('hanya ditampilkan sekali');
    expect(res.body).toContain('Senin, 18 November 2024 10.00 WIB');
    expect(res.body).toContain('Cangkudu, Balaraja, KABUPATEN TANGERANG, BANTEN');
    expect(res.body).toContain('foto.png');
    expect(res.body).toContain('surat.pdf');
    expect(res.body).toContain('Budi Santoso');
    expect(res.body).not.toContain('3603011508900001');

    const tracked = await postCode('/lacak', code.toLowerCase());
    expect(tracked.statusCode).toBe(200);
    expect(tracked.body).toContain('Status: Diterima');
    expect(tracked.body).toContain('Senin, 18 November 2024 10.00 WIB');
    expect(tracked.body).not.toContain('Ana Wijaya');
    expect(tracked.body).not.toContain('Budi Santoso');

    const again = await postCode('/lapor/terima', code);
    expect(again.statusCode).toBe(200);
    expect(trackingCodeOf(again.body)).toBe(code);
    expect(again.body).toContain('foto.png');

    const pdf = await postCode('/lapor/tanda-terima.pdf', code);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="tanda-terima-${code}.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers a malformed or unknown tracking code with a clear message', async () => {
    const bad = await postCode('/lacak', 'not-a-code');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('tidak sesuai format');
    const unknown = await postCode('/lacak', trackingCodeFromBytes(new Uint8Array(64).fill(7)));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Tidak ada laporan dengan kode itu');
    const pdf = await postCode('/lapor/tanda-terima.pdf', 'nope');
    expect(pdf.statusCode).toBe(400);
    expect(pdf.headers['content-type']).toContain('text/html');
  });

  it('takes an anonymous tip and gives its receipt', async () => {
    const res = await post('/informasi', [
      ['description', 'Camat memakai mobil dinas untuk kampanye di pasar.'],
      ['regionCode', '36.03'],
      ['areaQuery', 'Kec. Balaraja'],
      ['date', '2024-11-16'],
      ['links', ''],
      ['website', ''],
      ['idempotencyKey', 'zyxwvutsrqponmlkjihgfe'],
    ]);
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(200);
    expect(res.body).toContain('Informasi Anda diterima');
    expect(trackingCodeOf(res.body)).not.toBe('');
    expect(res.body).toContain('Balaraja, KABUPATEN TANGERANG, BANTEN');
  });

  it('refuses a filled honeypot with the form again, not a 5xx', async () => {
    const res = await post('/informasi', [
      ['description', 'Sesuatu yang cukup panjang.'],
      ['regionCode', '36.03'],
      ['website', 'http://spam.example'],
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
  });
});
