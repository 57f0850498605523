import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { ApiError } from '../api';
import { useI18n } from '../i18n';

/** Shows a request error in the current language, chosen by its code. Focused so it is announced. */
export function ErrorAlert({ error, id }: { error: unknown; id?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const key: MessageKey = error instanceof ApiError ? `error.${error.code}` : 'error.INTERNAL';
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref} id={id}>
      {t(key)}
    </div>
  );
}
