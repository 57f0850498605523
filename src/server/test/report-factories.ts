import type { FastifyInstance } from 'fastify';
import type { ReportSubmission } from '../../shared/api/reports';
import { multipartBody, type MultipartPart } from '../evidence/test-multipart';

/**
 * Intake test data: a valid public report (Kabupaten Tangerang, Pilkada 2024, known on the day of
 * TEST_NOW), overridable, and helpers to post it as JSON or as a multipart form with files.
 *
 *   const res = await postReport(app, reportPayload({ knownOn: '2024-11-10' }));
 */
export const TEST_NIK = '3603011205900001';
export const TEST_REPORTER_NAME = 'Siti Aminah Rahmawati';
export const TEST_PHONE = '081234567890';

type Payload = Record<string, unknown>;

export function reportPayload(overrides: Partial<Record<keyof ReportSubmission, unknown>> = {}): Payload {
  return {
    reporter: {
      type: 'VOTER',
      name: TEST_REPORTER_NAME,
      nik: TEST_NIK,
      address: 'Jl. Raya Balaraja No. 12, Tangerang',
      phone: TEST_PHONE,
    },
    consent: true,
    incident: { date: '2024-11-16', time: '09:30', regionCode: '36.03.01', placeDetail: 'Aula kantor kecamatan' },
    knownOn: '2024-11-17',
    parties: [
      {
        name: 'Budi Santoso',
        subjectType: 'CAMAT',
        position: 'Camat Balaraja',
        agency: 'Pemerintah Kabupaten Tangerang',
        address: 'Kantor Kecamatan Balaraja',
      },
    ],
    acts: ['FOTO_BERSAMA', 'HADIR_KAMPANYE'],
    description: 'Camat berfoto dengan pasangan calon sambil mengacungkan dua jari pada acara deklarasi dukungan.',
    links: ['https://contoh.example/berita/1'],
    witnesses: [
      { name: 'Andi Wijaya', contact: '081300000001' },
      { name: 'Rina Kartika', contact: '081300000002' },
    ],
    ...overrides,
  };
}

export function postJson(app: FastifyInstance, url: string, payload: Payload, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url, payload, headers });
}

export const postReport = (app: FastifyInstance, payload: Payload, headers: Record<string, string> = {}) =>
  postJson(app, '/api/public/reports', payload, headers);

/** Flattens a JSON body into form fields as a browser sends them (`parties[0].name`, `acts` repeated). */
export function flatten(value: unknown, prefix = ''): MultipartPart[] {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return value.map((v) => ({ name: prefix, value: String(v) }));
    return value.flatMap((v, i) => flatten(v, `${prefix}[${i}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  if (value === true) return [{ name: prefix, value: 'on' }];
  return [{ name: prefix, value: String(value) }];
}

export function postMultipart(
  app: FastifyInstance,
  url: string,
  payload: Payload,
  files: { filename: string; data: Buffer; contentType?: string }[],
  extra: MultipartPart[] = [],
  headers: Record<string, string> = {},
) {
  const parts = [...flatten(payload), ...extra, ...files.map((f) => ({ name: 'files', ...f }))];
  const { body, contentType } = multipartBody(parts);
  return app.inject({ method: 'POST', url, payload: body, headers: { ...headers, 'content-type': contentType } });
}
