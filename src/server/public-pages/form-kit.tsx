import type { ReactNode } from 'react';
import { fieldId, type FieldErrors } from './fields';
import type { FormValues } from './form-values';
import type { PageI18n } from './i18n';
import type { MessageKey } from './messages';

/**
 * Form controls of the public pages. Every control: a bound `<label>`, help and error paragraphs
 * tied to it with `aria-describedby`, `aria-invalid` when the server (or the enhancement script)
 * found a problem, and a wrapper `[data-field=name]` the enhancement script finds it by.
 */
export interface FormCtx {
  i18n: PageI18n;
  values: FormValues;
  errors: FieldErrors;
}

export interface Described {
  id: string;
  error: string | undefined;
  describedBy: string | undefined;
  /** The control's `aria-invalid` and `aria-describedby`, to spread last onto it. */
  aria: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
}

function described(ctx: FormCtx, name: string, help: ReactNode | undefined): Described {
  const id = fieldId(name);
  const error = ctx.errors.get(name);
  const ids = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean);
  const describedBy = ids.length ? ids.join(' ') : undefined;
  return {
    id,
    error,
    describedBy,
    aria: { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy },
  };
}

function Tag({ ctx, required }: { ctx: FormCtx; required?: boolean }) {
  return <span className="tag">({required ? ctx.i18n.t('form.required') : ctx.i18n.t('form.optional')})</span>;
}

function Help({ id, help }: { id: string; help: ReactNode | undefined }) {
  return help ? (
    <p className="help" id={`${id}-help`}>
      {help}
    </p>
  ) : null;
}

export function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p className="error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

/** What every labelled field has. */
export interface FieldBase {
  ctx: FormCtx;
  name: string;
  label: string;
  required?: boolean;
  help?: ReactNode;
}

/**
 * A field with one control: the wrapper, the label with its required/optional tag and the help,
 * then what `children` renders for the field's ids, then the error.
 */
export function Field({ of: p, children }: { of: FieldBase; children: (d: Described) => ReactNode }) {
  const d = described(p.ctx, p.name, p.help);
  return (
    <div className={d.error ? 'field field--error' : 'field'} data-field={p.name}>
      <label htmlFor={d.id}>
        {p.label} <Tag ctx={p.ctx} required={p.required} />
      </label>
      <Help id={d.id} help={p.help} />
      {children(d)}
      <ErrorText id={d.id} error={d.error} />
    </div>
  );
}

interface TextProps extends FieldBase {
  type?: 'text' | 'email' | 'tel' | 'date' | 'time';
  autoComplete?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  maxLength?: number;
  pattern?: string;
}

export function TextField(p: TextProps) {
  return (
    <Field of={p}>
      {(d) => (
        <input
          id={d.id}
          name={p.name}
          type={p.type ?? 'text'}
          defaultValue={p.ctx.values.text(p.name)}
          required={p.required}
          autoComplete={p.autoComplete ?? 'off'}
          inputMode={p.inputMode}
          maxLength={p.maxLength}
          {...d.aria}
        />
      )}
    </Field>
  );
}

