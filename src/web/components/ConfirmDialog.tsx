import { useId, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { ErrorAlert } from './ErrorAlert';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: ReactNode;
  confirmLabel: string;
  /** The confirm button's label while `onConfirm` runs (default: `confirmLabel`). */
  busyLabel?: string;
  /** Red confirm button, for actions that take something away. */
  danger?: boolean;
  /** Fields between the text and the buttons; without them Cancel takes the focus. */
  children?: ReactNode;
  /** Runs first on confirmation; false keeps the dialog open without `onConfirm` (the fields say why). */
  validate?: () => boolean;
  /** Runs on confirmation; a throw is shown in the dialog, which stays open. */
  onConfirm: () => Promise<void>;
  /** Cancel, Escape. */
  onCancel: () => void;
}

/** Modal confirmation (native <dialog>: focus trap, Escape, focus back to the opener for free). */
export function ConfirmDialog({
  open,
  title,
  text,
  confirmLabel,
  busyLabel = confirmLabel,
  danger = false,
  children,
  validate,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // A layout effect: the dialog closes (and gives the focus back) before anything that opens
  // because of the confirmation takes the focus in its own effect.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setFailure(null);
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  async function confirm(e: FormEvent) {
    e.preventDefault();
    if (validate && !validate()) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => open && onCancel()}
    >
      <form onSubmit={(e) => void confirm(e)} noValidate aria-busy={busy}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-text`}>{text}</p>
        <ErrorAlert error={failure} />
        {children}
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            autoFocus={children === undefined}
            onClick={onCancel}
          >
            {t('common.cancel')}
          </button>
          <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={busy}>
            {busy ? busyLabel : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
