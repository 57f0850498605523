import { useCallback } from 'react';
import { GakkumduPage as GakkumduPageSchema } from '../../../shared/api/cases';
import { api } from '../../api';
import { AbilityGate } from '../../components/AbilityGate';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { usePagedList } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import { CaseRow } from './CaseRow';

const PAGE_SIZE = 25;

/** Cases shared with the officer's Sentra Gakkumdu, each linking to the case page (needs `gakkumdu.work`). */
export function GakkumduPage() {
  const { t } = useI18n();
  return (
    <AbilityGate title={t('gakkumduList.title')} ability="gakkumdu.work">
      {() => <GakkumduList />}
    </AbilityGate>
  );
}

function GakkumduList() {
  const { t } = useI18n();
  const fetchPage = useCallback(
    (cursor: string | null) => api.get('/api/gakkumdu', GakkumduPageSchema, { limit: PAGE_SIZE, cursor }),
    [],
  );
  const { page, now, failure, pages } = usePagedList(fetchPage);

  return (
    <>
      <h1>{t('gakkumduList.title')}</h1>
      <p className="muted">{t('gakkumduList.intro')}</p>
      <section className="card" aria-labelledby="gakkumdu-heading">
        <h2 id="gakkumdu-heading" className="visually-hidden">
          {t('gakkumduList.listLabel')}
        </h2>
        <ErrorAlert error={failure} />
        <p role="status" className="muted" data-testid="gakkumdu-status">
          {page ? t('gakkumduList.count', { count: page.total }) : failure ? '' : t('common.loading')}
        </p>
        {page && page.items.length === 0 ? <p>{t('gakkumduList.empty')}</p> : null}
        {page && page.items.length > 0 ? (
          <ul className="inbox" aria-labelledby="gakkumdu-heading">
            {page.items.map((item) => (
              <CaseRow
                key={item.id}
                item={item}
                now={now}
                extra={
                  <div>
                    <dt>{t('gakkumdu.stage')}</dt>
                    <dd>
                      {t(`gakkumduStage.${item.gakkumduStage}`)}
                      {item.article ? <span className="sub muted">{t(`article.${item.article}`)}</span> : null}
                    </dd>
                  </div>
                }
              />
            ))}
          </ul>
        ) : null}
        {page ? <Pager label={t('gakkumduList.listLabel')} cursors={pages} next={page.next} /> : null}
      </section>
    </>
  );
}