export function TextArea(p: Omit<TextProps, 'type' | 'inputMode'> & { rows?: number }) {
  return (
    <Field of={p}>
      {(d) => (
        <textarea
          id={d.id}
          name={p.name}
          rows={p.rows ?? 5}
          defaultValue={p.ctx.values.text(p.name)}
          required={p.required}
          autoComplete={p.autoComplete ?? 'off'}
          maxLength={p.maxLength}
          {...d.aria}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  p: Omit<TextProps, 'type' | 'inputMode' | 'maxLength'> & {
    options?: Option[];
    groups?: { label: string; options: Option[] }[];
    selected?: string;
  },
) {
  const opt = (o: Option) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <Field of={p}>
      {(d) => (
        <select
          id={d.id}
          name={p.name}
          defaultValue={p.selected ?? p.ctx.values.text(p.name)}
          required={p.required}
          autoComplete={p.autoComplete ?? 'off'}
          {...d.aria}
        >
          <option value="">{p.ctx.i18n.t('form.choose')}</option>
          {p.options?.map(opt)}
          {p.groups?.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map(opt)}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** One checkbox whose label is its text (consent, governor election). */
export function Checkbox(p: { ctx: FormCtx; name: string; label: ReactNode; help?: ReactNode; required?: boolean }) {
  const d = described(p.ctx, p.name, p.help);
  return (
    <div className={d.error ? 'field field--check field--error' : 'field field--check'} data-field={p.name}>
      <input
        id={d.id}
        type="checkbox"
        name={p.name}
        defaultChecked={p.ctx.values.checked(p.name)}
        required={p.required}
        {...d.aria}
      />
      <label htmlFor={d.id}>{p.label}</label>
      <Help id={d.id} help={p.help} />
      <ErrorText id={d.id} error={d.error} />
    </div>
  );
}

/**
 * Radio buttons or checkboxes sharing one name, in a fieldset. The first input carries the
 * field's id, so the error summary's link lands on it.
 */
export function ChoiceGroup(p: {
  ctx: FormCtx;
  name: string;
  legend: string;
  type: 'radio' | 'checkbox';
  required?: boolean;
  help?: ReactNode;
  choices: (Option & { help?: string })[];
}) {
  const d = described(p.ctx, p.name, p.help);
  const chosen = new Set(p.ctx.values.list(p.name));
  return (
    <fieldset className={d.error ? 'field choices field--error' : 'field choices'} data-field={p.name}>
      <legend>
        {p.legend} <Tag ctx={p.ctx} required={p.required} />
      </legend>
      <Help id={d.id} help={p.help} />
      {p.choices.map((c, i) => {
        const id = i === 0 ? d.id : `${d.id}-${c.value}`;
        const ids = [d.describedBy, c.help ? `${id}-desc` : null].filter(Boolean).join(' ');
        return (
          <div className="choice" key={c.value}>
            <input
              id={id}
              type={p.type}
              name={p.name}
              value={c.value}
              defaultChecked={chosen.has(c.value)}
              aria-invalid={d.error ? true : undefined}
              aria-describedby={ids || undefined}
            />
            <label htmlFor={id}>
              {c.label}
              {c.help ? (
                <span className="choice__help" id={`${id}-desc`}>
                  {c.help}
                </span>
              ) : null}
            </label>
          </div>
        );
      })}
      <ErrorText id={d.id} error={d.error} />
    </fieldset>
  );
}

/**
 * A list of rows (reported parties, witnesses) in its own card, with its error above the rows. The
 * enhancement script (`rows.ts`) adds rows up to `max` and numbers each row's legend from `legend`
 * (a message with `{n}`).
 */
export function RowGroup(p: {
  ctx: FormCtx;
  name: string;
  title: string;
  help: string;
  legend: MessageKey;
  count: number;
  max: number;
  row: (index: number) => ReactNode;
}) {
  const { t } = p.ctx.i18n;
  const id = fieldId(p.name);
  const error = p.ctx.errors.get(p.name);
  return (
    <section
      className={error ? 'card field--error' : 'card'}
      id={id}
      tabIndex={-1}
      data-field={p.name}
      data-rows={p.name}
      data-max={p.max}
      data-legend={t(p.legend)}
    >
      <h2>{p.title}</h2>
      <p className="help">{p.help}</p>
      <ErrorText id={id} error={error} />
      {Array.from({ length: p.count }, (_, i) => (
        <fieldset className="row" data-row="" key={i}>
          <legend>{t(p.legend, { n: i + 1 })}</legend>
          {p.row(i)}
        </fieldset>
      ))}
    </section>
  );
}

/** The spam trap: hidden by CSS, named `website`; people are told to leave it empty. */
export function Honeypot({ ctx }: { ctx: FormCtx }) {
  return (
    <div className="hp" aria-hidden="true">
      <label htmlFor="f-website">{ctx.i18n.t('form.honeypot')}</label>
      <input id="f-website" type="text" name="website" autoComplete="off" tabIndex={-1} defaultValue="" />
    </div>
  );
}

/** The summary at the top of a rejected form, linking to each field with a problem. */
export function ErrorSummary(p: { ctx: FormCtx; labelOf: (name: string) => string; message: string | null }) {
  const entries = [...p.ctx.errors.entries()];
  if (entries.length === 0 && !p.message) return null;
  return (
    <div className="alert" role="alert" id="errors" tabIndex={-1}>
      {p.message ? <p className="alert__message">{p.message}</p> : null}
      {entries.length > 0 ? (
        <>
          <p className="alert__title">{p.ctx.i18n.t('form.errorSummary')}</p>
          <ul>
            {entries.map(([name, message]) => (
              <li key={name}>
                {name === '_form' ? (
                  message
                ) : (
                  <a href={`#${fieldId(name)}`}>
                    {p.labelOf(name)}: {message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
