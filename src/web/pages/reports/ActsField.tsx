import { VIOLATION_TYPES, type ViolationType } from '../../../shared/intake';
import { useI18n } from '../../i18n';

/** The alleged acts as checkboxes, each with its plain-language explanation. */
export function ActsField({
  acts,
  error,
  onChange,
}: {
  acts: readonly ViolationType[];
  error: string | undefined;
  onChange: (acts: ViolationType[]) => void;
}) {
  const { t } = useI18n();
  const toggle = (act: ViolationType, on: boolean) =>
    // Keep the catalogue's order whatever the order of the clicks.
    onChange(VIOLATION_TYPES.filter((v) => (v === act ? on : acts.includes(v))));
  return (
    <fieldset
      className={error ? 'group field--error' : 'group'}
      aria-describedby={error ? 'intake-acts-hint intake-acts-error' : 'intake-acts-hint'}
    >
      <legend>
        {t('intake.actsTitle')}
        <span className="field__req"> {t('common.required')}</span>
      </legend>
      <p className="field__hint" id="intake-acts-hint">
        {t('intake.actsHint')}
      </p>
      {error ? (
        <p className="field__error" id="intake-acts-error">
          {error}
        </p>
      ) : null}
      <div className="acts">
        {VIOLATION_TYPES.map((act) => (
          <label key={act} className="act" htmlFor={`intake-act-${act}`}>
            <input
              id={`intake-act-${act}`}
              type="checkbox"
              checked={acts.includes(act)}
              aria-describedby={`intake-act-${act}-help`}
              onChange={(e) => toggle(act, e.target.checked)}
            />
            <span>
              <span className="act__label">{t(`violation.${act}`)}</span>
              <span className="act__help" id={`intake-act-${act}-help`}>
                {t(`violationHelp.${act}`)}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
