import type { ReportDetail } from '../../../shared/api/reports';
import { formatInZone } from '../../../shared/i18n';
import { useI18n } from '../../i18n';
import { formatSize, shortHash, zoneOf } from './labels';

/** The evidence files: download links (attachments), type, size, when added and a short SHA-256. */
export function EvidenceList({ report }: { report: ReportDetail }) {
  const { t, lang } = useI18n();
  return (
    <section className="card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('report.evidenceTitle')}</h2>
      {report.evidence.length === 0 ? (
        <p>{t('report.noEvidence')}</p>
      ) : (
        <ul className="evidence" data-testid="evidence">
          {report.evidence.map((e) => (
            <li key={e.id}>
              <a
                href={`/api/reports/${encodeURIComponent(report.id)}/evidence/${encodeURIComponent(e.id)}`}
                download={e.filename}
                aria-label={t('report.download', { name: e.filename })}
                className="evidence__name"
              >
                {e.filename}
              </a>
              <span className="evidence__meta muted">
                <span>{e.mediaType}</span>
                <span>{formatSize(e.size, lang)}</span>
                <span>{formatInZone(e.addedAt, zoneOf(report.timeZone), lang)}</span>
                <span title={e.sha256}>
                  SHA-256 <code>{shortHash(e.sha256)}</code>
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
