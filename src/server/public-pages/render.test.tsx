import { describe, expect, it } from 'vitest';
import { FormValues } from './form-values';
import { pageI18n } from './i18n';
import { Layout, renderDocument } from './Layout';
import { ReportForm } from './ReportForm';
import type { ProvinceGroup } from './regions';

const REGIONS: ProvinceGroup[] = [
  { code: '36', name: 'BANTEN', regencies: [{ code: '36.03', name: 'KABUPATEN TANGERANG' }] },
  { code: '91', name: 'PAPUA', regencies: [{ code: '91.03', name: 'KABUPATEN JAYAPURA' }] },
];
const EVIL = '<script>alert("x")</script>';

function render(raw: Record<string, unknown>, errors: [string, string][], lang: 'id' | 'en' = 'id') {
  const i18n = pageI18n(lang);
  return renderDocument(
    <Layout
      i18n={i18n}
      assets={{ script: '/assets/enhance-abc.js', styles: ['/assets/enhance-abc.css'] }}
      title="t"
      section="report"
      path="/lapor"
    >
      <ReportForm
        ctx={{ i18n, values: new FormValues(raw), errors: new Map(errors) }}
        regions={REGIONS}
        candidates={[]}
        idempotencyKey={'k'.repeat(32)}
        message={null}
        reattach={errors.length > 0}
        clientMessages={JSON.stringify({ evil: EVIL })}
        uploads={{ maxFiles: 10, maxFileBytes: 25 * 1024 * 1024 }}
      />
    </Layout>,
  );
}

/** The start tag of the element with this id (attribute order is React's business). */
function tag(html: string, id: string): string {
  const m = new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html);
  if (!m) throw new Error(`no element #${id}`);
  return m[0];
}

const raw = {
  reporter: { type: 'MONITOR', name: `Ana ${EVIL}`, nik: '12345', phone: '0812 3456 7890' },
  incident: { regionCode: '36.03', placeDetail: 'Balai "desa" & aula' },
  knownOn: '2024-11-15',
  consent: 'on',
  parties: [{ name: 'Budi', subjectType: 'KEPALA_DESA' }, { name: 'Cici' }, { name: 'Dedi' }],
  acts: ['MEDSOS', 'POLITIK_UANG'],
  description: `Dia menulis ${EVIL}`,
  witnesses: [{ name: 'Eka' }],
};

describe('the report form, server-rendered', () => {
  it('keeps every typed value, escaped', () => {
    const html = render(raw, [['reporter.nik', 'NIK terdiri atas 16 angka']]);
    expect(html.startsWith('<!doctype html><html lang="id">')).toBe(true);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('value="Ana &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    expect(html).toContain('Dia menulis &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</textarea>');
    expect(html).toContain('value="Balai &quot;desa&quot; &amp; aula"');
    expect(tag(html, 'f-reporter-type-MONITOR')).toContain('checked=""');
    expect(tag(html, 'f-reporter-type')).not.toContain('checked');
    expect(html).toMatch(/<option value="36.03" selected="">KABUPATEN TANGERANG<\/option>/);
    expect(html).toMatch(/<optgroup label="BANTEN">/);
    expect(tag(html, 'f-acts')).toContain('checked=""');
    expect(tag(html, 'f-acts-POLITIK_UANG')).toContain('checked=""');
    expect(tag(html, 'f-acts-FOTO_BERSAMA')).not.toContain('checked');
    expect(html).toMatch(/<option value="KEPALA_DESA" selected="">/);
    expect(tag(html, 'f-consent')).toContain('checked=""');
    // Three filled party rows are kept (more than the two empty ones), two witness rows.
    expect(html).toContain('name="parties[2].name"');
    expect(html).toContain('value="Dedi"');
    expect(html).not.toContain('name="parties[3].name"');
    expect(html).toContain('name="witnesses[1].name"');
    // The data attribute with the script's strings is escaped too.
    expect(html).toContain('data-messages="{&quot;evil&quot;:&quot;&lt;script&gt;');
  });

  it('shows each message next to its field and a summary linking to it', () => {
    const html = render(raw, [
      ['reporter.nik', 'NIK terdiri atas 16 angka'],
      ['parties[1].subjectType', 'Pilih salah satu.'],
    ]);
    expect(html).toContain('<a href="#f-reporter-nik">NIK: NIK terdiri atas 16 angka</a>');
    expect(html).toContain('<a href="#f-parties-1-subjectType">Terlapor 2 — Status / jabatan: Pilih salah satu.</a>');
    const nik = tag(html, 'f-reporter-nik');
    for (const attr of [
      'name="reporter.nik"',
      'value="12345"',
      'inputMode="numeric"',
      'aria-invalid="true"',
      'aria-describedby="f-reporter-nik-help f-reporter-nik-error"',
    ]) {
      expect(nik).toContain(attr);
    }
    expect(html).toContain('<p class="error" id="f-reporter-nik-error">NIK terdiri atas 16 angka</p>');
    expect(html).toContain('Lampirkan kembali berkas Anda');
  });

  it('obeys the Content-Security-Policy: no inline script or style, linked assets only', () => {
    const html = render(raw, []);
    expect(html).not.toMatch(/style=/i);
    expect(html).not.toMatch(/<style/i);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="module" src="/assets/enhance-abc.js">']);
    expect(html).toContain('<link rel="stylesheet" href="/assets/enhance-abc.css"/>');
    const form = /<form [^>]*>/.exec(html)![0];
    for (const attr of ['method="post"', 'action="/lapor"', 'encType="multipart/form-data"', 'noValidate=""']) {
      expect(form).toContain(attr);
    }
    expect(tag(html, 'f-files')).toContain('accept="image/*,video/*,audio/*,application/pdf"');
    expect(tag(html, 'f-files')).toContain('multiple=""');
    const trap = tag(html, 'f-website');
    for (const attr of ['name="website"', 'autoComplete="off"', 'tabindex="-1"', 'value=""'])
      expect(trap).toContain(attr);
    expect(html).toContain('<input type="hidden" name="idempotencyKey" value="kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"/>');
    expect(html).not.toContain('Lampirkan kembali');
  });

  it('speaks English with the same structure', () => {
    const html = render({}, [], 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Report a suspected breach of neutrality');
    expect(html).toContain('Civil servant (PNS)');
    expect(html).toContain('href="/lapor?lang=id"');
  });
});
