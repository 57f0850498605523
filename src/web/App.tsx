import { useEffect } from 'react';
import { Header } from './components/Header';
import { useI18n } from './i18n';
import { Link, matchPath, usePath } from './router';
import { HomePage } from './pages/HomePage';
import { InboxPage } from './pages/InboxPage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';
import { OfficerHomePage } from './pages/OfficerHomePage';
import { ReportPage } from './pages/ReportPage';
import { UsersPage } from './pages/UsersPage';
import { CasePage } from './pages/cases/CasePage';
import { CasesPage } from './pages/cases/CasesPage';
import { ForwardingsPage } from './pages/cases/ForwardingsPage';
import { GakkumduPage } from './pages/cases/GakkumduPage';
import { WorkloadPage } from './pages/cases/WorkloadPage';
import { TemplatesPage } from './pages/templates/TemplatesPage';
import './cases.css';

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
  const normal = path.replace(/\/+$/, '') || '/';
  const report = matchPath('/laporan/:id', normal);
  const caseMatch = matchPath('/penanganan/:id', normal);
  switch (normal) {
    case '/':
      return <HomePage />;
    case '/masuk':
      return <LoginPage />;
    case '/beranda':
      return <OfficerHomePage />;
    case '/admin/pengguna':
      return <UsersPage />;
    case '/kotak-masuk':
      return <InboxPage />;
    case '/laporan/baru':
      return <IntakePage mode="walk-in" />;
    case '/temuan/baru':
      return <IntakePage mode="finding" />;
    case '/penanganan':
      return <CasesPage />;
    case '/gakkumdu':
      return <GakkumduPage />;
    case '/beban-kerja':
      return <WorkloadPage />;
    case '/penerusan':
      return <ForwardingsPage />;
    case '/templat':
      return <TemplatesPage />;
    default:
      if (caseMatch?.id) return <CasePage key={caseMatch.id} id={caseMatch.id} />;
      return report?.id ? <ReportPage key={report.id} id={report.id} /> : <NotFound />;
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
