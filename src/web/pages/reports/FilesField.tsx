import { useI18n } from '../../i18n';
import { FILE_ACCEPT, MAX_FILES } from './intake-state';
import { formatSize } from './labels';

/**
 * Evidence files: a multiple file input whose picks add to the list (so files can come from several
 * folders), each removable, and the upload's progress while sending.
 */
export function FilesField({
  files,
  error,
  progress,
  onChange,
}: {
  files: readonly File[];
  error: string | undefined;
  /** Percent sent, or null when not uploading. */
  progress: number | null;
  onChange: (files: File[]) => void;
}) {
  const { t, lang } = useI18n();
  const describedBy = ['intake-files-hint', error ? 'intake-files-error' : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor="intake-files">
        {t('intake.files')}
        <span className="field__req"> {t('common.optional')}</span>
      </label>
      <p className="field__hint" id="intake-files-hint">
        {t('intake.filesHint')}
      </p>
      <input
        id="intake-files"
        type="file"
        multiple
        accept={FILE_ACCEPT}
        disabled={progress !== null || files.length >= MAX_FILES}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const picked = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (picked.length) onChange([...files, ...picked]);
        }}
      />
      {error ? (
        <p className="field__error" id="intake-files-error">
          {error}
        </p>
      ) : null}
      {files.length > 0 ? (
        <>
          <p className="muted" role="status">
            {t('intake.filesChosen', { count: files.length })}
          </p>
          <ul className="files" data-testid="chosen-files">
            {files.map((file, i) => (
              <li key={`${i}-${file.name}-${file.size}`}>
                <span className="files__name">{file.name}</span>
                <span className="muted">{formatSize(file.size, lang)}</span>
                <button
                  type="button"
                  className="link-button"
                  disabled={progress !== null}
                  onClick={() => onChange(files.filter((_, j) => j !== i))}
                >
                  {t('intake.removeFile', { name: file.name })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {progress !== null ? (
        <div className="upload" role="status">
          <progress max={100} value={progress} aria-labelledby="intake-upload-label" />
          <span id="intake-upload-label">{t('intake.uploading', { percent: progress })}</span>
        </div>
      ) : null}
    </div>
  );
}
