import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { WorkloadResponse } from '../../../shared/api/cases';
import { api } from '../../api';
import { AbilityGate } from '../../components/AbilityGate';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { isSignInError, useSession } from '../../session';

type Workload = z.output<typeof WorkloadResponse>;
type Counts = Omit<Workload['rows'][number], 'office'>;
const COLUMNS = ['open', 'dueSoon', 'overdue', 'unansweredForwardings'] as const;

/** Open, due-soon and overdue cases and unanswered forwardings per office (needs `cases.read`). */
export function WorkloadPage() {
  const { t } = useI18n();
  return (
    <AbilityGate title={t('workload.title')} ability="cases.read">
      {() => <WorkloadTable />}
    </AbilityGate>
  );
}

function WorkloadTable() {
  const { t, lang } = useI18n();
  const { refresh } = useSession();
  const [data, setData] = useState<Workload | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const load = useCallback(async () => {
    setFailure(null);
    try {
      setData(await api.get('/api/cases/workload', WorkloadResponse));
    } catch (err) {
      if (isSignInError(err)) void refresh();
      else setFailure(err);
    }
  }, [refresh]);

  useEffect(() => {
    void load();
  }, [load]);

  const number = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB');
  const heading: Record<(typeof COLUMNS)[number], string> = {
    open: t('workload.open'),
    dueSoon: t('workload.dueSoon'),
    overdue: t('workload.overdue'),
    unansweredForwardings: t('workload.unanswered'),
  };
  const total = (data?.rows ?? []).reduce<Counts>(
    (sum, r) => ({
      open: sum.open + r.open,
      dueSoon: sum.dueSoon + r.dueSoon,
      overdue: sum.overdue + r.overdue,
      unansweredForwardings: sum.unansweredForwardings + r.unansweredForwardings,
    }),
    { open: 0, dueSoon: 0, overdue: 0, unansweredForwardings: 0 },
  );
  const cell = (row: Counts, c: (typeof COLUMNS)[number]) => (
    <td key={c} className={`num workload--${c}${row[c] > 0 ? ' workload--some' : ''}`}>
      {number.format(row[c])}
    </td>
  );

  return (
    <>
      <h1>{t('workload.title')}</h1>
      {data ? <p className="muted">{t('workload.intro', { hours: data.dueSoonHours })}</p> : null}
      <section className="card" aria-labelledby="workload-heading">
        <h2 id="workload-heading" className="visually-hidden">
          {t('workload.tableLabel')}
        </h2>
        <ErrorAlert error={failure} />
        {!data && !failure ? <p role="status">{t('common.loading')}</p> : null}
        {data && data.rows.length === 0 ? <p>{t('workload.empty')}</p> : null}
        {data && data.rows.length > 0 ? (
          <div className="table-wrap" role="region" aria-labelledby="workload-heading" tabIndex={0}>
            <table className="table" data-testid="workload">
              <thead>
                <tr>
                  <th scope="col">{t('workload.office')}</th>
                  {COLUMNS.map((c) => (
                    <th key={c} scope="col" className="num">
                      {heading[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.office.code}>
                    <th scope="row">
                      {row.office.name}
                      <span className="sub muted">{row.office.code}</span>
                    </th>
                    {COLUMNS.map((c) => cell(row, c))}
                  </tr>
                ))}
              </tbody>
              {data.rows.length > 1 ? (
                <tfoot>
                  <tr>
                    <th scope="row">{t('workload.total')}</th>
                    {COLUMNS.map((c) => cell(total, c))}
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
