import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/** A form's submit button: disabled and saying so while the request runs. */
export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <button type="submit" className="button" disabled={busy}>
      {busy ? t('login.working') : children}
    </button>
  );
}
