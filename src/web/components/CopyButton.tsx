import { useState } from 'react';
import { useI18n } from '../i18n';

/** Copies `text` to the clipboard and says so (politely, for screen readers). */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      setCopied(false); // clipboard blocked: the text stays visible to copy by hand
    }
  }
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void copy()} aria-label={label}>
        {copied ? t('common.copied') : t('common.copy')}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('common.copied') : ''}
      </span>
    </>
  );
}
