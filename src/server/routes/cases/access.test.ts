import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { ROLES } from '../../../shared/roles';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp, testClock } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn, type UserOverrides } from '../../test/factories';
import { reportPayload } from '../../test/report-factories';
import { casesRoutes } from './index';

/**
 * Issue acceptance: every case endpoint × every role × in scope / out of scope / shared with Sentra
 * Gakkumdu. Allowed actions succeed; everything else is 403, or 404 answered exactly as for an id
 * that does not exist, and writes nothing.
 *
 * Fixture (Kab. Tangerang 36.03, Kota Tangerang 36.71):
 * - A: incident at village 36.03.01.2003; decided a violation (OTHER_LAWS + CRIME of party 1),
 *   forwarded to BKN (K) and to GAKKUMDU (G) — so shared with the centre 36.03 — with a document;
 * - B: incident at district 36.03.01, just received, with a document; not shared, not forwarded;
 * - C: Kota Tangerang (36.71.01), shared with the centre 36.71.
 * A success that uses a case up (a transition, merge, delegation, opening Gakkumdu) runs on a
 * fresh case received like B.
 */
const USERS = {
  kab: { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' },
  prov: { role: 'BAWASLU_PROVINSI', scopeCode: '36' },
  ri: { role: 'BAWASLU_RI', scopeCode: null },
  kec: { role: 'PANWASLU_KECAMATAN', scopeCode: '36.03.01' },
  pkd: { role: 'PKD', scopeCode: '36.03.01.2003' },
  admin: { role: 'ADMIN', scopeCode: null },
  penyidik: { role: 'GAKKUMDU_PENYIDIK', scopeCode: '36.03' },
  jaksa: { role: 'GAKKUMDU_JAKSA', scopeCode: '36.03' },
  bkn: { role: 'INSTANSI_PENERIMA', scopeCode: null, body: 'BKN' },
  kabOut: { role: 'BAWASLU_KABKOTA', scopeCode: '36.71' },
  provOut: { role: 'BAWASLU_PROVINSI', scopeCode: '32' },
  kecOut: { role: 'PANWASLU_KECAMATAN', scopeCode: '36.03.02' },
  pkdOut: { role: 'PKD', scopeCode: '36.03.01.2005' },
  penyidikOut: { role: 'GAKKUMDU_PENYIDIK', scopeCode: '36.71' },
  jaksaOut: { role: 'GAKKUMDU_JAKSA', scopeCode: '32' },
  propam: { role: 'INSTANSI_PENERIMA', scopeCode: null, body: 'PROPAM' },
} satisfies Record<string, UserOverrides>;
type Who = keyof typeof USERS;
/** The columns of the tables below, in this order (kab prv ri kec pkd adm pen jak bkn | …Out prpm). */
const WHO = Object.keys(USERS) as Who[];

type Target = 'A' | 'B' | 'A:K' | 'A:G';
type Expect = 'ok' | 403 | 404;
interface Req {
  method: 'GET' | 'POST';
  url: string;
  payload?: Record<string, unknown>;
}
interface Fixture {
  A: string;
  B: string;
  C: string;
  /** A's forwardings to BKN (K) and to Gakkumdu (G). */
  K: string;
  G: string;
  docs: Record<string, string>;
  fresh: () => Promise<string>;
}
interface Endpoint {
  name: string;
  /** A success uses the case up: `ok` rows run on a fresh case received like B. */
  consumes?: boolean;
  req: (id: string, fx: Fixture, ok: boolean) => Req | Promise<Req>;
  /** One cell per user in WHO order: ok, 403, 404, or - (not checked here). */
  expect: Partial<Record<Target, string>>;
}

const note = 'Catatan uji akses.';
const post = (url: string, payload: Record<string, unknown>): Req => ({ method: 'POST', url, payload });

//                kab prv ri  kec pkd adm pen jak bkn | kabO prvO kecO pkdO penO jakO prpm
const READER_A = 'ok  ok  ok  ok  ok  ok  ok  ok  ok    404  404  404  404  404  404  404';
const READER_B = 'ok  ok  ok  ok  404 ok  404 404 404   404  404  404  404  404  404  404';
const HANDLE_A = 'ok  ok  ok  403 403 403 403 403 403   404  404  404  404  404  404  404';
const HANDLE_B = 'ok  ok  ok  403 404 403 404 404 404   404  404  404  404  404  404  404';
const DENIED_A = '-   -   -   403 403 403 403 403 403   404  404  404  404  404  404  404';
const DENIED_B = '-   -   -   403 404 403 404 404 404   404  404  404  404  404  404  404';

const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET /api/cases/:id',
    req: (id) => ({ method: 'GET', url: `/api/cases/${id}` }),
    expect: { A: READER_A, B: READER_B },
  },
  {
    name: 'POST /api/cases/:id/transitions',
    consumes: true,
    req: (id) => post(`/api/cases/${id}/transitions`, { type: 'START_REVIEW' }),
    expect: { A: DENIED_A, B: HANDLE_B },
  },
  {
    name: 'POST /api/cases/:id/merge',
    consumes: true,
    req: async (id, fx, ok) =>
      post(`/api/cases/${id}/merge`, { caseIds: [ok ? await fx.fresh() : id === fx.B ? fx.A : fx.B], note }),
    expect: { A: DENIED_A, B: HANDLE_B },
  },
  {
    name: 'POST /api/cases/:id/delegate',
    consumes: true,
    req: (id) => post(`/api/cases/${id}/delegate`, { officeCode: '36', note }),
    expect: { A: DENIED_A, B: HANDLE_B },
  },
  {
    name: 'POST /api/cases/:id/forwardings',
    req: (id) =>
      post(`/api/cases/${id}/forwardings`, {
        partyPosition: 1,
        category: 'OTHER_LAWS',
        letterNumber: '099/PP.01/K.BT-03/XI/2024',
        letterDate: '2024-11-19',
      }),
    expect: { A: HANDLE_A, B: DENIED_B },
  },
  {
    name: 'POST /api/forwardings/:id/follow-ups',
    req: (id) => post(`/api/forwardings/${id}/follow-ups`, { status: 'AWAITING_VERIFICATION', note }),
    expect: {
      //     kab prv ri  kec pkd adm pen jak bkn | kabO prvO kecO pkdO penO jakO prpm
      'A:K': 'ok  ok  ok  403 403 403 403 403 ok    404  404  403  403  403  403  404',
      'A:G': 'ok  ok  ok  403 403 403 403 403 404   404  404  403  403  403  403  404',
    },
  },
  {
    name: 'POST /api/cases/:id/gakkumdu',
    consumes: true,
    req: (id) => post(`/api/cases/${id}/gakkumdu`, { article: 'PASAL_71_188', note }),
    expect: { A: DENIED_A, B: HANDLE_B },
  },
  ...(['discussions', 'steps'] as const).map((what): Endpoint => ({
    name: `POST /api/cases/:id/gakkumdu/${what}`,
    req: (id) =>
      what === 'steps'
        ? post(`/api/cases/${id}/gakkumdu/steps`, { stage: 'INVESTIGATION', startedOn: '2024-11-19' })
        : post(`/api/cases/${id}/gakkumdu/discussions`, {
            stage: 'SECOND_DISCUSSION',
            heldOn: '2024-11-19',
            article: 'PASAL_71_188',
            conclusion: 'CONTINUE',
            minutes: 'Pembahasan: unsur pasal masih dikaji bersama penyidik dan jaksa.',
          }),
    expect: {
      //   kab prv ri  kec pkd adm pen jak bkn | kabO prvO kecO pkdO penO jakO prpm
      A: 'ok  ok  ok  403 403 403 ok  ok  403   404  404  404  404  404  404  404',
      B: '403 403 403 403 404 403 404 404 404   404  404  404  404  404  404  404',
    },
  })),
  {
    name: 'POST /api/cases/:id/documents',
    req: (id) => post(`/api/cases/${id}/documents`, { kind: 'STATUS_NOTICE' }),
    expect: { A: HANDLE_A, B: HANDLE_B },
  },
  {
    name: 'GET /api/cases/:id/documents/:documentId',
    req: (id, fx) => ({ method: 'GET', url: `/api/cases/${id}/documents/${fx.docs[id] ?? randomUUID()}` }),
    expect: { A: READER_A, B: READER_B },
  },
];

