import type { RequirementResult } from '../../../shared/api/reports';
import type { IntakeKind } from '../../../shared/intake';
import { useI18n } from '../../i18n';
import { requirementBadges } from './labels';

/** Laporan / Informasi awal / Temuan; tips stand out (they are unchecked, anonymous leads). */
export function KindBadge({ kind }: { kind: IntakeKind }) {
  const { t } = useI18n();
  return <span className={`badge badge--kind badge--${kind.toLowerCase()}`}>{t(`intakeKind.${kind}`)}</span>;
}

/** "Syarat lengkap" / "Kurang: …" / "Terlambat N hari". */
export function RequirementBadges({ requirements }: { requirements: RequirementResult | null }) {
  const { t } = useI18n();
  return (
    <span className="badges" data-testid="requirement-badges">
      {requirementBadges(requirements, t).map((b) => (
        <span key={b.tone + b.text} className={`badge badge--${b.tone}`}>
          {b.text}
        </span>
      ))}
    </span>
  );
}
