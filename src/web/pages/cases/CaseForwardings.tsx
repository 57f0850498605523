import type { CaseDetail } from '../../../shared/api/cases';
import { useI18n } from '../../i18n';
import { zoneOf } from '../reports/labels';
import { FollowUpForm } from './FollowUpForm';
import { ForwardForm } from './ForwardForm';
import { ForwardingCard } from './ForwardingCard';

/**
 * The case's forwardings with their follow-ups and route explanations; the follow-up form on each
 * open one (`can.followUp`) and the forward form (`can.forward`).
 */
export function CaseForwardings({
  detail,
  onDone,
  onFollowUp,
}: {
  detail: CaseDetail;
  onDone: (next: CaseDetail, what: string) => void;
  /** After a follow-up: the case's status may have moved, so the page reloads it. */
  onFollowUp: () => void;
}) {
  const { t } = useI18n();
  const zone = zoneOf(detail.timeZone);
  if (detail.forwardings.length === 0 && !detail.can.forward) return null;
  return (
    <section className="card" aria-labelledby="case-forwardings-heading">
      <h2 id="case-forwardings-heading">{t('forwarding.title')}</h2>
      {detail.forwardings.length === 0 ? (
        <p className="muted">{t('forwarding.none')}</p>
      ) : (
        <ul className="forwardings">
          {detail.forwardings.map((f) => (
            <ForwardingCard key={f.id} forwarding={f} zone={zone}>
              {detail.can.followUp && !f.final ? <FollowUpForm forwarding={f} onRecorded={onFollowUp} /> : null}
            </ForwardingCard>
          ))}
        </ul>
      )}
      {detail.can.forward ? (
        <ForwardForm detail={detail} onDone={(next) => onDone(next, t('caseCommand.FORWARD'))} />
      ) : null}
    </section>
  );
}
