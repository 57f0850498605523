import { useI18n } from '../i18n';
import { Link } from '../router';
import { useOfficer, useSession } from '../session';
import { ErrorAlert } from '../components/ErrorAlert';

export function OfficerHomePage() {
  const { t } = useI18n();
  const { error, refresh } = useSession();
  const me = useOfficer();
  if (error) {
    return (
      <section className="card">
        <ErrorAlert error={error} />
        <button type="button" onClick={() => void refresh()}>
          {t('common.retry')}
        </button>
      </section>
    );
  }
  if (!me) return <p role="status">{t('common.loading')}</p>;
  const { user, abilities } = me;
  const scope = user.scope
    ? t('officer.scopeLine', {
        name: user.scope.name,
        level: t(`level.${user.scope.level}`),
        zone: t(`zone.${user.scope.zone}`),
      })
    : t('officer.national');
  return (
    <>
      <h1>{t('officer.greeting', { name: user.displayName })}</h1>
      <div className="grid">
        <section className="card" aria-labelledby="who-heading">
          <h2 id="who-heading">{t('officer.who')}</h2>
          <dl className="facts">
            <dt>{t('officer.name')}</dt>
            <dd data-testid="officer-name">{user.displayName}</dd>
            <dt>{t('officer.username')}</dt>
            <dd>{user.username}</dd>
            <dt>{t('officer.role')}</dt>
            <dd>{t(`role.${user.role}`)}</dd>
            <dt>{t('officer.scope')}</dt>
            <dd data-testid="officer-scope">
              {scope}
              {user.scope ? <span className="muted"> · {user.scope.code}</span> : null}
            </dd>
            <dt>{t('officer.totp')}</dt>
            <dd>{user.totpEnabled ? t('officer.totpOn') : t('officer.totpOff')}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="abilities-heading">
          <h2 id="abilities-heading">{t('officer.abilities')}</h2>
          {abilities.length === 0 ? (
            <p>{t('officer.noAbilities')}</p>
          ) : (
            <ul className="checklist">
              {abilities.map((a) => (
                <li key={a}>
                  {a === 'users.read' ? <Link to="/admin/pengguna">{t(`ability.${a}`)}</Link> : t(`ability.${a}`)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
