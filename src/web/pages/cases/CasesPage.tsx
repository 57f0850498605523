import { useCallback, useState } from 'react';
import { CasePage } from '../../../shared/api/cases';
import { api } from '../../api';
import { AbilityGate } from '../../components/AbilityGate';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { usePagedList } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import { CaseFiltersBar } from './CaseFiltersBar';
import { CaseRow } from './CaseRow';
import { filtersFromSearch, filtersToQuery, filtersToSearch, type CaseFilters } from './filters';

const PAGE_SIZE = 25;

/** Keeps the filters in the address, so coming back from a case keeps them. */
function filtersToUrl(filters: CaseFilters): void {
  const qs = filtersToSearch(filters);
  window.history.replaceState(null, '', qs ? `${window.location.pathname}?${qs}` : window.location.pathname);
}

/** The office's cases, open ones by default, nearest deadline first (needs `cases.read`). */
export function CasesPage() {
  const { t } = useI18n();
  return (
    <AbilityGate title={t('cases.title')} ability="cases.read">
      {() => <Cases />}
    </AbilityGate>
  );
}

function Cases() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<CaseFilters>(() => filtersFromSearch(window.location.search));
  const fetchPage = useCallback(
    (cursor: string | null) =>
      api.get('/api/cases', CasePage, { ...filtersToQuery(filters), limit: PAGE_SIZE, cursor }),
    [filters],
  );
  const { page, now, failure, pages, restart } = usePagedList(fetchPage);

  function change(next: CaseFilters) {
    setFilters(next);
    restart();
    filtersToUrl(next);
  }

  return (
    <>
      <h1>{t('cases.title')}</h1>
      <p className="muted">{t('cases.intro')}</p>
      <section className="card" aria-labelledby="cases-heading">
        <h2 id="cases-heading" className="visually-hidden">
          {t('cases.listLabel')}
        </h2>
        <CaseFiltersBar filters={filters} onChange={change} />
        <ErrorAlert error={failure} />
        <p role="status" className="muted" data-testid="cases-status">
          {page ? t('cases.count', { count: page.total }) : failure ? '' : t('common.loading')}
        </p>
        {page && page.items.length === 0 ? <p>{t('cases.empty')}</p> : null}
        {page && page.items.length > 0 ? (
          <ul className="inbox" aria-labelledby="cases-heading">
            {page.items.map((item) => (
              <CaseRow key={item.id} item={item} now={now} />
            ))}
          </ul>
        ) : null}
        {page ? <Pager label={t('cases.listLabel')} cursors={pages} next={page.next} /> : null}
      </section>
    </>
  );
}
