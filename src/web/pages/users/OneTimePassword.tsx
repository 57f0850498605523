import { CopyButton } from '../../components/CopyButton';
import { useI18n } from '../../i18n';
import { useStepHeading } from '../login/useStepHeading';

/**
 * A new one-time password, shown once (after creating an account or resetting its credentials),
 * with a copy button. Its heading takes the focus so screen readers announce it.
 */
export function OneTimePassword({
  title,
  help,
  password,
  onDone,
}: {
  title: string;
  help: string;
  password: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const heading = useStepHeading<HTMLHeadingElement>(true);
  return (
    <div className="notice" data-testid="one-time-password">
      <h3 tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <p>{help}</p>
      <p className="otp">
        <span className="visually-hidden">{t('users.otpTitle')}: </span>
        <code>{password}</code>
      </p>
      <div className="actions">
        <CopyButton text={password} label={`${t('common.copy')}: ${t('users.otpTitle')}`} />
        <button type="button" className="button" onClick={onDone}>
          {t('users.otpDone')}
        </button>
      </div>
    </div>
  );
}
