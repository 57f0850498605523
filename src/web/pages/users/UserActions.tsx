import { ResetCredentialsResponse, UserView } from '../../../shared/api/users';
import type { MessageKey } from '../../../shared/i18n';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n';

/** What an admin may do to another officer's account, each after a confirmation. */
export type UserAction = 'disable' | 'enable' | 'reset';

export interface PendingAction {
  action: UserAction;
  user: UserView;
}

export type ActionResult =
  { action: 'disable' | 'enable'; user: UserView } | { action: 'reset'; user: UserView; oneTimePassword: string };

interface ActionCopy {
  /** Button text; `label` is its accessible name, with the username. */
  button: MessageKey;
  label: MessageKey;
  title: MessageKey;
  /** Dialog text with `{name}` and `{username}`. */
  text: MessageKey;
  /** The row button's look; the dialog's confirm button is red unless this is `button`. */
  style: 'button' | 'button button--secondary' | 'button button--danger';
  /** Whether the action applies to this user at all. */
  applies: (user: UserView) => boolean;
}

const ACTIONS: Record<UserAction, ActionCopy> = {
  enable: {
    button: 'users.enable',
    label: 'users.enableLabel',
    title: 'users.enableConfirmTitle',
    text: 'users.enableConfirmText',
    style: 'button',
    applies: (u) => u.disabled,
  },
  reset: {
    button: 'users.reset',
    label: 'users.resetLabel',
    title: 'users.resetConfirmTitle',
    text: 'users.resetConfirmText',
    style: 'button button--secondary',
    applies: () => true,
  },
  disable: {
    button: 'users.disable',
    label: 'users.disableLabel',
    title: 'users.disableConfirmTitle',
    text: 'users.disableConfirmText',
    style: 'button button--danger',
    applies: (u) => !u.disabled,
  },
};

const ORDER: readonly UserAction[] = ['enable', 'reset', 'disable'];

async function perform({ action, user }: PendingAction): Promise<ActionResult> {
  const base = `/api/users/${encodeURIComponent(user.id)}`;
  switch (action) {
    case 'disable':
      return { action, user: await api.post(`${base}/disable`, UserView) };
    case 'enable':
      return { action, user: await api.post(`${base}/enable`, UserView) };
    case 'reset':
      return { action, ...(await api.post(`${base}/reset-credentials`, ResetCredentialsResponse)) };
  }
}

/** The action buttons of one row of the users table. */
export function UserRowActions({ user, onPick }: { user: UserView; onPick: (pending: PendingAction) => void }) {
  const { t } = useI18n();
  return (
    <div className="row-actions">
      {ORDER.filter((action) => ACTIONS[action].applies(user)).map((action) => (
        <button
          key={action}
          type="button"
          className={`${ACTIONS[action].style} button--small`}
          aria-label={t(ACTIONS[action].label, { username: user.username })}
          onClick={() => onPick({ action, user })}
        >
          {t(ACTIONS[action].button)}
        </button>
      ))}
    </div>
  );
}

/** Confirms the picked action, runs it, and reports the result (`pending` null: closed). */
export function UserActionDialog({
  pending,
  onCancel,
  onDone,
}: {
  pending: PendingAction | null;
  onCancel: () => void;
  onDone: (result: ActionResult) => void;
}) {
  const { t } = useI18n();
  const copy = pending ? ACTIONS[pending.action] : null;
  return (
    <ConfirmDialog
      open={pending !== null}
      title={copy ? t(copy.title) : ''}
      text={pending && copy ? t(copy.text, { name: pending.user.displayName, username: pending.user.username }) : null}
      confirmLabel={copy ? t(copy.button) : ''}
      danger={copy !== null && copy.style !== 'button'}
      onConfirm={async () => {
        if (pending) onDone(await perform(pending));
      }}
      onCancel={onCancel}
    />
  );
}
