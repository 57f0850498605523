import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { CreateUserRequest, CreateUserResponse } from '../../../shared/api/users';
import type { RegionSummary } from '../../../shared/api/regions';
import { RECEIVING_BODIES, type ReceivingBody } from '../../../shared/cases';
import { ROLE_SCOPE_LEVELS, ROLES, type RegionLevel, type Role } from '../../../shared/roles';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { RegionPicker } from '../../components/RegionPicker';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import {
  serverFieldErrors,
  useForm,
  validate,
  withErrors,
  without,
  type FieldErrors,
  type FormatHints,
} from '../../forms';
import { useI18n } from '../../i18n';
import { OneTimePassword } from './OneTimePassword';

type Created = z.output<typeof CreateUserResponse>;
type ScopeLevel = RegionLevel | 'national';

const HINTS: FormatHints = { username: 'field.username', role: 'field.required', scopeCode: 'field.region' };

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Create an officer account; shows the one-time password once. */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const form = useForm({ username: '', displayName: '', email: '' });
  const [role, setRole] = useState<Role | ''>('');
  const [scopeLevel, setScopeLevel] = useState<ScopeLevel | null>(null);
  const [scope, setScope] = useState<RegionSummary | null>(null);
  const [body, setBody] = useState<ReceivingBody | ''>('');
  const [created, setCreated] = useState<Created | null>(null);
  const [formKey, setFormKey] = useState(0);

  const levels: readonly ScopeLevel[] = role ? ROLE_SCOPE_LEVELS[role] : [];
  const level: ScopeLevel | null = scopeLevel && levels.includes(scopeLevel) ? scopeLevel : (levels[0] ?? null);

  function reset() {
    form.reset();
    setRole('');
    setScopeLevel(null);
    setScope(null);
    setBody('');
    setCreated(null);
    setFormKey((k) => k + 1);
  }

  /** Server refusals that belong to one field. */
  function fieldErrorsOf(err: unknown): FieldErrors {
    if (!(err instanceof ApiError)) return {};
    if (err.code === 'CONFLICT') return { username: t('error.CONFLICT') };
    if (err.code === 'UNKNOWN_REGION' || err.code === 'OUT_OF_SCOPE') return { scopeCode: t(`error.${err.code}`) };
    return serverFieldErrors(err, t, HINTS);
  }

  function submit(e: FormEvent) {
    const scopeCode = level === 'national' || level === null ? null : scope?.level === level ? scope.code : null;
    void form.submit(e, {
      check: ({ username, displayName, email }) =>
        withErrors(
          validate(
            CreateUserRequest,
            {
              username,
              displayName,
              email: email.trim() || null,
              role,
              scopeCode,
              ...(role === 'INSTANSI_PENERIMA' ? { body: body || undefined } : {}),
            },
            t,
            HINTS,
          ),
          {
            ...(level !== null && level !== 'national' && scopeCode === null ? { scopeCode: t('field.region') } : {}),
            ...(role === 'INSTANSI_PENERIMA' && !body ? { body: t('field.required') } : {}),
          },
        ),
      send: async (data) => {
        setCreated(await api.post('/api/users', CreateUserResponse, data));
        onCreated();
      },
      fail: fieldErrorsOf,
    });
  }

  if (created) {
    return (
      <OneTimePassword
        title={t('users.created', { username: created.user.username })}
        help={t('users.otpHelp')}
        password={created.oneTimePassword}
        onDone={reset}
      />
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy} key={formKey} className="form-grid">
      <ErrorAlert error={form.failure} />
      <Field
        id="new-username"
        label={t('login.username')}
        hint={t('field.username')}
        autoCapitalize="none"
        spellCheck={false}
        autoComplete="off"
        required
        {...form.field('username')}
      />
      <Field
        id="new-displayName"
        label={t('users.displayName')}
        autoComplete="off"
        required
        {...form.field('displayName')}
      />
      <Field
        id="new-email"
        type="email"
        label={t('users.email')}
        optional
        autoComplete="off"
        {...form.field('email')}
      />
      <SelectField
        id="new-role"
        label={t('users.role')}
        required
        placeholder={t('users.chooseRole')}
        value={role}
        error={form.errors.role}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        onChange={(e) => {
          setRole(isRole(e.target.value) ? e.target.value : '');
          setScope(null);
          form.setErrors(without('role'));
        }}
      />
      {role === 'INSTANSI_PENERIMA' ? (
        <SelectField
          id="new-body"
          label={t('users.body')}
          required
          placeholder={t('users.chooseBody')}
          value={body}
          error={form.errors.body}
          options={RECEIVING_BODIES.map((b) => ({ value: b, label: t(`body.${b}`) }))}
          onChange={(e) => {
            setBody(RECEIVING_BODIES.find((b) => b === e.target.value) ?? '');
            form.setErrors(without('body'));
          }}
        />
      ) : null}
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
          error={form.errors.scopeCode}
          onChange={(region) => {
            setScope(region);
            if (region) form.setErrors(without('scopeCode'));
          }}
        />
      ) : null}
      {level === 'national' ? <p className="muted">{t('users.scopeNational')}</p> : null}
      <div className="form-grid__actions">
        <SubmitButton busy={form.busy}>{t('users.submitCreate')}</SubmitButton>
      </div>
    </form>
  );
}
