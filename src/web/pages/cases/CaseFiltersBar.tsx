import { useRef, useState } from 'react';
import { CASE_STATUSES, CATEGORIES, DEADLINE_STATES } from '../../../shared/cases';
import { SUBJECT_TYPES, VIOLATION_TYPES } from '../../../shared/intake';
import { RegionPicker } from '../../components/RegionPicker';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n';
import { CASE_KINDS, type CaseFilters } from './filters';

/** A select's value among `values`, or '' (= all). */
function among<T extends string>(values: readonly T[], value: string): T | '' {
  return values.find((v) => v === value) ?? '';
}

/** The case inbox's filters: status, source, category, subject, act, deadline, open/all, region. */
export function CaseFiltersBar({ filters, onChange }: { filters: CaseFilters; onChange: (next: CaseFilters) => void }) {
  const { t } = useI18n();
  const [pickerKey, setPickerKey] = useState(0);
  // The picker reports null on mount: only a region it reported before may be cleared by it.
  const picked = useRef(false);
  const all = t('cases.all');
  const set = (patch: Partial<CaseFilters>) => onChange({ ...filters, ...patch });

  return (
    <div className="case-filters">
      <div className="toolbar">
        <SelectField
          id="cases-status"
          label={t('cases.status')}
          placeholder={all}
          value={filters.status}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
          onChange={(e) => set({ status: among(CASE_STATUSES, e.target.value) })}
        />
        <SelectField
          id="cases-deadline"
          label={t('cases.deadline')}
          placeholder={all}
          value={filters.deadline}
          options={DEADLINE_STATES.map((s) => ({ value: s, label: t(`deadlineState.${s}`) }))}
          onChange={(e) => set({ deadline: among(DEADLINE_STATES, e.target.value) })}
        />
        <div className="field">
          <label htmlFor="cases-open">{t('cases.open')}</label>
          <select
            id="cases-open"
            value={filters.open}
            onChange={(e) => set({ open: e.target.value === 'false' ? 'false' : 'true' })}
          >
            <option value="true">{t('cases.openOnly')}</option>
            <option value="false">{t('cases.openAll')}</option>
          </select>
        </div>
        <SelectField
          id="cases-kind"
          label={t('cases.kind')}
          placeholder={all}
          value={filters.kind}
          options={CASE_KINDS.map((k) => ({ value: k, label: t(`intakeKind.${k}`) }))}
          onChange={(e) => set({ kind: among(CASE_KINDS, e.target.value) })}
        />
        <SelectField
          id="cases-category"
          label={t('cases.category')}
          placeholder={all}
          value={filters.category}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          onChange={(e) => set({ category: among(CATEGORIES, e.target.value) })}
        />
        <SelectField
          id="cases-subject"
          label={t('cases.subjectType')}
          placeholder={all}
          value={filters.subjectType}
          options={SUBJECT_TYPES.map((s) => ({ value: s, label: t(`subject.${s}`) }))}
          onChange={(e) => set({ subjectType: among(SUBJECT_TYPES, e.target.value) })}
        />
        <SelectField
          id="cases-act"
          label={t('cases.act')}
          placeholder={all}
          value={filters.act}
          options={VIOLATION_TYPES.map((a) => ({ value: a, label: t(`violation.${a}`) }))}
          onChange={(e) => set({ act: among(VIOLATION_TYPES, e.target.value) })}
        />
      </div>
      <details className="case-filters__region" open={filters.region !== '' || undefined}>
        <summary>{t('cases.region')}</summary>
        {filters.region ? (
          <p className="actions">
            <span data-testid="cases-region">{t('cases.regionChosen', { code: filters.region })}</span>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                picked.current = false;
                setPickerKey((k) => k + 1);
                set({ region: '' });
              }}
            >
              {t('cases.regionClear')}
            </button>
          </p>
        ) : null}
        <RegionPicker
          key={pickerKey}
          label={t('cases.region')}
          level="village"
          minLevel="province"
          onChange={(region) => {
            if (region) {
              picked.current = true;
              if (region.code !== filters.region) set({ region: region.code });
            } else if (picked.current) {
              picked.current = false;
              set({ region: '' });
            }
          }}
        />
      </details>
    </div>
  );
}
