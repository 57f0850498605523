import { useId, useLayoutEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { TextAreaField } from './TextAreaField';

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
 * `ConfirmDialog` for actions that need a stated reason (e.g. revealing a reporter's identity): its
 * body is one required textarea with its error.
 */
export function ReasonDialog({ open, label, hint, check, onConfirm, ...dialog }: ReasonDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  // Each opening starts with an empty box.
  useLayoutEffect(() => {
    if (!open) return;
    setReason('');
    setError(undefined);
  }, [open]);

  return (
    <ConfirmDialog
      {...dialog}
      open={open}
      busyLabel={t('login.working')}
      validate={() => {
        const problem = check(reason);
        setError(problem);
        return !problem;
      }}
      onConfirm={() => onConfirm(reason.trim())}
    >
      <TextAreaField
        id={`${id}-reason`}
        label={label}
        hint={hint}
        error={error}
        required
        rows={3}
        autoFocus
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setError(undefined);
        }}
      />
    </ConfirmDialog>
  );
}
