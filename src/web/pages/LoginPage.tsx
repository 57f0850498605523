import { useEffect, useState } from 'react';
import { MeResponse, type LoginStep } from '../../shared/api/auth';
import { api } from '../api';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { EnrollStep } from './login/EnrollStep';
import { PasswordChangeStep } from './login/PasswordChangeStep';
import { PasswordStep } from './login/PasswordStep';
import { TotpStep } from './login/TotpStep';

type Step = 'password' | Exclude<LoginStep, 'done'>;

/** Sign-in: password, then whatever the server asks next (TOTP, TOTP enrolment, password change). */
export function LoginPage() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [step, setStep] = useState<Step | null>(null);
  const [password, setPassword] = useState<string | null>(null);

  // Resume a half-finished sign-in (e.g. after a reload), or go home when already signed in. Runs once.
  useEffect(() => {
    let live = true;
    api.get('/api/me', MeResponse).then(
      (me) => {
        if (!live) return;
        if (me.session.next === 'done') void finish();
        else setStep(me.session.next);
      },
      () => live && setStep('password'),
    );
    return () => {
      live = false;
    };
  }, []);

  async function finish() {
    await refresh();
    navigate('/beranda', { replace: true });
  }

  function advance(next: LoginStep) {
    if (next === 'done') void finish();
    else setStep(next);
  }

  return (
    <section className="card card--narrow" aria-live="off">
      {step === null ? <p role="status">{t('common.loading')}</p> : null}
      {step === 'password' ? (
        <>
          <h1>{t('login.title')}</h1>
          <PasswordStep
            onNext={(next, pw) => {
              setPassword(pw);
              advance(next);
            }}
          />
        </>
      ) : null}
      {step === 'totp' ? <TotpStep onNext={advance} /> : null}
      {step === 'totp_enroll' ? <EnrollStep onNext={advance} /> : null}
      {step === 'password_change' ? (
        <PasswordChangeStep
          knownPassword={password}
          onNext={(next) => {
            setPassword(null);
            advance(next);
          }}
        />
      ) : null}
    </section>
  );
}
