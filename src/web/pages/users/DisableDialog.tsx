import { useEffect, useRef, useState } from 'react';
import type { UserView } from '../../../shared/api/users';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

/** Modal confirmation (native <dialog>: focus trap and Escape for free). */
export function DisableDialog({ user, onClose }: { user: UserView | null; onClose: (done: boolean) => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (user && !dialog.open) {
      setFailure(null);
      dialog.showModal();
    } else if (!user && dialog.open) {
      dialog.close();
    }
  }, [user]);

  async function confirm() {
    if (!user) return;
    setBusy(true);
    setFailure(null);
    try {
      await api.postEmpty(`/api/users/${encodeURIComponent(user.id)}/disable`);
      onClose(true);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="disable-title" aria-describedby="disable-text" onClose={() => user && onClose(false)}>
      <h2 id="disable-title">{t('users.disableConfirmTitle')}</h2>
      <p id="disable-text">{user ? t('users.disableConfirmText', { name: user.displayName, username: user.username }) : null}</p>
      <ErrorAlert error={failure} />
      <div className="actions">
        <button type="button" className="button button--secondary" autoFocus onClick={() => onClose(false)}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm()}>
          {t('users.disable')}
        </button>
      </div>
    </dialog>
  );
}
