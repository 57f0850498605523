import { describe, expect, it } from 'vitest';
import { createT } from '../../../shared/i18n';
import {
  checkFiles,
  checkIntake,
  emptyIntake,
  emptyParty,
  emptyWitness,
  flattenIntake,
  newIdempotencyKey,
  toFormData,
  toScreenRows,
  type IntakeState,
} from './intake-state';

const t = createT('id');

function filled(): IntakeState {
  const s = emptyIntake();
  s.reporter = {
    type: 'VOTER',
    name: 'Siti Aminah',
    nik: '3603 0101 1290 0001',
    address: 'Jl. Melati 1, Tigaraksa',
    phone: '0812 3456 7890',
    email: '',
  };
  s.consent = true;
  s.knownOn = '2024-11-15';
  s.incident = { date: '2024-11-14', time: '09:30', regionCode: '36.03.01', placeDetail: 'Balai desa' };
  s.parties = [
    { ...emptyParty(), name: 'Budi', subjectType: 'KEPALA_DESA', address: 'Desa Sukamaju' },
    emptyParty(),
    { ...emptyParty(), name: 'Ahmad', subjectType: 'PNS', identityNumber: '198001012005011001' },
  ];
  s.acts = ['MEDSOS', 'FOTO_BERSAMA'];
  s.description = 'Kepala desa mengunggah ajakan memilih calon nomor 2 di grup warga.';
  s.links = 'https://example.org/a\nhttps://example.org/b';
  s.witnesses = [emptyWitness(), { ...emptyWitness(), name: 'Rudi', contact: '0813' }];
  return s;
}

describe('intake form state', () => {
  it('flattens into the multipart field names, leaving out empty values and empty rows', () => {
    const flat = flattenIntake('walk-in', filled());
    expect(flat.entries).toEqual([
      ['reporter.type', 'VOTER'],
      ['reporter.name', 'Siti Aminah'],
      ['reporter.nik', '3603010112900001'],
      ['reporter.address', 'Jl. Melati 1, Tigaraksa'],
      ['reporter.phone', '0812 3456 7890'],
      ['consent', 'on'],
      ['knownOn', '2024-11-15'],
      ['incident.date', '2024-11-14'],
      ['incident.time', '09:30'],
      ['incident.regionCode', '36.03.01'],
      ['incident.placeDetail', 'Balai desa'],
      ['parties[0].name', 'Budi'],
      ['parties[0].subjectType', 'KEPALA_DESA'],
      ['parties[0].address', 'Desa Sukamaju'],
      ['parties[1].name', 'Ahmad'],
      ['parties[1].subjectType', 'PNS'],
      ['parties[1].identityNumber', '198001012005011001'],
      ['acts', 'MEDSOS'],
      ['acts', 'FOTO_BERSAMA'],
      ['description', 'Kepala desa mengunggah ajakan memilih calon nomor 2 di grup warga.'],
      ['links', 'https://example.org/a\nhttps://example.org/b'],
      ['witnesses[0].name', 'Rudi'],
      ['witnesses[0].contact', '0813'],
    ]);
    expect(flat.rows).toEqual({ parties: [0, 2], witnesses: [1] });
  });

  it('sends a finding without reporter or consent, with discoveredOn', () => {
    const s = filled();
    s.governorElection = true;
    const names = flattenIntake('finding', s).entries.map(([name]) => name);
    expect(names).not.toContain('reporter.name');
    expect(names).not.toContain('consent');
    expect(names).not.toContain('knownOn');
    expect(names).toContain('discoveredOn');
    expect(names).toContain('governorElection');
  });

  it('passes the server schema when complete', () => {
    const checked = checkIntake('walk-in', flattenIntake('walk-in', filled()), t);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.data).toMatchObject({
      consent: true,
      parties: [{ name: 'Budi' }, { name: 'Ahmad' }],
      acts: ['MEDSOS', 'FOTO_BERSAMA'],
      links: ['https://example.org/a', 'https://example.org/b'],
    });
    expect(checkIntake('finding', flattenIntake('finding', filled()), t).ok).toBe(true);
  });

  it('keys errors by field, on the rows as shown on screen, with messages that say what is expected', () => {
    const s = filled();
    s.reporter.nik = '123';
    s.consent = false;
    s.parties[2] = { ...emptyParty(), name: 'Ahmad' };
    s.acts = [];
    s.links = 'example.org';
    s.incident.regionCode = '36';
    const checked = checkIntake('walk-in', flattenIntake('walk-in', s), t);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      'reporter.nik': 'Isi 16 angka NIK sesuai KTP.',
      consent: 'Pelapor perlu menyetujui pengolahan datanya.',
      'incident.regionCode': 'Pilih paling tidak kabupaten/kota.',
      'parties.2.subjectType': 'Pilih jenis terlapor.',
      acts: 'Pilih paling tidak satu dugaan pelanggaran.',
      'links.0': 'Satu tautan http(s) per baris, paling banyak 10.',
    });
  });

  it('asks for at least one reported party when every row is empty', () => {
    const s = filled();
    s.parties = [emptyParty()];
    const checked = checkIntake('finding', flattenIntake('finding', s), t);
    expect(checked.ok ? {} : checked.errors).toEqual({ parties: 'Sebutkan paling tidak satu terlapor.' });
  });

  it('names each missing field of an untouched form', () => {
    const checked = checkIntake('walk-in', flattenIntake('walk-in', emptyIntake()), t);
    expect(checked.ok ? [] : Object.keys(checked.errors).sort()).toEqual([
      'acts',
      'consent',
      'incident.regionCode',
      'knownOn',
      'parties',
      'reporter.address',
      'reporter.name',
      'reporter.nik',
      'reporter.phone',
      'reporter.type',
    ]);
  });

  it('maps server error keys back to screen rows', () => {
    expect(
      toScreenRows(
        { 'parties.1.name': 'a', 'witnesses.0': 'b', parties: 'c', 'reporter.nik': 'd' },
        { parties: [0, 3], witnesses: [2] },
      ),
    ).toEqual({ 'parties.3.name': 'a', 'witnesses.2': 'b', parties: 'c', 'reporter.nik': 'd' });
  });

  it('builds the multipart body with the key and the files', () => {
    const flat = flattenIntake('finding', filled());
    const png = new File([new Uint8Array([1, 2, 3])], 'foto.png', { type: 'image/png' });
    const body = toFormData(flat, 'key-0123456789abcdef', [png]);
    expect(body.getAll('acts')).toEqual(['MEDSOS', 'FOTO_BERSAMA']);
    expect(body.get('parties[1].name')).toBe('Ahmad');
    expect(body.get('idempotencyKey')).toBe('key-0123456789abcdef');
    const file = body.get('files');
    expect(file instanceof File ? file.name : null).toBe('foto.png');
  });

  it('makes idempotency keys the server accepts', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{16,100}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('checks the number and size of files', () => {
    expect(checkFiles([{ name: 'a.pdf', size: 1000 }], t)).toBeUndefined();
    expect(
      checkFiles(
        Array.from({ length: 11 }, () => ({ name: 'a.png', size: 1 })),
        t,
      ),
    ).toBe('Paling banyak 10 berkas.');
    expect(checkFiles([{ name: 'video.mp4', size: 26 * 1024 * 1024 }], t)).toBe('video.mp4 lebih besar dari 25 MB.');
  });
});
