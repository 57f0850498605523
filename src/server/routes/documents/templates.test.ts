import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../documents/defaults';
import { currentTemplate } from '../../documents/template-service';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn } from '../../test/factories';

const URL = '/api/document-templates';
const invitation = {
  title: 'Undangan Klarifikasi',
  body: 'Kepada Yth. {{yang_diundang}}, hadir pada {{ waktu_klarifikasi }} di {{tempat_klarifikasi}} ({{nomor_register}}).',
};

describeDb('document templates API', (db) => {
  let app: FastifyInstance;
  let admin: string;
  let adminId: string;
  let officer: string;
  beforeAll(async () => {
    ({ app } = await createTestApp(db()));
    const adminUser = await createUser(db(), { role: 'ADMIN' });
    adminId = adminUser.id;
    admin = await signIn(app, db(), adminUser);
    officer = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' }));
  });
  const req = async (cookie: string | null, method: 'GET' | 'PUT', kind: string, payload?: unknown) => {
    const res = await app.inject({
      method,
      url: `${URL}/${kind}`,
      headers: cookie ? { cookie } : {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: res.statusCode, body: res.json() as Record<string, never> };
  };
  const templateEvents = async () =>
    (
      await db().query<{ subject_id: string; actor_id: string; data: Record<string, unknown> }>(
        `SELECT subject_id, actor_id, data FROM audit_events WHERE action = 'document_template.updated' ORDER BY seq`,
      )
    ).rows;

  it('answers the built-in default (version 0) to any signed-in officer, not to anyone else', async () => {
    const res = await req(officer, 'GET', 'RECEIPT');
    expect(res).toMatchObject({
      status: 200,
      body: { kind: 'RECEIPT', version: 0, title: DEFAULT_TEMPLATES.RECEIPT.title, updatedAt: null },
    });
    expect(res.body.body).toContain('{{nomor_register}}');
    expect(res.body.placeholders).toContain('nomor_register');
    expect((await req(null, 'GET', 'RECEIPT')).status).toBe(401);
    expect(await req(officer, 'GET', 'SURAT_CINTA')).toMatchObject({
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED' } },
    });
  });

  it('lets an admin save new versions, each audited, and serves the latest', async () => {
    const first = await req(admin, 'PUT', 'CLARIFICATION_INVITATION', invitation);
    expect(first).toMatchObject({
      status: 200,
      body: { kind: 'CLARIFICATION_INVITATION', version: 1, title: invitation.title, body: invitation.body },
    });
    expect(first.body.updatedAt).toBe('2024-11-18T03:00:00.000Z');
    const second = await req(admin, 'PUT', 'CLARIFICATION_INVITATION', { ...invitation, title: '  Undangan  ' });
    expect(second).toMatchObject({ status: 200, body: { version: 2, title: 'Undangan' } });
    expect(await req(officer, 'GET', 'CLARIFICATION_INVITATION')).toMatchObject({
      status: 200,
      body: { version: 2, title: 'Undangan', body: invitation.body },
    });
    // Other kinds keep their default.
    expect((await currentTemplate(db(), 'RECEIPT')).version).toBe(0);
    const events = await templateEvents();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      subject_id: 'CLARIFICATION_INVITATION',
      actor_id: adminId,
      data: { version: 1, title: 'Undangan Klarifikasi' },
    });
    expect(events[1]!.data).toMatchObject({ version: 2, title: 'Undangan' });
    expect(String(events[1]!.data.bodySha256)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an officer without templates.manage: 403, nothing written', async () => {
    const before = (await templateEvents()).length;
    expect(
      await req(officer, 'PUT', 'RECEIPT', { title: 'Tanda Terima', body: 'Nomor {{nomor_register}} saja.' }),
    ).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect((await currentTemplate(db(), 'RECEIPT')).version).toBe(0);
    expect(await templateEvents()).toHaveLength(before);
  });

  it('refuses unknown placeholders with 400 naming them, nothing written', async () => {
    const before = (await templateEvents()).length;
    const res = await req(admin, 'PUT', 'STATUS_NOTICE', {
      title: 'Pemberitahuan {{nama_pelapor}}',
      body: 'Status {{status}}; surat {{nomor_surat}} dan {{ nama_pelapor }}.',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        in: 'body',
        issues: [
          { path: ['title'], code: 'unknown_placeholder', placeholder: 'nama_pelapor' },
          { path: ['body'], code: 'unknown_placeholder', placeholder: 'nomor_surat' },
          { path: ['body'], code: 'unknown_placeholder', placeholder: 'nama_pelapor' },
        ],
      },
    });
    expect(JSON.stringify(res.body)).toContain('{{nomor_surat}}');
    expect((await currentTemplate(db(), 'STATUS_NOTICE')).version).toBe(0);
    expect(await templateEvents()).toHaveLength(before);
  });

  it('keeps versions distinct when two admins save at once: each save is a version or a 409', async () => {
    const before = (await templateEvents()).length;
    const saves = await Promise.all(
      ['Pertama', 'Kedua'].map((word) =>
        req(admin, 'PUT', 'FORWARDING_LETTER', { title: `Penerusan ${word}`, body: `Kepada {{instansi_tujuan}}.` }),
      ),
    );
    const saved = saves.filter((s) => s.status === 200);
    expect(saved.length).toBeGreaterThanOrEqual(1);
    for (const s of saves)
      if (s.status !== 200) expect(s).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });
    expect(new Set(saved.map((s) => s.body.version)).size).toBe(saved.length);
    expect(await templateEvents()).toHaveLength(before + saved.length);
  });

  it('validates the body with the shared schema', async () => {
    for (const payload of [
      { title: 'ab', body: 'cukup panjang isinya' },
      { title: 'Judul', body: 'pendek' },
      { title: 'Judul', body: 'cukup panjang isinya', extra: true },
    ]) {
      expect(await req(admin, 'PUT', 'RECEIPT', payload)).toMatchObject({
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED' } },
      });
    }
  });
});
