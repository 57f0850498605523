import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TemplateUpdate } from '../../../shared/api/cases';
import { ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm, validate, without } from '../../forms';
import { useI18n } from '../../i18n';
import { bindControl } from '../cases/bind';
import { insertAt, templateFieldErrors } from './editing';
import { saveTemplate, type Template } from './template-api';

type TemplateField = 'title' | 'body';

const fieldId = (field: TemplateField) => `template-${field}`;

function textArea(field: TemplateField): HTMLTextAreaElement | null {
  const el = document.getElementById(fieldId(field));
  return el instanceof HTMLTextAreaElement ? el : null;
}

/**
 * Edits one kind's template: title and body, the kind's placeholders as chips that insert
 * `{{name}}` at the cursor of the field last focused, and saving a new version (PUT).
 */
export function TemplateEditor({
  template,
  onSaved,
  onClose,
}: {
  template: Template;
  onSaved: (saved: Template) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const form = useForm<TemplateField>({ title: template.title, body: template.body });
  const [target, setTarget] = useState<TemplateField>('body');
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  /** Where to put the caret once an insertion is rendered. */
  const caret = useRef<{ field: TemplateField; at: number } | null>(null);
  const kind = t(`documentKind.${template.kind}`);

  useEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const el = textArea(pending.field);
    el?.focus();
    el?.setSelectionRange(pending.at, pending.at);
  }, [form.values]);

  function insert(name: string) {
    const value = form.values[target];
    const el = textArea(target);
    const next = insertAt(value, el?.selectionStart ?? value.length, el?.selectionEnd ?? value.length, `{{${name}}}`);
    caret.current = { field: target, at: next.caret };
    form.set(target, next.value);
    form.setErrors(without(target));
  }

  function submit(e: FormEvent) {
    setSavedVersion(null);
    void form.submit(e, {
      check: (values) => validate(TemplateUpdate, values, t),
      send: async (data) => {
        const saved = await saveTemplate(template.kind, data);
        setSavedVersion(saved.version);
        onSaved(saved);
      },
      fail: (err) => templateFieldErrors(err, t),
    });
  }

  const conflict = form.failure instanceof ApiError && form.failure.code === 'CONFLICT';
  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy} className="template-editor">
      <p className="muted">
        {t('templates.current', { version: template.version })} {t('templates.versionNote')}
      </p>
      {conflict ? (
        <div className="alert alert--error" role="alert">
          {t('templates.conflict')}
        </div>
      ) : (
        <ErrorAlert error={form.failure} />
      )}
      <TextAreaField
        id={fieldId('title')}
        label={t('templates.fieldTitle')}
        required
        rows={2}
        onFocus={() => setTarget('title')}
        {...bindControl(form, 'title')}
      />
      <TextAreaField
        id={fieldId('body')}
        label={t('templates.fieldBody')}
        hint={t('templates.bodyHint')}
        required
        rows={18}
        spellCheck={false}
        className="template-body"
        onFocus={() => setTarget('body')}
        {...bindControl(form, 'body')}
      />
      <div className="placeholders" role="group" aria-labelledby="placeholders-heading">
        <h3 id="placeholders-heading">{t('templates.placeholders')}</h3>
        <p className="field__hint">{t('templates.placeholdersHelp')}</p>
        <ul className="chips">
          {template.placeholders.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="chip"
                aria-label={t('templates.insertLabel', { name: `{{${name}}}` })}
                // Keeps the focus (and the selection) in the text area while clicking.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insert(name)}
              >
                <code>{`{{${name}}}`}</code>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {savedVersion !== null ? (
        <p className="notice" role="status" data-testid="template-saved">
          {t('templates.saved', { kind, version: savedVersion })}
        </p>
      ) : null}
      <div className="actions">
        <SubmitButton busy={form.busy}>{t('templates.save')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('templates.close')}
        </button>
      </div>
    </form>
  );
}
