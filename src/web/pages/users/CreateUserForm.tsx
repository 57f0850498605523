import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { CreateUserRequest, CreateUserResponse } from '../../../shared/api/users';
import type { RegionSummary } from '../../../shared/api/regions';
import { ROLE_SCOPE_LEVELS, ROLES, type RegionLevel, type Role } from '../../../shared/roles';
import { api, ApiError } from '../../api';
import { CopyButton } from '../../components/CopyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { RegionPicker } from '../../components/RegionPicker';
import { serverFieldErrors, validate, without, type FieldErrors, type FormatHints } from '../../forms';
import { useI18n } from '../../i18n';
import { useStepHeading } from '../login/useStepHeading';

type Created = z.output<typeof CreateUserResponse>;
type ScopeLevel = RegionLevel | 'national';

const HINTS: FormatHints = { username: 'field.username', role: 'field.required', scopeCode: 'field.region' };

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Create an officer account; shows the one-time password once. */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [scopeLevel, setScopeLevel] = useState<ScopeLevel | null>(null);
  const [scope, setScope] = useState<RegionSummary | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [formKey, setFormKey] = useState(0);
  const otpHeading = useStepHeading<HTMLHeadingElement>(created !== null);

  const levels: readonly ScopeLevel[] = role ? ROLE_SCOPE_LEVELS[role] : [];
  const level: ScopeLevel | null = scopeLevel && levels.includes(scopeLevel) ? scopeLevel : (levels[0] ?? null);

  function reset() {
    setUsername('');
    setDisplayName('');
    setEmail('');
    setRole('');
    setScopeLevel(null);
    setScope(null);
    setErrors({});
    setCreated(null);
    setFormKey((k) => k + 1);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const scopeCode = level === 'national' || level === null ? null : scope?.level === level ? scope.code : null;
    const checked = validate(CreateUserRequest, { username, displayName, email: email.trim() || null, role, scopeCode }, t, HINTS);
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (level !== null && level !== 'national' && scopeCode === null) found.scopeCode = t('field.region');
    if (!checked.ok || Object.keys(found).length > 0) return setErrors(found);
    setErrors({});
    setBusy(true);
    try {
      setCreated(await api.post('/api/users', CreateUserResponse, checked.data));
      onCreated();
    } catch (err) {
      if (err instanceof ApiError) {
        if (err.code === 'VALIDATION_FAILED') setErrors(serverFieldErrors(err, t, HINTS));
        else if (err.code === 'CONFLICT') setErrors({ username: t('error.CONFLICT') });
        else if (err.code === 'UNKNOWN_REGION' || err.code === 'OUT_OF_SCOPE') setErrors({ scopeCode: t(`error.${err.code}`) });
      }
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <div className="notice" data-testid="one-time-password">
        <h3 tabIndex={-1} ref={otpHeading}>
          {t('users.created', { username: created.user.username })}
        </h3>
        <p>{t('users.otpHelp')}</p>
        <p className="otp">
          <span className="visually-hidden">{t('users.otpTitle')}: </span>
          <code>{created.oneTimePassword}</code>
        </p>
        <div className="actions">
          <CopyButton text={created.oneTimePassword} label={`${t('common.copy')}: ${t('users.otpTitle')}`} />
          <button type="button" className="button" onClick={reset}>
            {t('users.otpDone')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} key={formKey} className="form-grid">
      <ErrorAlert error={failure} />
      <Field
        id="new-username"
        label={t('login.username')}
        hint={t('field.username')}
        autoCapitalize="none"
        spellCheck={false}
        autoComplete="off"
        required
        value={username}
        error={errors.username}
        onChange={(e) => {
            setUsername(e.target.value);
            setErrors(without('username'));
          }}
      />
      <Field
        id="new-displayName"
        label={t('users.displayName')}
        autoComplete="off"
        required
        value={displayName}
        error={errors.displayName}
        onChange={(e) => {
            setDisplayName(e.target.value);
            setErrors(without('displayName'));
          }}
      />
      <Field
        id="new-email"
        type="email"
        label={t('users.email')}
        optional
        autoComplete="off"
        value={email}
        error={errors.email}
        onChange={(e) => {
            setEmail(e.target.value);
            setErrors(without('email'));
          }}
      />
      <div className={errors.role ? 'field field--error' : 'field'}>
        <label htmlFor="new-role">
          {t('users.role')}
          <span className="field__req"> {t('common.required')}</span>
        </label>
        <select
          id="new-role"
          value={role}
          required
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={errors.role ? 'new-role-error' : undefined}
          onChange={(e) => {
            setRole(isRole(e.target.value) ? e.target.value : '');
            setScope(null);
            setErrors(without('role'));
          }}
        >
          <option value="">{t('users.chooseRole')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
        {errors.role ? (
          <p className="field__error" id="new-role-error">
            {errors.role}
          </p>
        ) : null}
      </div>
      {levels.length > 1 ? (
        <div className="field">
          <label htmlFor="new-scope-level">{t('users.scopeLevel')}</label>
          <select
            id="new-scope-level"
            value={level ?? ''}
            onChange={(e) => {
              const v = levels.find((l) => l === e.target.value);
              if (v) setScopeLevel(v);
              setScope(null);
            }}
          >
            {levels.map((l) => (
              <option key={l} value={l}>
                {l === 'national' ? t('users.scopeNational') : t(`level.${l}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {level && level !== 'national' ? (
        <RegionPicker
          key={`${role}-${level}`}
          label={t('users.scope')}
          level={level}
          required
          error={errors.scopeCode}
          onChange={(region) => {
            setScope(region);
            if (region) setErrors(without('scopeCode'));
          }}
        />
      ) : null}
      {level === 'national' ? <p className="muted">{t('users.scopeNational')}</p> : null}
      <div className="form-grid__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('login.working') : t('users.submitCreate')}
        </button>
      </div>
    </form>
  );
}
