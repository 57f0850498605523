import { randomUUID } from 'node:crypto';
import type { Config } from '../config';
import { secretBox } from '../crypto/secretbox';
import type { Queryable } from '../db/db';
import { identityKeyId } from '../reports/identity';
import { claimDueEmails, insertOutboxEmail, markEmailFailed, markEmailSent } from './repository';
import type { MailTransport } from './transport';

/**
 * E-mail to reporters, through an outbox: a message is written in the transaction of the change
 * that causes it (so it exists if and only if the change commits), and a worker (`mail.deliver`)
 * sends it later and retries with backoff. The recipient's address is personal data: it is sealed
 * with the identity key like the reporter's identity (AAD = the message id) and never logged;
 * SMTP error texts are stored with any address in them blanked out.
 */
export const MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60 * 1000;
const MAX_RETRY_MS = 6 * 60 * 60 * 1000;
/** How long a claimed batch is left alone by other workers (a crashed worker's batch is retried after it). */
const CLAIM_MS = 30 * 60 * 1000;
const MAX_ERROR_LENGTH = 1000;

/** The wait after the `attempts`-th failed attempt: 1 min, 2, 4, ... at most 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

/** An e-mail's text: Bahasa Indonesia first, then English, then the no-reply note. */
export interface BilingualText {
  id: string;
  en: string;
}

export function composeText(text: BilingualText): string {
  return [
    text.id.trim(),
    '',
    '---',
    '',
    text.en.trim(),
    '',
    '-- ',
    'Surel ini dikirim otomatis oleh Netra; mohon tidak membalas surel ini.',
    'This e-mail was sent automatically by Netra; please do not reply to it.',
    '',
  ].join('\n');
}

const ADDRESS = /^[^\s<>@]+@[^\s<>@]+$/;
const aadOf = (id: string) => `outbox:${id}`;

export interface EnqueueEmail {
  to: string;
  /** One line, e.g. 'Status laporan Anda / Your report status'. */
  subject: string;
  text: BilingualText;
  caseId: string | null;
  now: Date;
}

/** Queues one e-mail inside the caller's transaction; returns its id. The address is stored sealed. */
export async function enqueueEmail(
  tx: Queryable,
  config: Pick<Config, 'secretKey'>,
  mail: EnqueueEmail,
): Promise<string> {
  const to = mail.to.trim();
  if (!ADDRESS.test(to)) throw new Error('enqueueEmail: not an e-mail address');
  const id = randomUUID();
  await insertOutboxEmail(tx, {
    id,
    toEnc: secretBox(config.secretKey, 'identity').seal(to, aadOf(id)),
    keyId: identityKeyId(config),
    subject: mail.subject.replace(/\s+/g, ' ').trim(),
    bodyText: composeText(mail.text),
    caseId: mail.caseId,
    now: mail.now,
  });
  return id;
}

/** The error as stored: its code and message, without any e-mail address, cut to a sane length. */
export function failureText(err: unknown): string {
  const code = err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : null;
  const message = err instanceof Error ? err.message : String(err);
  const text = `${code ? `${code}: ` : ''}${message}`.replace(/[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+/g, '[alamat]');
  return text.slice(0, MAX_ERROR_LENGTH);
}

export interface DeliveryDeps {
  db: Queryable;
  config: Pick<Config, 'secretKey'>;
  log?: { warn: (obj: object, msg: string) => void };
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  /** Of the failed: those that reached MAX_ATTEMPTS (or cannot be opened) and will not be tried again. */
  gaveUp: number;
}

/**
 * Sends up to `limit` due messages through `transport`. Each is claimed first (see
 * `claimDueEmails`), so several instances share the work; then marked sent, or failed with the
 * error and the next attempt after `retryDelayMs` — after MAX_ATTEMPTS it stays unsent, with its
 * last error, for an admin to look at.
 */
export async function deliverDue(
  deps: DeliveryDeps,
  now: Date,
  transport: MailTransport,
  limit = 20,
): Promise<DeliveryResult> {
  const claimed = await claimDueEmails(deps.db, now, limit, MAX_ATTEMPTS, new Date(now.getTime() + CLAIM_MS));
  const result: DeliveryResult = { sent: 0, failed: 0, gaveUp: 0 };
  const box = secretBox(deps.config.secretKey, 'identity');
  for (const row of claimed) {
    let to: string;
    try {
      to = box.open(row.to_enc, aadOf(row.id));
    } catch {
      // Sealed with another key or tampered with: no retry can help.
      const error = `Alamat tidak dapat dibuka (kunci ${row.key_id}) / The address cannot be opened (key ${row.key_id})`;
      await markEmailFailed(deps.db, row.id, { attempts: MAX_ATTEMPTS, error, nextAttemptAt: now });
      deps.log?.warn({ outboxId: row.id, keyId: row.key_id }, 'e-mail address cannot be opened; giving up');
      result.failed++;
      result.gaveUp++;
      continue;
    }
    try {
      await transport.send({ to, subject: row.subject, text: row.body_text });
      await markEmailSent(deps.db, row.id, now);
      result.sent++;
    } catch (err) {
      const attempts = row.attempts + 1;
      const error = failureText(err);
      const nextAttemptAt = new Date(now.getTime() + (attempts >= MAX_ATTEMPTS ? 0 : retryDelayMs(attempts)));
      await markEmailFailed(deps.db, row.id, { attempts, error, nextAttemptAt });
      deps.log?.warn({ outboxId: row.id, attempts, error }, 'e-mail delivery failed');
      result.failed++;
      if (attempts >= MAX_ATTEMPTS) result.gaveUp++;
    }
  }
  return result;
}
