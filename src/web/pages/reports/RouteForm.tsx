import { useState, type FormEvent } from 'react';
import type { RegionSummary } from '../../../shared/api/regions';
import { ReportDetail, RouteRequest } from '../../../shared/api/reports';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionPicker } from '../../components/RegionPicker';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { serverFieldErrors, useForm, validate, withErrors, without, type FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';

type OfficeLevel = 'province' | 'regency';

/** Re-routes a report to a province or regency/city Bawaslu, with a reason (needs `can.route`). */
export function RouteForm({ report, onRouted }: { report: ReportDetail; onRouted: (next: ReportDetail) => void }) {
  const { t } = useI18n();
  const form = useForm({ reason: '' });
  const [level, setLevel] = useState<OfficeLevel>('regency');
  const [office, setOffice] = useState<RegionSummary | null>(null);
  const [formKey, setFormKey] = useState(0);

  function fieldErrorsOf(err: unknown): FieldErrors {
    if (err instanceof ApiError && (err.code === 'UNKNOWN_REGION' || err.code === 'OUT_OF_SCOPE'))
      return { officeCode: t(`error.${err.code}`) };
    return serverFieldErrors(err, t, { officeCode: 'report.chooseOffice' });
  }

  function submit(e: FormEvent) {
    const officeCode = office?.level === level ? office.code : null;
    void form.submit(e, {
      check: ({ reason }) =>
        withErrors(
          validate(RouteRequest, { officeCode, reason }, t, { officeCode: 'report.chooseOffice' }),
          officeCode === null ? { officeCode: t('report.chooseOffice') } : {},
        ),
      send: async (data) => {
        const next = await api.post(`/api/reports/${encodeURIComponent(report.id)}/route`, ReportDetail, data);
        form.reset();
        setOffice(null);
        setFormKey((k) => k + 1);
        onRouted(next);
      },
      fail: fieldErrorsOf,
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy} key={formKey} className="form-grid">
      <p className="muted">{t('report.routeHelp')}</p>
      <ErrorAlert error={form.failure} />
      <div className="field">
        <label htmlFor="route-level">{t('report.routeLevel')}</label>
        <select
          id="route-level"
          value={level}
          onChange={(e) => {
            setLevel(e.target.value === 'province' ? 'province' : 'regency');
            setOffice(null);
          }}
        >
          <option value="regency">{t('level.regency')}</option>
          <option value="province">{t('level.province')}</option>
        </select>
      </div>
      <RegionPicker
        key={level}
        label={t('report.routeOffice')}
        level={level}
        required
        error={form.errors.officeCode}
        onChange={(region) => {
          setOffice(region);
          if (region) form.setErrors(without('officeCode'));
        }}
      />
      <TextAreaField
        id="route-reason"
        label={t('report.reason')}
        hint={t('report.reasonHint')}
        required
        rows={3}
        value={form.values.reason}
        error={form.errors.reason}
        onChange={(e) => {
          form.set('reason', e.target.value);
          form.setErrors(without('reason'));
        }}
      />
      <div className="form-grid__actions">
        <SubmitButton busy={form.busy}>{t('report.routeSubmit')}</SubmitButton>
      </div>
    </form>
  );
}
