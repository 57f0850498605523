import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { UserPage, type UserView } from '../../shared/api/users';
import { formatInZone } from '../../shared/i18n';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { Pager, useCursors } from '../components/Pager';
import { useI18n } from '../i18n';
import { isSignInError, useOfficer, useSession } from '../session';
import { CreateUserForm } from './users/CreateUserForm';
import { OneTimePassword } from './users/OneTimePassword';
import { UserActionDialog, UserRowActions, type ActionResult, type PendingAction } from './users/UserActions';

const PAGE_SIZE = 20;

type UsersPageData = z.output<typeof UserPage>;

/** Admin: list, filter and create officer accounts; disable, enable again, reset credentials. */
export function UsersPage() {
  const { t, lang } = useI18n();
  const me = useOfficer();
  const { refresh } = useSession();
  const [filter, setFilter] = useState('');
  const [q, setQ] = useState('');
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const pages = useCursors();
  const [page, setPage] = useState<UsersPageData | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [notice, setNotice] = useState('');
  /** The one-time password of the last credentials reset, shown until dismissed. */
  const [revealed, setRevealed] = useState<{ user: UserView; oneTimePassword: string } | null>(null);
  const canRead = me?.abilities.includes('users.read') ?? false;
  const canManage = me?.abilities.includes('users.manage') ?? false;
  const { cursor } = pages;

  useEffect(() => {
    const timer = window.setTimeout(() => {
      setQ(filter.trim());
      pages.reset();
    }, 300);
    return () => window.clearTimeout(timer);
  }, [filter]);

  const load = useCallback(async () => {
    setFailure(null);
    try {
      setPage(
        await api.get('/api/users', UserPage, {
          q: q || undefined,
          includeDisabled: includeDisabled ? 'true' : undefined,
          limit: PAGE_SIZE,
          cursor,
        }),
      );
    } catch (err) {
      // An expired session sends the officer back to sign in (via useOfficer).
      if (isSignInError(err)) void refresh();
      else setFailure(err);
    }
  }, [q, includeDisabled, cursor, refresh]);

  useEffect(() => {
    if (canRead) void load();
  }, [canRead, load]);

  function done(result: ActionResult) {
    setPending(null);
    if (result.action === 'reset') {
      setNotice('');
      setRevealed({ user: result.user, oneTimePassword: result.oneTimePassword });
    } else {
      setRevealed(null);
      setNotice(t(result.action === 'enable' ? 'users.enabled' : 'users.disabled', { username: result.user.username }));
    }
    void load();
  }

  if (!me) return <p role="status">{t('common.loading')}</p>;
  if (!canRead) {
    return (
      <section className="card">
        <h1>{t('users.title')}</h1>
        <div className="alert alert--error" role="alert">
          {t('error.FORBIDDEN')}
        </div>
      </section>
    );
  }

  return (
    <>
      <h1>{t('users.title')}</h1>
      <section className="card" aria-labelledby="list-heading">
        <h2 id="list-heading" className="visually-hidden">
          {t('users.tableLabel')}
        </h2>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="user-filter">{t('users.filter')}</label>
            <input
              id="user-filter"
              type="search"
              value={filter}
              placeholder={t('users.filterHelp')}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={includeDisabled}
              onChange={(e) => {
                setIncludeDisabled(e.target.checked);
                pages.reset();
              }}
            />{' '}
            {t('users.includeDisabled')}
          </label>
        </div>
        <ErrorAlert error={failure} />
        <p role="status" className="muted">
          {notice || (page ? t('users.count', { count: page.total }) : t('common.loading'))}
        </p>
        {revealed ? (
          <OneTimePassword
            title={t('users.resetDone', { username: revealed.user.username })}
            help={t('users.resetOtpHelp')}
            password={revealed.oneTimePassword}
            onDone={() => setRevealed(null)}
          />
        ) : null}
        {page && page.items.length === 0 ? <p>{t('users.empty')}</p> : null}
        {page && page.items.length > 0 ? (
          <div className="table-wrap" role="region" aria-labelledby="list-heading" tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('users.colUsername')}</th>
                  <th scope="col">{t('users.colName')}</th>
                  <th scope="col">{t('users.colRole')}</th>
                  <th scope="col">{t('users.colScope')}</th>
                  <th scope="col">{t('users.colTotp')}</th>
                  <th scope="col">{t('users.colStatus')}</th>
                  <th scope="col">{t('users.colCreated')}</th>
                  {canManage ? <th scope="col">{t('users.colActions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {page.items.map((u) => (
                  <tr key={u.id} className={u.disabled ? 'row--disabled' : undefined}>
                    <th scope="row">
                      <code>{u.username}</code>
                    </th>
                    <td>{u.displayName}</td>
                    <td>{t(`role.${u.role}`)}</td>
                    <td>
                      {u.scope ? (
                        <>
                          {u.scope.name}
                          <span className="sub muted">{u.scope.code}</span>
                        </>
                      ) : (
                        t('officer.national')
                      )}
                    </td>
                    <td>{u.totpEnabled ? t('officer.totpOn') : t('officer.totpOff')}</td>
                    <td>
                      <span className={u.disabled ? 'badge badge--off' : 'badge badge--on'}>
                        {u.disabled ? t('users.statusDisabled') : t('users.statusActive')}
                      </span>
                    </td>
                    <td>{formatInZone(u.createdAt, u.scope?.timeZone ?? 'Asia/Jakarta', lang)}</td>
                    {canManage ? (
                      <td>{u.id !== me.user.id ? <UserRowActions user={u} onPick={setPending} /> : null}</td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {page ? <Pager label={t('users.tableLabel')} cursors={pages} next={page.next} /> : null}
      </section>
      {canManage ? (
        <section className="card" aria-labelledby="create-heading">
          <h2 id="create-heading">{t('users.create')}</h2>
          <CreateUserForm
            onCreated={() => {
              setNotice('');
              void load();
            }}
          />
        </section>
      ) : null}
      <UserActionDialog pending={pending} onCancel={() => setPending(null)} onDone={done} />
    </>
  );
}
