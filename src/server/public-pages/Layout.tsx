import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PageAssets } from './assets';
import type { PageI18n } from './i18n';

export type Section = 'report' | 'tip' | 'track';

const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='7' fill='%230b4f8a'/%3E%3Ccircle cx='8' cy='8' r='3' fill='%23fff'/%3E%3C/svg%3E";

export interface LayoutProps {
  i18n: PageI18n;
  assets: PageAssets;
  title: string;
  section: Section;
  /** Where the language switch leads (a GET page). */
  path: string;
  children: ReactNode;
}

/** The shell of every public page: header with the menu and the language switch, main, footer. */
export function Layout(p: LayoutProps) {
  const { t, lang } = p.i18n;
  const other = lang === 'id' ? 'en' : 'id';
  const nav: [Section, string, string][] = [
    ['report', '/lapor', t('nav.report')],
    ['tip', '/informasi', t('nav.tip')],
    ['track', '/lacak', t('nav.track')],
  ];
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{`${p.title} — Netra`}</title>
        <link rel="icon" href={ICON} />
        {p.assets.styles.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {p.assets.script ? <script type="module" src={p.assets.script} /> : null}
      </head>
      <body>
        <a className="skip" href="#main">
          {t('site.skip')}
        </a>
        <header className="top">
          <div className="top__bar">
            <a className="brand" href="/lapor">
              Netra
            </a>
            <a className="lang" href={`${p.path}?lang=${other}`} hrefLang={other} lang={other}>
              {t('site.switchLang')}
            </a>
          </div>
          <p className="tagline">{t('site.tagline')}</p>
          <nav aria-label={t('nav.label')}>
            <ul>
              {nav.map(([key, href, label]) => (
                <li key={key}>
                  <a href={href} aria-current={key === p.section ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {p.children}
        </main>
        <footer className="foot">
          <p>{t('footer.text')}</p>
        </footer>
      </body>
    </html>
  );
}

/** A complete HTML document. React escapes every text and attribute value. */
export function renderDocument(page: ReactNode): string {
  return '<!doctype html>' + renderToStaticMarkup(page);
}
