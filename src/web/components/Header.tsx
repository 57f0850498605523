import { LANGS } from '../../shared/i18n';
import { useI18n } from '../i18n';
import { Link, usePath } from '../router';
import { useSession } from '../session';

export function Header() {
  const { t, lang, setLang } = useI18n();
  const { me, signOut } = useSession();
  const path = usePath();
  const current = (to: string) => (path === to ? 'page' : undefined);
  return (
    <header className="header">
      <a className="skip" href="#main">
        {t('skip.toMain')}
      </a>
      <div className="header__inner">
        <Link to={me ? '/beranda' : '/'} className="brand">
          <span className="brand__mark" aria-hidden="true">
            ◉
          </span>{' '}
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')} className="nav">
          {me ? (
            <>
              <Link to="/beranda" aria-current={current('/beranda')}>
                {t('nav.home')}
              </Link>
              {me.abilities.includes('reports.read') ? (
                <Link to="/kotak-masuk" aria-current={current('/kotak-masuk')}>
                  {t('nav.inbox')}
                </Link>
              ) : null}
              {me.abilities.includes('reports.intake') ? (
                <>
                  <Link to="/laporan/baru" aria-current={current('/laporan/baru')}>
                    {t('nav.walkIn')}
                  </Link>
                  <Link to="/temuan/baru" aria-current={current('/temuan/baru')}>
                    {t('nav.finding')}
                  </Link>
                </>
              ) : null}
              {me.abilities.includes('cases.read') ? (
                <>
                  <Link to="/penanganan" aria-current={current('/penanganan')}>
                    {t('nav.cases')}
                  </Link>
                  <Link to="/beban-kerja" aria-current={current('/beban-kerja')}>
                    {t('nav.workload')}
                  </Link>
                </>
              ) : null}
              {me.abilities.includes('gakkumdu.work') ? (
                <Link to="/gakkumdu" aria-current={current('/gakkumdu')}>
                  {t('nav.gakkumdu')}
                </Link>
              ) : null}
              {me.abilities.includes('cases.followup') ? (
                <Link to="/penerusan" aria-current={current('/penerusan')}>
                  {t('nav.forwardings')}
                </Link>
              ) : null}
              {me.abilities.includes('users.read') ? (
                <Link to="/admin/pengguna" aria-current={current('/admin/pengguna')}>
                  {t('nav.users')}
                </Link>
              ) : null}
              {me.abilities.includes('templates.manage') ? (
                <Link to="/templat" aria-current={current('/templat')}>
                  {t('nav.templates')}
                </Link>
              ) : null}
              <button type="button" className="link-button" onClick={() => void signOut()}>
                {t('nav.signOut')}
              </button>
            </>
          ) : path !== '/masuk' ? (
            <Link to="/masuk">{t('nav.signIn')}</Link>
          ) : null}
        </nav>
        <div className="lang" role="group" aria-label={`${t('lang.label')} / Language`}>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={lang === l}
              title={t(l === 'id' ? 'lang.id' : 'lang.en')}
              onClick={() => setLang(l)}
            >
              <span aria-hidden="true">{l.toUpperCase()}</span>
              <span className="visually-hidden">{t(l === 'id' ? 'lang.id' : 'lang.en')}</span>
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
