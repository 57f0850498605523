import type { Action } from '../../shared/abilities';
import { useI18n } from '../i18n';
import { Link } from '../router';
import { useOfficer, useSession } from '../session';
import { ErrorAlert } from '../components/ErrorAlert';

/** The page where an ability is used, when it has one. */
const ABILITY_PAGES: Partial<Record<Action, string>> = {
  'users.read': '/admin/pengguna',
  'reports.read': '/kotak-masuk',
  'reports.intake': '/laporan/baru',
  'cases.read': '/penanganan',
  'cases.handle': '/penanganan',
  'cases.followup': '/penerusan',
  'gakkumdu.work': '/gakkumdu',
  'templates.manage': '/templat',
};

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
      {abilities.includes('reports.read') ||
      abilities.includes('reports.intake') ||
      abilities.includes('cases.read') ? (
        <section className="card" aria-labelledby="tasks-heading">
          <h2 id="tasks-heading">{t('reports.tasks')}</h2>
          <div className="actions">
            {abilities.includes('reports.read') ? (
              <Link to="/kotak-masuk" className="button">
                {t('nav.inbox')}
              </Link>
            ) : null}
            {abilities.includes('cases.read') ? (
              <>
                <Link to="/penanganan" className="button">
                  {t('nav.cases')}
                </Link>
                <Link to="/beban-kerja" className="button button--secondary">
                  {t('nav.workload')}
                </Link>
              </>
            ) : null}
            {abilities.includes('reports.intake') ? (
              <>
                <Link to="/laporan/baru" className="button button--secondary">
                  {t('nav.walkIn')}
                </Link>
                <Link to="/temuan/baru" className="button button--secondary">
                  {t('nav.finding')}
                </Link>
              </>
            ) : null}
          </div>
        </section>
      ) : null}
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
                  {ABILITY_PAGES[a] ? <Link to={ABILITY_PAGES[a]}>{t(`ability.${a}`)}</Link> : t(`ability.${a}`)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
