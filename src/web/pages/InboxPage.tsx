import { useCallback, useState } from 'react';
import { ReportPage } from '../../shared/api/reports';
import { CHANNELS, INTAKE_KINDS, type Channel, type IntakeKind } from '../../shared/intake';
import { api } from '../api';
import { AbilityGate } from '../components/AbilityGate';
import { ErrorAlert } from '../components/ErrorAlert';
import { Pager } from '../components/Pager';
import { usePagedList } from '../components/usePagedList';
import { SelectField } from '../components/SelectField';
import { useI18n } from '../i18n';
import { InboxItem } from './reports/InboxItem';

const PAGE_SIZE = 25;

interface Filters {
  kind: IntakeKind | '';
  channel: Channel | '';
}

/** The filters live in the address (`?kind=TIP`), so coming back from a report keeps them. */
function filtersFromUrl(): Filters {
  const params = new URLSearchParams(window.location.search);
  return {
    kind: INTAKE_KINDS.find((k) => k === params.get('kind')) ?? '',
    channel: CHANNELS.find((c) => c === params.get('channel')) ?? '',
  };
}

function filtersToUrl({ kind, channel }: Filters): void {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (channel) params.set('channel', channel);
  const qs = params.toString();
  window.history.replaceState(null, '', qs ? `${window.location.pathname}?${qs}` : window.location.pathname);
}

/** Reports, tips and findings in the officer's region, newest first (needs `reports.read`). */
export function InboxPage() {
  const { t } = useI18n();
  return (
    <AbilityGate title={t('inbox.title')} ability="reports.read">
      {() => <Inbox />}
    </AbilityGate>
  );
}

function Inbox() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>(filtersFromUrl);
  const fetchPage = useCallback(
    (cursor: string | null) =>
      api.get('/api/reports', ReportPage, {
        kind: filters.kind || undefined,
        channel: filters.channel || undefined,
        limit: PAGE_SIZE,
        cursor,
      }),
    [filters],
  );
  const { page, now, failure, pages, restart } = usePagedList(fetchPage);

  function change(next: Filters) {
    setFilters(next);
    restart();
    filtersToUrl(next);
  }

  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <p className="muted">{t('inbox.intro')}</p>
      <section className="card" aria-labelledby="inbox-heading">
        <h2 id="inbox-heading" className="visually-hidden">
          {t('inbox.listLabel')}
        </h2>
        <div className="toolbar">
          <SelectField
            id="inbox-kind"
            label={t('inbox.kind')}
            placeholder={t('inbox.all')}
            value={filters.kind}
            options={INTAKE_KINDS.map((k) => ({ value: k, label: t(`intakeKind.${k}`) }))}
            onChange={(e) => change({ ...filters, kind: INTAKE_KINDS.find((k) => k === e.target.value) ?? '' })}
          />
          <SelectField
            id="inbox-channel"
            label={t('inbox.channel')}
            placeholder={t('inbox.all')}
            value={filters.channel}
            options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            onChange={(e) => change({ ...filters, channel: CHANNELS.find((c) => c === e.target.value) ?? '' })}
          />
        </div>
        <ErrorAlert error={failure} />
        <p role="status" className="muted" data-testid="inbox-status">
          {page ? t('inbox.count', { count: page.total }) : failure ? '' : t('common.loading')}
        </p>
        {page && page.items.length === 0 ? <p>{t('inbox.empty')}</p> : null}
        {page && page.items.length > 0 ? (
          <ul className="inbox" aria-labelledby="inbox-heading">
            {page.items.map((item) => (
              <InboxItem key={item.id} item={item} now={now} />
            ))}
          </ul>
        ) : null}
        {page ? <Pager label={t('inbox.listLabel')} cursors={pages} next={page.next} /> : null}
      </section>
    </>
  );
}
