import { useId, type FormEvent } from 'react';
import { CaseDocumentView, DocumentRequest, type CaseDetail } from '../../../shared/api/cases';
import { formatInZone } from '../../../shared/i18n';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { serverFieldErrors, useForm, validate, withErrors } from '../../forms';
import { useI18n } from '../../i18n';
import { formatDate, shortHash, zoneOf } from '../reports/labels';
import { bindControl } from './bind';
import { documentFileName } from './labels';

type DocumentView = CaseDetail['documents'][number];
const KINDS = DocumentRequest.shape.kind.options;

/** Makes an official document: the kind, and for an invitation who, when and where; for a letter, which forwarding. */
function DocumentForm({ detail, onCreated }: { detail: CaseDetail; onCreated: (doc: DocumentView) => void }) {
  const { t, lang } = useI18n();
  const uid = useId();
  const form = useForm({ kind: '', forwardingId: '', invitee: '', meetingAt: '', meetingPlace: '' });
  const { kind } = form.values;

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: (v) => {
        const invitation = v.kind === 'CLARIFICATION_INVITATION';
        const letter = v.kind === 'FORWARDING_LETTER';
        const body = {
          kind: v.kind || undefined,
          forwardingId: letter ? v.forwardingId || undefined : undefined,
          invitee: invitation ? v.invitee.trim() || undefined : undefined,
          meetingAt: invitation ? v.meetingAt.trim() || undefined : undefined,
          meetingPlace: invitation ? v.meetingPlace.trim() || undefined : undefined,
        };
        return withErrors(
          validate(DocumentRequest, body, t, { kind: 'cases.choose' }),
          letter && !v.forwardingId ? { forwardingId: t('document.chooseForwarding') } : {},
        );
      },
      send: async (data) => {
        const doc = await api.post(`/api/cases/${encodeURIComponent(detail.id)}/documents`, CaseDocumentView, data);
        form.reset();
        onCreated(doc);
      },
      fail: (err) => serverFieldErrors(err, t),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy} className="form-grid document-form">
      <h3>{t('document.createTitle')}</h3>
      <ErrorAlert error={form.failure} />
      <SelectField
        id={`${uid}-kind`}
        label={t('document.kind')}
        placeholder={t('transition.choose')}
        required
        options={KINDS.map((k) => ({ value: k, label: t(`documentKind.${k}`) }))}
        {...bindControl(form, 'kind')}
      />
      {kind === 'CLARIFICATION_INVITATION' ? (
        <div className="row__grid">
          <Field id={`${uid}-invitee`} label={t('document.invitee')} {...form.field('invitee')} />
          <Field
            id={`${uid}-meeting-at`}
            label={t('document.meetingAt')}
            hint={t('document.meetingAtHint')}
            {...form.field('meetingAt')}
          />
          <Field id={`${uid}-meeting-place`} label={t('document.meetingPlace')} {...form.field('meetingPlace')} />
        </div>
      ) : null}
      {kind === 'FORWARDING_LETTER' ? (
        <SelectField
          id={`${uid}-forwarding`}
          label={t('document.forwarding')}
          placeholder={t('transition.choose')}
          required
          options={detail.forwardings.map((f) => ({
            value: f.id,
            label: `${t(`body.${f.body}`)}: ${f.partyName} · ${f.letterNumber} (${formatDate(f.letterDate, lang)})`,
          }))}
          {...bindControl(form, 'forwardingId')}
        />
      ) : null}
      <div className="form-grid__actions">
        <SubmitButton busy={form.busy}>{t('document.submit')}</SubmitButton>
      </div>
    </form>
  );
}

/** The case's official documents (PDF downloads) and, with `can.documents`, the form to make one. */
export function CaseDocuments({ detail, onCreated }: { detail: CaseDetail; onCreated: (doc: DocumentView) => void }) {
  const { t, lang } = useI18n();
  const zone = zoneOf(detail.timeZone);
  return (
    <section className="card" aria-labelledby="case-documents-heading">
      <h2 id="case-documents-heading">{t('document.title')}</h2>
      {detail.documents.length === 0 ? (
        <p className="muted">{t('document.none')}</p>
      ) : (
        <ul className="evidence" data-testid="case-documents">
          {detail.documents.map((d) => (
            <li key={d.id}>
              <a
                href={`/api/cases/${encodeURIComponent(detail.id)}/documents/${encodeURIComponent(d.id)}`}
                download={documentFileName(d.number)}
                aria-label={t('document.download', { kind: t(`documentKind.${d.kind}`), number: d.number })}
                className="evidence__name"
              >
                {t(`documentKind.${d.kind}`)} · {d.number}
              </a>
              <span className="evidence__meta muted">
                <span>{t('document.createdAt', { at: formatInZone(d.createdAt, zone, lang) })}</span>
                <span title={d.sha256}>
                  SHA-256 <code>{shortHash(d.sha256)}</code>
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {detail.can.documents ? <DocumentForm detail={detail} onCreated={onCreated} /> : null}
    </section>
  );
}