interface Row {
  name: string;
  endpoint: Endpoint;
  target: Target;
  who: Who;
  expect: Expect;
}

const rows: Row[] = ENDPOINTS.flatMap((endpoint) =>
  Object.entries(endpoint.expect).flatMap(([target, line]) => {
    const cells = line.trim().split(/\s+/);
    if (cells.length !== WHO.length) throw new Error(`${endpoint.name} ${target}: ${cells.length} cells`);
    return cells.flatMap((cell, i): Row[] => {
      if (cell === '-') return [];
      const who = WHO[i]!;
      const expect: Expect = cell === 'ok' ? 'ok' : (Number(cell) as 403 | 404);
      const u = USERS[who];
      const name = `${endpoint.name} · ${who} (${u.role} ${u.scopeCode ?? 'national'}) · ${target} → ${cell}`;
      return [{ name, endpoint, target: target as Target, who, expect }];
    });
  }),
);

/**
 * What each user's lists show, as the letters of the fixture's cases (A, B, C) or of A's
 * forwardings (K to BKN, G to Gakkumdu); '.' for an empty list, 403 without the ability.
 * The workload shows #n: the open cases it counts (every fixture case is open).
 */
const LISTS: { url: string; labels: (json: Record<string, unknown>, fx: Fixture) => string; expect: string }[] = [
  {
    url: '/api/cases?limit=100',
    labels: caseLabels,
    //       kab prv ri  kec pkd adm pen jak bkn | kabO prvO kecO pkdO penO jakO prpm
    expect: 'AB  ABC ABC AB  A   ABC 403 403 403   C    .    .    .    403  403  403',
  },
  {
    url: '/api/cases/workload',
    labels: openCount,
    expect: '#2  #3  #3  #2  #1  #3  403 403 403   #1   #0   #0   #0   403  403  403',
  },
  {
    url: '/api/forwardings',
    labels: bodies,
    expect: 'GK  GK  GK  403 403 403 403 403 K     .    .    403  403  403  403  .',
  },
  {
    url: '/api/gakkumdu',
    labels: caseLabels,
    expect: 'A   AC  AC  403 403 403 A   A   403   C    .    403  403  C    .    403',
  },
];

