import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { ForwardingPage } from '../../../shared/api/cases';
import { api } from '../../api';
import { AbilityGate } from '../../components/AbilityGate';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager, useCursors } from '../../components/Pager';
import { useI18n } from '../../i18n';
import { isSignInError, useSession } from '../../session';
import { FollowUpForm } from './FollowUpForm';
import { ForwardingCard } from './ForwardingCard';
import { registerLabel, zoneOfLabel } from './labels';

const PAGE_SIZE = 25;

type PageData = z.output<typeof ForwardingPage>;
type Item = PageData['items'][number];

/** `?unanswered=false` shows settled forwardings too; the default is the unanswered ones. */
function unansweredFromUrl(): boolean {
  return new URLSearchParams(window.location.search).get('unanswered') !== 'false';
}

/**
 * Forwardings addressed to the receiving body of the signed-in officer (role INSTANSI_PENERIMA), or
 * for a supervisor those of the cases in reach, each with the form to record its follow-up (needs
 * `cases.followup`).
 */
export function ForwardingsPage() {
  const { t } = useI18n();
  return (
    <AbilityGate title={t('fwdInbox.title')} ability="cases.followup">
      {(me) => <Forwardings supervisor={me.abilities.includes('cases.read')} />}
    </AbilityGate>
  );
}

/** `supervisor`: a Bawaslu officer, who sees the forwardings of the cases in reach rather than a body's. */
function Forwardings({ supervisor }: { supervisor: boolean }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [unanswered, setUnanswered] = useState(unansweredFromUrl);
  const pages = useCursors();
  const [page, setPage] = useState<PageData | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [openForm, setOpenForm] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const { cursor } = pages;

  const load = useCallback(async () => {
    setFailure(null);
    try {
      setPage(
        await api.get('/api/forwardings', ForwardingPage, {
          unanswered: unanswered ? 'true' : 'false',
          limit: PAGE_SIZE,
          cursor,
        }),
      );
    } catch (err) {
      if (isSignInError(err)) void refresh();
      else setFailure(err);
    }
  }, [unanswered, cursor, refresh]);

  useEffect(() => {
    void load();
  }, [load]);

  function change(next: boolean) {
    setUnanswered(next);
    pages.reset();
    setPage(null);
    const path = window.location.pathname;
    window.history.replaceState(null, '', next ? path : `${path}?unanswered=false`);
  }

  function recorded(next: Item) {
    setOpenForm(null);
    setNotice(t('fwdInbox.recorded'));
    setPage((p) => p && { ...p, items: p.items.map((i) => (i.id === next.id ? { ...i, ...next } : i)) });
  }

  return (
    <>
      <h1>{supervisor ? t('fwdInbox.titleOffice') : t('fwdInbox.title')}</h1>
      <p className="muted">{supervisor ? t('fwdInbox.introOffice') : t('fwdInbox.intro')}</p>
      <p role="status" className={notice ? 'notice' : 'visually-hidden'}>
        {notice}
      </p>
      <section className="card" aria-labelledby="forwardings-heading">
        <h2 id="forwardings-heading" className="visually-hidden">
          {t('fwdInbox.listLabel')}
        </h2>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="forwardings-show">{t('fwdInbox.show')}</label>
            <select
              id="forwardings-show"
              value={unanswered ? 'true' : 'false'}
              onChange={(e) => change(e.target.value !== 'false')}
            >
              <option value="true">{t('fwdInbox.unansweredOnly')}</option>
              <option value="false">{t('fwdInbox.all')}</option>
            </select>
          </div>
        </div>
        <ErrorAlert error={failure} />
        <p role="status" className="muted" data-testid="forwardings-status">
          {page ? t('fwdInbox.count', { count: page.total }) : failure ? '' : t('common.loading')}
        </p>
        {page && page.items.length === 0 ? <p>{t('fwdInbox.empty')}</p> : null}
        {page && page.items.length > 0 ? (
          <ul className="forwardings">
            {page.items.map((f) => (
              <ForwardingCard
                key={f.id}
                forwarding={f}
                zone={zoneOfLabel(f.expectedReply.zoneLabel)}
                meta={
                  <p className="muted">
                    {t('fwdInbox.case')}: {registerLabel(f.registerNumber, t)} · {t('fwdInbox.from')}: {f.office.name}
                  </p>
                }
              >
                {f.final ? null : (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-expanded={openForm === f.id}
                    onClick={() => setOpenForm(openForm === f.id ? null : f.id)}
                  >
                    {openForm === f.id ? t('fwdInbox.hide') : t('fwdInbox.record')}
                  </button>
                )}
                {openForm === f.id ? (
                  <FollowUpForm forwarding={f} onRecorded={(next) => recorded({ ...f, ...next })} />
                ) : null}
              </ForwardingCard>
            ))}
          </ul>
        ) : null}
        {page ? <Pager label={t('fwdInbox.listLabel')} cursors={pages} next={page.next} /> : null}
      </section>
    </>
  );
}
