import type { SubmissionReceipt } from '../../../shared/api/reports';
import { formatInZone } from '../../../shared/i18n';
import { CopyButton } from '../../components/CopyButton';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { useStepHeading } from '../login/useStepHeading';
import { RequirementBadges } from './Badges';

/**
 * A saved walk-in report: the tracking code, shown this once, large and with a copy button, to hand
 * to the reporter; then the way to the report or to the next walk-in. Its heading takes the focus.
 */
export function TrackingCode({
  id,
  receipt,
  timeZone,
  onAnother,
}: {
  id: string;
  receipt: SubmissionReceipt;
  timeZone: Parameters<typeof formatInZone>[1];
  onAnother: () => void;
}) {
  const { t, lang } = useI18n();
  const heading = useStepHeading<HTMLHeadingElement>(true);
  return (
    <section className="notice tracking" data-testid="tracking">
      <h2 tabIndex={-1} ref={heading}>
        {t('intake.savedTitle')}
      </h2>
      <p>{t('intake.trackingHelp')}</p>
      <p className="tracking__code">
        <span className="tracking__label">{t('intake.trackingCode')}</span>
        <code data-testid="tracking-code">{receipt.trackingCode}</code>
      </p>
      <div className="actions">
        <CopyButton text={receipt.trackingCode} label={`${t('common.copy')}: ${t('intake.trackingCode')}`} />
      </div>
      <p>
        {t('intake.savedOffice', { office: receipt.office.name })} ·{' '}
        <time dateTime={receipt.receivedAt}>{formatInZone(receipt.receivedAt, timeZone, lang)}</time>
      </p>
      {receipt.requirements ? (
        <p>
          <RequirementBadges requirements={receipt.requirements} />
        </p>
      ) : null}
      <div className="actions">
        <Link to={`/laporan/${encodeURIComponent(id)}`} className="button">
          {t('intake.openReport')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('intake.another')}
        </button>
      </div>
    </section>
  );
}
