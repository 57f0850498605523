import { useEffect } from 'react';
import { Header } from './components/Header';
import { useI18n } from './i18n';
import { Link, usePath } from './router';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { OfficerHomePage } from './pages/OfficerHomePage';
import { UsersPage } from './pages/UsersPage';

function NotFound() {
  const { t } = useI18n();
  return (
    <section className="card">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}

function Page({ path }: { path: string }) {
  switch (path.replace(/\/+$/, '') || '/') {
    case '/':
      return <HomePage />;
    case '/masuk':
      return <LoginPage />;
    case '/beranda':
      return <OfficerHomePage />;
    case '/admin/pengguna':
      return <UsersPage />;
    default:
      return <NotFound />;
  }
}

export function App() {
  const path = usePath();
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="main">
        <Page path={path} />
      </main>
      <footer className="footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
