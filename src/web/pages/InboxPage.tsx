import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { ReportPage } from '../../shared/api/reports';
import { CHANNELS, INTAKE_KINDS, type Channel, type IntakeKind } from '../../shared/intake';
import { api } from '../api';
import { AbilityGate } from '../components/AbilityGate';
import { ErrorAlert } from '../components/ErrorAlert';
import { useI18n } from '../i18n';
import { isSignInError, useSession } from '../session';
import { InboxItem } from './reports/InboxItem';

const PAGE_SIZE = 25;

type ReportPageData = z.output<typeof ReportPage>;

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
  const { refresh } = useSession();
  const [filters, setFilters] = useState<Filters>(filtersFromUrl);
  /** Cursors of the pages visited; the last is the current page's (null = first page). */
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState<ReportPageData | null>(null);
  const [now, setNow] = useState(() => new Date());
  const [failure, setFailure] = useState<unknown>(null);
  const cursor = cursors[cursors.length - 1] ?? null;

  const load = useCallback(async () => {
    setFailure(null);
    try {
      const result = await api.get('/api/reports', ReportPage, {
        kind: filters.kind || undefined,
        channel: filters.channel || undefined,
        limit: PAGE_SIZE,
        cursor,
      });
      setNow(new Date());
      setPage(result);
    } catch (err) {
      if (isSignInError(err)) void refresh();
      else setFailure(err);
    }
  }, [filters, cursor, refresh]);

  useEffect(() => {
    void load();
  }, [load]);

  function change(next: Filters) {
    setFilters(next);
    setCursors([null]);
    setPage(null);
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
          <div className="field">
            <label htmlFor="inbox-kind">{t('inbox.kind')}</label>
            <select
              id="inbox-kind"
              value={filters.kind}
              onChange={(e) => change({ ...filters, kind: INTAKE_KINDS.find((k) => k === e.target.value) ?? '' })}
            >
              <option value="">{t('inbox.all')}</option>
              {INTAKE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`intakeKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="inbox-channel">{t('inbox.channel')}</label>
            <select
              id="inbox-channel"
              value={filters.channel}
              onChange={(e) => change({ ...filters, channel: CHANNELS.find((c) => c === e.target.value) ?? '' })}
            >
              <option value="">{t('inbox.all')}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          </div>
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
        {page && (cursors.length > 1 || page.next) ? (
          <nav className="pager" aria-label={t('inbox.listLabel')}>
            <button type="button" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
              {t('common.previous')}
            </button>
            <button
              type="button"
              disabled={!page.next}
              onClick={() => {
                const next = page.next;
                if (next) setCursors((c) => [...c, next]);
              }}
            >
              {t('common.next')}
            </button>
          </nav>
        ) : null}
      </section>
    </>
  );
}
