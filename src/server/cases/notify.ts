import { translate } from '../../shared/i18n';
import type { CaseStatus } from '../../shared/cases';
import type { Queryable } from '../db/db';
import type { AppDeps } from '../deps';
import { enqueueEmail } from '../mail/outbox';
import { openIdentity, type ReporterIdentity } from '../reports/identity';

/**
 * Tells every reporter of a case who left an e-mail address that its status changed (merged
 * reports keep their reporters' standing: each gets the notice). The address is opened from the
 * sealed identity only to be sealed again in the outbox; the message carries no personal data.
 */
export async function notifyReporters(
  deps: AppDeps,
  tx: Queryable,
  caseId: string,
  status: CaseStatus,
  now: Date,
): Promise<number> {
  const { rows } = await tx.query<{ id: string; reporter_enc: string }>(
    'SELECT id, reporter_enc FROM reports WHERE case_id = $1 AND has_email AND reporter_enc IS NOT NULL ORDER BY id',
    [caseId],
  );
  for (const r of rows) {
    const identity = openIdentity<ReporterIdentity>(deps.config, r.id, r.reporter_enc);
    if (!identity.email) continue;
    await enqueueEmail(tx, deps.config, {
      to: identity.email,
      subject: `${translate('id', 'notice.subject')} / ${translate('en', 'notice.subject')}`,
      text: {
        id: translate('id', 'notice.body').replace('{status}', translate('id', `publicStatus.${status}`)),
        en: translate('en', 'notice.body').replace('{status}', translate('en', `publicStatus.${status}`)),
      },
      caseId,
      now,
    });
  }
  return rows.length;
}
