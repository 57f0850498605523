import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { CaseDocumentView, DocumentRequest } from '../../shared/api/cases';
import { mutate, type Actor } from '../audit/audit';
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import type { AppDeps } from '../deps';
import { renderCaseDocument, type CaseDocumentInput } from '../documents/render';
import { currentTemplate } from '../documents/template-service';
import { AppError, notFound } from '../http/errors';
import { upsertBlob } from '../reports/repository';
import { requireAccess, visibleCase } from './access';
import * as fwd from './forwarding-repository';
import { officeOfCase } from './presenter';
import { issueDocumentNumber } from './register';
import * as repo from './repository';

function missing(field: string): AppError {
  const message = `Wajib untuk dokumen ini / Required for this document: ${field}`;
  return new AppError('VALIDATION_FAILED', message, {
    in: 'body',
    issues: [{ path: [field], code: 'required', message }],
  });
}

/** What the template is filled from: the case, its parties, and the forwarding or invitation. */
async function documentInput(
  tx: Queryable,
  row: repo.CaseRow,
  req: z.infer<typeof DocumentRequest>,
  number: string,
  now: Date,
): Promise<CaseDocumentInput> {
  const parties = await repo.findParties(tx, row.id);
  const input: CaseDocumentInput = {
    kind: req.kind,
    number,
    issuedAt: now,
    zone: row.time_zone,
    office: officeOfCase(row),
    registerNumber: row.register_number,
    caseReceivedAt: row.received_at,
    status: row.status,
    parties: parties.map((p) => ({ name: p.name, subjectType: p.subject_type, positionTitle: p.position_title })),
    acts: row.acts,
  };
  if (req.kind === 'CLARIFICATION_INVITATION') {
    if (!req.invitee) throw missing('invitee');
    if (!req.meetingAt) throw missing('meetingAt');
    if (!req.meetingPlace) throw missing('meetingPlace');
    input.invitation = { invitee: req.invitee, meetingAt: req.meetingAt, meetingPlace: req.meetingPlace };
  }
  if (req.kind === 'FORWARDING_LETTER') {
    if (!req.forwardingId) throw missing('forwardingId');
    const f = await fwd.findForwarding(tx, req.forwardingId);
    if (!f || f.case_id !== row.id) throw notFound('penerusan / forwarding');
    input.forwarding = {
      body: f.body,
      bodyDetail: f.body_detail,
      letterNumber: f.letter_number,
      letterDate: f.letter_date,
      partyName: f.party_name,
      category: f.category,
      expectedReplyOn: f.expected_reply_on,
    };
  }
  return input;
}

/**
 * Issues an official document: numbered in the office's series for the year, rendered from the
 * template in force, stored once by its SHA-256, recorded with that hash in the audit trail.
 */
export async function issueDocument(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  caseId: string,
  req: z.infer<typeof DocumentRequest>,
): Promise<z.infer<typeof CaseDocumentView>> {
  let created: string | null = null;
  try {
    return await mutate(deps.db, actor, now, async (tx) => {
      const { row, access } = await visibleCase(tx, principal, caseId, { lock: true });
      requireAccess(access, 'handle');
      const number = await issueDocumentNumber(tx, row, req.kind, now);
      const input = await documentInput(tx, row, req, number, now);
      const template = await currentTemplate(tx, req.kind);
      // Uncompressed: letters of a few kilobytes whose text stays searchable in archives.
      const bytes = await renderCaseDocument(input, template, { compress: false });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const staged = path.join(deps.blobs.stagingDir(), `doc-${randomUUID()}`);
      await mkdir(deps.blobs.stagingDir(), { recursive: true });
      await writeFile(staged, bytes);
      const stored = await deps.blobs.commit({
        path: staged,
        sha256,
        size: bytes.length,
        mediaType: 'application/pdf',
      });
      if (stored.created) created = sha256;
      await upsertBlob(tx, { sha256, size: bytes.length, mediaType: 'application/pdf' }, now);
      const doc = {
        id: randomUUID(),
        kind: req.kind,
        number,
        sha256,
        forwarding_id: req.forwardingId ?? null,
        created_at: now,
      };
      await fwd.insertDocument(tx, { ...doc, caseId, templateVersion: template.version, createdBy: principal.userId });
      const data = { document: doc.id, kind: req.kind, number, sha256, templateVersion: template.version };
      await repo.appendEvent(
        tx,
        caseId,
        { command: 'DOCUMENT', from: row.status, to: row.status, public: false, data, actorId: principal.userId },
        now,
      );
      return {
        result: {
          id: doc.id,
          kind: doc.kind,
          number,
          sha256,
          forwardingId: doc.forwarding_id,
          createdAt: now.toISOString(),
        },
        audit: { action: 'case.document_issued', subjectType: 'case', subjectId: caseId, data },
      };
    });
  } catch (err) {
    if (created) await deps.blobs.remove(created);
    throw err;
  }
}

/** The PDF of an issued document, to whoever may see the case. */
export async function openDocument(
  deps: AppDeps,
  principal: Principal,
  caseId: string,
  documentId: string,
): Promise<{ stream: NodeJS.ReadableStream | Readable; filename: string; size: number }> {
  await visibleCase(deps.db, principal, caseId);
  const doc = (await fwd.findDocuments(deps.db, caseId)).find((d) => d.id === documentId);
  if (!doc) throw notFound('dokumen / document');
  const { stream, size } = await deps.blobs.read(doc.sha256);
  const filename = `${doc.kind.toLowerCase()}-${doc.number.replace(/[^0-9A-Za-z.-]+/g, '_')}.pdf`;
  return { stream, filename, size };
}
