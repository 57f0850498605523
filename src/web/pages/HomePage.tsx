import { useI18n } from '../i18n';
import { Link } from '../router';

export function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <p>{t('home.loop')}</p>
      </section>
      <section className="card" aria-labelledby="officers-heading">
        <h2 id="officers-heading">{t('home.officers')}</h2>
        <p>{t('home.officersText')}</p>
        <p>
          <Link to="/masuk" className="button">
            {t('nav.signIn')}
          </Link>
        </p>
      </section>
    </>
  );
}
