import { useCallback, useEffect, useRef, useState } from 'react';
import { formatInZone } from '../../../shared/i18n';
import { AbilityGate } from '../../components/AbilityGate';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { isSignInError, useSession } from '../../session';
import { loadTemplates, type Template } from './template-api';
import { TemplateEditor } from './TemplateEditor';
import './templates.css';

/** Templates are national: their changes are shown in Jakarta time (WIB). */
const ZONE = 'Asia/Jakarta';

/** Admin: the templates of the official documents, their versions, and an editor per kind. */
export function TemplatesPage() {
  const { t } = useI18n();
  return (
    <AbilityGate title={t('templates.title')} ability="templates.manage">
      {() => <Templates />}
    </AbilityGate>
  );
}

function Templates() {
  const { t, lang } = useI18n();
  const { refresh } = useSession();
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [editing, setEditing] = useState<Template['kind'] | null>(null);
  const editorHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    setFailure(null);
    try {
      setTemplates(await loadTemplates());
    } catch (err) {
      if (isSignInError(err)) void refresh();
      else setFailure(err);
    }
  }, [refresh]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (editing) editorHeading.current?.focus();
  }, [editing]);

  const current = templates?.find((x) => x.kind === editing) ?? null;
  const saved = (next: Template) => setTemplates((list) => list?.map((x) => (x.kind === next.kind ? next : x)) ?? null);

  return (
    <>
      <h1>{t('templates.title')}</h1>
      <p className="muted">{t('templates.intro')}</p>
      <section className="card" aria-labelledby="templates-heading">
        <h2 id="templates-heading" className="visually-hidden">
          {t('templates.tableLabel')}
        </h2>
        <ErrorAlert error={failure} />
        {!templates && !failure ? <p role="status">{t('common.loading')}</p> : null}
        {templates ? (
          <div className="table-wrap" role="region" aria-labelledby="templates-heading" tabIndex={0}>
            <table className="table" data-testid="templates">
              <thead>
                <tr>
                  <th scope="col">{t('templates.colKind')}</th>
                  <th scope="col">{t('templates.colVersion')}</th>
                  <th scope="col">{t('templates.colUpdated')}</th>
                  <th scope="col">{t('templates.colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {templates.map((x) => (
                  <tr key={x.kind} data-kind={x.kind}>
                    <th scope="row">
                      {t(`documentKind.${x.kind}`)}
                      <span className="sub muted">{x.title}</span>
                    </th>
                    <td className="template-version">
                      {x.version === 0 ? t('templates.builtInVersion', { version: 0 }) : x.version}
                    </td>
                    <td>{x.updatedAt ? formatInZone(x.updatedAt, ZONE, lang) : t('templates.builtIn')}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('templates.editLabel', { kind: t(`documentKind.${x.kind}`) })}
                        aria-pressed={editing === x.kind}
                        onClick={() => setEditing(x.kind)}
                      >
                        {t('templates.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      {current ? (
        <section className="card" aria-labelledby="editor-heading">
          <h2 id="editor-heading" tabIndex={-1} ref={editorHeading}>
            {t('templates.editorTitle', { kind: t(`documentKind.${current.kind}`) })}
          </h2>
          <TemplateEditor key={current.kind} template={current} onSaved={saved} onClose={() => setEditing(null)} />
        </section>
      ) : null}
    </>
  );
}
