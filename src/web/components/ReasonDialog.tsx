import { useId, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { ErrorAlert } from './ErrorAlert';

interface ReasonDialogProps {
  open: boolean;
  title: string;
  text: ReactNode;
  /** Label and hint of the reason box. */
  label: string;
  hint: string;
  confirmLabel: string;
  /** Checks the reason; a message refuses it (shown under the box). */
  check: (reason: string) => string | undefined;
  /** Runs with the checked reason; a throw is shown in the dialog, which stays open. */
  onConfirm: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * `ConfirmDialog` for actions that need a stated reason (e.g. revealing a reporter's identity): a
 * modal native <dialog> with one textarea, its error, and the request's failure.
 */
export function ReasonDialog({
  open,
  title,
  text,
  label,
  hint,
  confirmLabel,
  check,
  onConfirm,
  onCancel,
}: ReasonDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setReason('');
      setError(undefined);
      setFailure(null);
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = check(reason);
    setError(problem);
    if (problem) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm(reason.trim());
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const field = `${id}-reason`;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => open && onCancel()}
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-text`}>{text}</p>
        <ErrorAlert error={failure} />
        <div className={error ? 'field field--error' : 'field'}>
          <label htmlFor={field}>
            {label}
            <span className="field__req"> {t('common.required')}</span>
          </label>
          <p className="field__hint" id={`${field}-hint`}>
            {hint}
          </p>
          <textarea
            id={field}
            rows={3}
            value={reason}
            autoFocus
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${field}-hint ${field}-error` : `${field}-hint`}
            onChange={(e) => {
              setReason(e.target.value);
              setError(undefined);
            }}
          />
          {error ? (
            <p className="field__error" id={`${field}-error`}>
              {error}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('login.working') : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
