import { useId, useLayoutEffect, useState } from 'react';
import { CaseDetail, TransitionRequest } from '../../../shared/api/cases';
import { CATEGORIES, NOT_REGISTERED_REASONS } from '../../../shared/cases';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { serverFieldErrors, useForm, validate, without } from '../../forms';
import { useI18n } from '../../i18n';
import { bindControl } from './bind';
import { allowedNow, failedChecks, failedLabel, noteRequired, transitionBody, type TransitionType } from './labels';

/** Whether the command starts with the override box: a condition is known to fail and the officer may override. */
function overrideAtStart(type: TransitionType, detail: CaseDetail): boolean {
  if (!detail.can.override) return false;
  if (type === 'REGISTER') return !detail.requirementsMet;
  if (type === 'CLOSE') return detail.forwardings.some((f) => !f.final);
  return false;
}

interface TransitionDialogProps {
  detail: CaseDetail;
  type: TransitionType;
  open: boolean;
  onCancel: () => void;
  onDone: (next: CaseDetail) => void;
}

/** One command of the procedure in a small dialog with its fields, checked with `TransitionRequest`. */
export function TransitionDialog({ detail, type, open, onCancel, onDone }: TransitionDialogProps) {
  const { t } = useI18n();
  const uid = useId();
  const form = useForm({ note: '', reason: '', override: '' });
  const [categories, setCategories] = useState<string[]>([]);
  const [withOverride, setWithOverride] = useState(false);
  const [failed, setFailed] = useState<string[]>([]);

  // Each opening starts afresh.
  useLayoutEffect(() => {
    if (!open) return;
    form.reset();
    setCategories([]);
    setFailed([]);
    setWithOverride(overrideAtStart(type, detail));
  }, [open]);

  const body = () => transitionBody(type, { ...form.values, categories }, withOverride);
  const required = noteRequired(type);

  function check(): boolean {
    const checked = validate(TransitionRequest, body(), t, { reason: 'cases.choose' });
    form.setErrors(checked.ok ? {} : checked.errors);
    return checked.ok;
  }

  async function send() {
    setFailed([]);
    try {
      const next = await api.post(`/api/cases/${encodeURIComponent(detail.id)}/transitions`, CaseDetail, body());
      onDone(next);
    } catch (err) {
      const checks = failedChecks(err);
      const canOverride =
        detail.can.override && checks.some((c) => c === 'REQUIREMENTS_NOT_MET' || c === 'FOLLOW_UP_PENDING');
      if (canOverride) setWithOverride(true);
      setFailed([
        ...checks.map((c) => failedLabel(c, t)),
        ...(allowedNow(err).length
          ? [
              t('transition.allowedNow', {
                list: allowedNow(err)
                  .map((c) => t(`caseCommand.${c}`))
                  .join(', '),
              }),
            ]
          : []),
      ]);
      form.setErrors(serverFieldErrors(err, t));
      throw err;
    }
  }

  const toggle = (key: string, on: boolean) => {
    setCategories((list) => (on ? [...list, key] : list.filter((k) => k !== key)));
    form.setErrors(without('categories'));
  };

  return (
    <ConfirmDialog
      open={open}
      title={t(`caseCommand.${type}`)}
      text={`${t(`commandHelp.${type}`)} ${t('transition.text')}`}
      confirmLabel={t(`caseCommand.${type}`)}
      busyLabel={t('login.working')}
      danger={type === 'NOT_REGISTER' || type === 'WITHDRAW'}
      validate={check}
      onConfirm={send}
      onCancel={onCancel}
    >
      {failed.length > 0 ? (
        <div className="failed-checks" data-testid="failed-checks">
          <p>{t('transition.failed')}</p>
          <ul>
            {failed.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {type === 'NOT_REGISTER' ? (
        <SelectField
          id={`${uid}-reason`}
          label={t('transition.reason')}
          placeholder={t('transition.choose')}
          required
          options={NOT_REGISTERED_REASONS.map((r) => ({ value: r, label: t(`notRegisteredReason.${r}`) }))}
          {...bindControl(form, 'reason')}
        />
      ) : null}
      {type === 'DECIDE_VIOLATION' ? (
        <fieldset className="category-picker" aria-describedby={`${uid}-categories-hint`}>
          <legend>
            {t('transition.categories')} <span className="field__req">{t('common.required')}</span>
          </legend>
          <p className="field__hint" id={`${uid}-categories-hint`}>
            {t('transition.categoriesHint')}
          </p>
          {detail.parties.map((p) => (
            <fieldset key={p.position} className="category-picker__party">
              <legend>
                {p.name} <span className="muted">({t(`subject.${p.subjectType}`)})</span>
              </legend>
              {CATEGORIES.map((c) => {
                const key = `${p.position}:${c}`;
                const id = `${uid}-cat-${p.position}-${c}`;
                return (
                  <div className="check" key={c}>
                    <input
                      id={id}
                      type="checkbox"
                      checked={categories.includes(key)}
                      onChange={(e) => toggle(key, e.target.checked)}
                    />
                    <label htmlFor={id}>{t(`category.${c}`)}</label>
                  </div>
                );
              })}
            </fieldset>
          ))}
          {form.errors.categories ? <p className="field__error">{form.errors.categories}</p> : null}
        </fieldset>
      ) : null}
      {withOverride ? (
        <TextAreaField
          id={`${uid}-override`}
          label={t('transition.override')}
          hint={type === 'CLOSE' ? t('transition.overridePending') : t('transition.overrideHint')}
          required
          rows={3}
          {...bindControl(form, 'override')}
        />
      ) : null}
      <TextAreaField
        id={`${uid}-note`}
        label={t('transition.note')}
        hint={required ? t('transition.noteHint') : undefined}
        required={required || undefined}
        optional={!required || undefined}
        rows={3}
        {...bindControl(form, 'note')}
      />
    </ConfirmDialog>
  );
}
