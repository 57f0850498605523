import type { ReactNode } from 'react';
import type { MeResponse } from '../../shared/api/auth';
import type { Action } from '../../shared/abilities';
import { useI18n } from '../i18n';
import { useOfficer } from '../session';

/**
 * An officer page that needs one ability: "loading" until the session is known (or a redirect to
 * sign in), a refusal without it, else the page (the server checks again on every request).
 */
export function AbilityGate({
  title,
  ability,
  children,
}: {
  title: string;
  ability: Action;
  children: (me: MeResponse) => ReactNode;
}) {
  const { t } = useI18n();
  const me = useOfficer();
  if (!me) return <p role="status">{t('common.loading')}</p>;
  if (!me.abilities.includes(ability)) {
    return (
      <section className="card">
        <h1>{title}</h1>
        <div className="alert alert--error" role="alert">
          {t('error.FORBIDDEN')}
        </div>
      </section>
    );
  }
  return <>{children(me)}</>;
}