function caseLabels(json: Record<string, unknown>, fx: Fixture): string {
  const name = (id: string) => (id === fx.A ? 'A' : id === fx.B ? 'B' : id === fx.C ? 'C' : `?${id}`);
  const items = json.items as { id: string }[];
  expect(json.total).toBe(items.length);
  return (
    items
      .map((i) => name(i.id))
      .sort()
      .join('') || '.'
  );
}
function openCount(json: Record<string, unknown>): string {
  const open = (json.rows as { open: number }[]).reduce((n, r) => n + r.open, 0);
  return `#${open}`;
}
function bodies(json: Record<string, unknown>): string {
  const items = json.items as { body: string }[];
  expect(json.total).toBe(items.length);
  return (
    items
      .map((f) => (f.body === 'BKN' ? 'K' : f.body === 'GAKKUMDU' ? 'G' : f.body))
      .sort()
      .join('') || '.'
  );
}

describeDb('case access: every endpoint × role × scope', (db) => {
  let app: FastifyInstance;
  const cookies = {} as Record<Who, string>;
  const fx = { docs: {} } as Fixture;
  const known: string[] = [];
  let ip = 0;

  const send = (who: Who, r: Req) =>
    app.inject({
      method: r.method,
      url: r.url,
      headers: { cookie: cookies[who] },
      ...(r.payload ? { payload: r.payload } : {}),
    });
  const ok = async (who: Who, r: Req) => {
    const res = await send(who, r);
    expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBeLessThan(300);
    return res.json() as Record<string, unknown> & { id: string };
  };
  /** Files a public report at the incident region; answers the id of the case it opened. */
  const fileReport = async (regionCode: string): Promise<string> => {
    const payload = reportPayload({ incident: { date: '2024-11-16', regionCode, placeDetail: 'Balai warga' } });
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload,
      remoteAddress: `10.9.${++ip}.1`,
    });
    expect(res.statusCode, res.body).toBe(201);
    const { rows: found } = await db().query<{ id: string }>('SELECT id FROM cases WHERE NOT (id = ANY($1::uuid[]))', [
      known,
    ]);
    expect(found).toHaveLength(1);
    known.push(found[0]!.id);
    return found[0]!.id;
  };
  const auditCount = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events')).rows[0]!.n;

  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db(), { clock: testClock() }));
    for (const who of WHO) cookies[who] = await signIn(app, db(), await createUser(db(), USERS[who]));
    fx.fresh = () => fileReport('36.03.01');
    fx.A = await fileReport('36.03.01.2003');
    fx.B = await fileReport('36.03.01');
    fx.C = await fileReport('36.71.01');
    const step = (payload: Record<string, unknown>) => ok('kab', post(`/api/cases/${fx.A}/transitions`, payload));
    for (const type of ['START_REVIEW', 'REGISTER', 'START_CLARIFICATION', 'START_ANALYSIS', 'TO_PLENARY']) {
      await step({ type });
    }
    await step({
      type: 'DECIDE_VIOLATION',
      note: 'Pleno: terbukti.',
      categories: [
        { partyPosition: 1, category: 'OTHER_LAWS' },
        { partyPosition: 1, category: 'CRIME' },
      ],
    });
    for (const [category, n] of [
      ['OTHER_LAWS', '045'],
      ['CRIME', '046'],
    ] as const) {
      const letter = { partyPosition: 1, category, letterNumber: `${n}/PP.01/XI/2024`, letterDate: '2024-11-19' };
      await ok('kab', post(`/api/cases/${fx.A}/forwardings`, letter));
    }
    const a = await ok('kab', { method: 'GET', url: `/api/cases/${fx.A}` });
    const fws = a.forwardings as { id: string; body: string }[];
    expect(fws.map((f) => f.body)).toEqual(['BKN', 'GAKKUMDU']);
    expect(a.gakkumdu).toMatchObject({ stage: 'SECOND_DISCUSSION' });
    [fx.K, fx.G] = [fws[0]!.id, fws[1]!.id];
    for (const id of [fx.A, fx.B]) {
      fx.docs[id] = (await ok('kab', post(`/api/cases/${id}/documents`, { kind: 'STATUS_NOTICE' }))).id;
    }
    await ok('kabOut', post(`/api/cases/${fx.C}/gakkumdu`, { article: 'PASAL_71_188', note }));
  }, 120_000);

  it('covers every role and every case endpoint', () => {
    expect(new Set(Object.values(USERS).map((u) => u.role))).toEqual(new Set(ROLES));
    const covered = [...ENDPOINTS.map((e) => e.name), ...LISTS.map((l) => `GET ${l.url.split('?')[0]!}`)];
    expect(new Set(covered)).toEqual(new Set(casesRoutes.map((r) => `${r.method} ${r.path}`)));
  });

  // Lists first: the rows below add forwardings, documents and cases.
  const listRows = LISTS.flatMap((l) =>
    l.expect
      .trim()
      .split(/\s+/)
      .map((cell, i) => [`GET ${l.url} · ${WHO[i]!} → ${cell}`, { ...l, who: WHO[i]!, cell }] as const),
  );
  it.each(listRows)('%s', async (_name, { url, labels, who, cell }) => {
    const res = await send(who, { method: 'GET', url });
    if (cell === '403') {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      return;
    }
    expect(res.statusCode, res.body).toBe(200);
    expect(labels(res.json(), fx)).toBe(cell);
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, { endpoint, target, who, expect: want }) => {
    const fresh = want === 'ok' && endpoint.consumes === true;
    const id = fresh ? await fx.fresh() : { A: fx.A, B: fx.B, 'A:K': fx.K, 'A:G': fx.G }[target];
    const req = await endpoint.req(id, fx, want === 'ok');
    const before = await auditCount();
    const res = await send(who, req);
    if (want === 'ok') {
      expect(res.statusCode, res.body).toBeLessThan(300);
      if (req.method === 'POST') expect(await auditCount()).toBeGreaterThan(before);
      if (req.url.includes('/documents/')) expect(res.headers['content-type']).toBe('application/pdf');
      else if (!target.includes(':') && endpoint.name !== 'POST /api/cases/:id/documents') {
        expect(res.json().id).toBe(id);
      }
      return;
    }
    expect(res.statusCode, res.body).toBe(want);
    expect(await auditCount()).toBe(before);
    if (want === 403) {
      expect(res.json().error.code).toBe('FORBIDDEN');
      return;
    }
    expect(res.json().error.code).toBe('NOT_FOUND');
    await expectSameAsMissing(who, req, res, id);
  });

  /** The 404 of something that exists but is out of sight is the 404 of a random id, byte for byte. */
  async function expectSameAsMissing(who: Who, req: Req, res: LightMyRequestResponse, id: string) {
    const missing = await send(who, { ...req, url: req.url.replace(id, randomUUID()) });
    expect({ status: missing.statusCode, body: missing.json() }).toEqual({ status: res.statusCode, body: res.json() });
  }

  it('refuses to merge a case the officer cannot see, as if it did not exist', async () => {
    const target = await fx.fresh();
    const req = post(`/api/cases/${target}/merge`, { caseIds: [fx.C], note });
    const res = await send('kab', req);
    expect(res.statusCode, res.body).toBe(404);
    await expectSameAsMissing('kab', req, res, fx.C);
    expect((await send('kab', { method: 'GET', url: `/api/cases/${target}` })).json().status).toBe('RECEIVED');
  });

  it("does not serve one case's document under another case", async () => {
    const req: Req = { method: 'GET', url: `/api/cases/${fx.B}/documents/${fx.docs[fx.A]!}` };
    const res = await send('kab', req);
    expect(res.statusCode).toBe(404);
    await expectSameAsMissing('kab', req, res, fx.docs[fx.A]!);
  });

  it('refuses an inbox filter outside the scope', async () => {
    const res = await send('kab', { method: 'GET', url: '/api/cases?region=36.71' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('OUT_OF_SCOPE');
  });
});
