import { useId, useLayoutEffect, useState } from 'react';
import type { RegionSummary } from '../../../shared/api/regions';
import { CaseDetail, DelegateRequest, MergeRequest } from '../../../shared/api/cases';
import { api, ApiError } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RegionPicker } from '../../components/RegionPicker';
import { TextAreaField } from '../../components/TextAreaField';
import { serverFieldErrors, useForm, validate, withErrors, without } from '../../forms';
import { useI18n } from '../../i18n';
import { bindControl } from './bind';

interface DialogProps {
  detail: CaseDetail;
  open: boolean;
  onCancel: () => void;
  onDone: (next: CaseDetail) => void;
}

type OfficeLevel = 'province' | 'regency';

/** Delegates the case to another province or regency/city office, with a reason (DELEGATE). */
export function DelegateDialog({ detail, open, onCancel, onDone }: DialogProps) {
  const { t } = useI18n();
  const uid = useId();
  const form = useForm({ note: '' });
  const [level, setLevel] = useState<OfficeLevel>('regency');
  const [office, setOffice] = useState<RegionSummary | null>(null);
  const [pickerKey, setPickerKey] = useState(0);

  useLayoutEffect(() => {
    if (!open) return;
    form.reset();
    setOffice(null);
    setPickerKey((k) => k + 1);
  }, [open]);

  const officeCode = office?.level === level ? office.code : null;
  const body = () => ({ officeCode, note: form.values.note.trim() });

  return (
    <ConfirmDialog
      open={open}
      title={t('delegate.title')}
      text={t('delegate.text')}
      confirmLabel={t('caseCommand.DELEGATE')}
      busyLabel={t('login.working')}
      validate={() => {
        const checked = withErrors(
          validate(DelegateRequest, body(), t, { officeCode: 'report.chooseOffice' }),
          officeCode === null ? { officeCode: t('report.chooseOffice') } : {},
        );
        form.setErrors(checked.ok ? {} : checked.errors);
        return checked.ok;
      }}
      onConfirm={async () => {
        try {
          onDone(await api.post(`/api/cases/${encodeURIComponent(detail.id)}/delegate`, CaseDetail, body()));
        } catch (err) {
          if (err instanceof ApiError && (err.code === 'UNKNOWN_REGION' || err.code === 'OUT_OF_SCOPE'))
            form.setErrors({ officeCode: t(`error.${err.code}`) });
          else form.setErrors(serverFieldErrors(err, t));
          throw err;
        }
      }}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor={`${uid}-level`}>{t('report.routeLevel')}</label>
        <select
          id={`${uid}-level`}
          value={level}
          onChange={(e) => {
            setLevel(e.target.value === 'province' ? 'province' : 'regency');
            setOffice(null);
            setPickerKey((k) => k + 1);
          }}
        >
          <option value="regency">{t('level.regency')}</option>
          <option value="province">{t('level.province')}</option>
        </select>
      </div>
      <RegionPicker
        key={`${level}-${pickerKey}`}
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
        id={`${uid}-note`}
        label={t('delegate.note')}
        hint={t('transition.noteHint')}
        required
        rows={3}
        {...bindControl(form, 'note')}
      />
    </ConfirmDialog>
  );
}

/** Merges other cases (still before registration) into this one, with a reason (MERGE). */
export function MergeDialog({ detail, open, onCancel, onDone }: DialogProps) {
  const { t } = useI18n();
  const uid = useId();
  const form = useForm({ caseIds: '', note: '' });

  useLayoutEffect(() => {
    if (open) form.reset();
  }, [open]);

  const body = () => ({
    caseIds: form.values.caseIds.split(/[\s,;]+/).filter(Boolean),
    note: form.values.note.trim(),
  });

  return (
    <ConfirmDialog
      open={open}
      title={t('merge.title')}
      text={t('merge.text')}
      confirmLabel={t('caseCommand.MERGE')}
      busyLabel={t('login.working')}
      validate={() => {
        const checked = validate(MergeRequest, body(), t);
        form.setErrors(checked.ok ? {} : checked.errors);
        return checked.ok;
      }}
      onConfirm={async () => {
        try {
          onDone(await api.post(`/api/cases/${encodeURIComponent(detail.id)}/merge`, CaseDetail, body()));
        } catch (err) {
          form.setErrors(serverFieldErrors(err, t));
          throw err;
        }
      }}
      onCancel={onCancel}
    >
      <TextAreaField
        id={`${uid}-ids`}
        label={t('merge.ids')}
        hint={t('merge.idsHint')}
        required
        rows={3}
        {...bindControl(form, 'caseIds')}
      />
      <TextAreaField
        id={`${uid}-note`}
        label={t('merge.note')}
        hint={t('transition.noteHint')}
        required
        rows={3}
        {...bindControl(form, 'note')}
      />
    </ConfirmDialog>
  );
}
