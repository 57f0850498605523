import { useState } from 'react';
import type { MeResponse } from '../../shared/api/auth';
import { AbilityGate } from '../components/AbilityGate';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { IntakeForm, type Created } from './reports/IntakeForm';
import type { IntakeMode } from './reports/intake-state';
import { zoneOf } from './reports/labels';
import { TrackingCode } from './reports/TrackingCode';

/** `/laporan/baru` (walk-in report) and `/temuan/baru` (finding), both need `reports.intake`. */
export function IntakePage({ mode }: { mode: IntakeMode }) {
  const { t } = useI18n();
  const title = mode === 'walk-in' ? t('intake.walkInTitle') : t('intake.findingTitle');
  return (
    <AbilityGate title={title} ability="reports.intake">
      {(me) => <Intake key={mode} mode={mode} title={title} me={me} />}
    </AbilityGate>
  );
}

function Intake({ mode, title, me }: { mode: IntakeMode; title: string; me: MeResponse }) {
  const { t } = useI18n();
  /** The saved walk-in report whose tracking code is on screen (shown once: it is not kept elsewhere). */
  const [saved, setSaved] = useState<Created | null>(null);
  const [formKey, setFormKey] = useState(0);

  function created(result: Created) {
    if (mode === 'finding' || !result.receipt) {
      navigate(`/laporan/${encodeURIComponent(result.id)}`);
      return;
    }
    setSaved(result);
    window.scrollTo(0, 0);
  }

  return (
    <>
      <h1>{title}</h1>
      {saved?.receipt ? (
        <TrackingCode
          id={saved.id}
          receipt={saved.receipt}
          timeZone={zoneOf(me.user.scope?.timeZone ?? 'Asia/Jakarta')}
          onAnother={() => {
            setSaved(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <>
          <p className="lead">{mode === 'walk-in' ? t('intake.walkInIntro') : t('intake.findingIntro')}</p>
          <section className="card">
            <IntakeForm key={formKey} mode={mode} onCreated={created} />
          </section>
        </>
      )}
    </>
  );
}
