import { useId, type FormEvent } from 'react';
import {
  CaseDetail,
  GakkumduDiscussionRequest,
  GakkumduOpenRequest,
  GakkumduStepRequest,
} from '../../../shared/api/cases';
import { CRIMINAL_ARTICLES, DEADLINE_CODES } from '../../../shared/cases';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { serverFieldErrors, useForm, validate } from '../../forms';
import { useI18n } from '../../i18n';
import { bindControl } from './bind';

interface FormProps {
  detail: CaseDetail;
  onDone: (next: CaseDetail, what: string) => void;
}

const DISCUSSION_STAGES = GakkumduDiscussionRequest.shape.stage.options;
const CONCLUSIONS = GakkumduDiscussionRequest.shape.conclusion.options;
const STEP_STAGES = GakkumduStepRequest.shape.stage.options;

const path = (detail: CaseDetail, tail = '') => `/api/cases/${encodeURIComponent(detail.id)}/gakkumdu${tail}`;

/** Shares the case with the office's Sentra Gakkumdu, with the article considered. */
export function GakkumduOpenForm({ detail, onDone }: FormProps) {
  const { t } = useI18n();
  const uid = useId();
  const form = useForm({ article: '', note: '' });

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: (v) =>
        validate(GakkumduOpenRequest, { article: v.article || undefined, note: v.note }, t, {
          article: 'cases.choose',
        }),
      send: async (data) => {
        onDone(await api.post(path(detail), CaseDetail, data), t('gakkumdu.open'));
        form.reset();
      },
      fail: (err) => serverFieldErrors(err, t),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy} className="form-grid">
      <p className="muted">{t('gakkumdu.openText')}</p>
      <ErrorAlert error={form.failure} />
      <SelectField
        id={`${uid}-article`}
        label={t('gakkumdu.article')}
        placeholder={t('transition.choose')}
        required
        options={CRIMINAL_ARTICLES.map((a) => ({ value: a, label: t(`article.${a}`) }))}
        {...bindControl(form, 'article')}
      />
      <TextAreaField
        id={`${uid}-note`}
        label={t('gakkumdu.note')}
        hint={t('transition.noteHint')}
        required
        rows={3}
        {...bindControl(form, 'note')}
      />
      <div className="form-grid__actions">
        <SubmitButton busy={form.busy}>{t('gakkumdu.open')}</SubmitButton>
      </div>
    </form>
  );
}

/** Records a discussion of the centre: which one, when, the article, the conclusion and the minutes. */
export function DiscussionForm({ detail, onDone }: FormProps) {
  const { t } = useI18n();
  const uid = useId();
  const form = useForm({
    stage: '',
    heldOn: '',
    article: detail.gakkumdu?.article ?? '',
    conclusion: '',
    minutes: '',
  });

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: (v) =>
        validate(
          GakkumduDiscussionRequest,
          {
            stage: v.stage || undefined,
            heldOn: v.heldOn,
            article: v.article || undefined,
            conclusion: v.conclusion || undefined,
            minutes: v.minutes,
          },
          t,
          { stage: 'cases.choose', article: 'cases.choose', conclusion: 'cases.choose' },
        ),
      send: async (data) => {
        onDone(await api.post(path(detail, '/discussions'), CaseDetail, data), t('gakkumdu.addDiscussion'));
        form.reset();
      },
      fail: (err) => serverFieldErrors(err, t),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy} className="form-grid">
      <h3>{t('gakkumdu.addDiscussion')}</h3>
      <ErrorAlert error={form.failure} />
      <div className="row__grid">
        <SelectField
          id={`${uid}-stage`}
          label={t('gakkumdu.discussionStage')}
          placeholder={t('transition.choose')}
          required
          options={DISCUSSION_STAGES.map((s) => ({ value: s, label: t(`gakkumduStage.${s}`) }))}
          {...bindControl(form, 'stage')}
        />
        <Field id={`${uid}-held-on`} label={t('gakkumdu.heldOn')} type="date" required {...form.field('heldOn')} />
        <SelectField
          id={`${uid}-article`}
          label={t('gakkumdu.article')}
          placeholder={t('transition.choose')}
          required
          options={CRIMINAL_ARTICLES.map((a) => ({ value: a, label: t(`article.${a}`) }))}
          {...bindControl(form, 'article')}
        />
        <SelectField
          id={`${uid}-conclusion`}
          label={t('gakkumdu.conclusion')}
          placeholder={t('transition.choose')}
          required
          options={CONCLUSIONS.map((c) => ({ value: c, label: t(`gakkumduConclusion.${c}`) }))}
          {...bindControl(form, 'conclusion')}
        />
      </div>
      <TextAreaField
        id={`${uid}-minutes`}
        label={t('gakkumdu.minutes')}
        hint={t('gakkumdu.minutesHint')}
        required
        rows={5}
        {...bindControl(form, 'minutes')}
      />
      <div className="form-grid__actions">
        <SubmitButton busy={form.busy}>{t('gakkumdu.addDiscussion')}</SubmitButton>
      </div>
    </form>
  );
}

/** Moves the criminal track to its next stage and starts that step's deadline. */
export function StepForm({ detail, onDone }: FormProps) {
  const { t } = useI18n();
  const uid = useId();
  const form = useForm({ stage: '', step: '', startedOn: '', note: '' });

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: (v) =>
        validate(
          GakkumduStepRequest,
          {
            stage: v.stage || undefined,
            step: v.step || undefined,
            startedOn: v.startedOn,
            note: v.note.trim() || undefined,
          },
          t,
          { stage: 'cases.choose', step: 'cases.choose' },
        ),
      send: async (data) => {
        onDone(await api.post(path(detail, '/steps'), CaseDetail, data), t('gakkumdu.addStep'));
        form.reset();
      },
      fail: (err) => serverFieldErrors(err, t),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy} className="form-grid">
      <h3>{t('gakkumdu.addStep')}</h3>
      <ErrorAlert error={form.failure} />
      <div className="row__grid">
        <SelectField
          id={`${uid}-stage`}
          label={t('gakkumdu.stepStage')}
          placeholder={t('transition.choose')}
          required
          options={STEP_STAGES.map((s) => ({ value: s, label: t(`gakkumduStage.${s}`) }))}
          {...bindControl(form, 'stage')}
        />
        <SelectField
          id={`${uid}-step`}
          label={t('gakkumdu.step')}
          placeholder={t('gakkumdu.stepDefault')}
          options={DEADLINE_CODES.map((c) => ({ value: c, label: t(`deadlineCode.${c}`) }))}
          {...bindControl(form, 'step')}
        />
        <Field
          id={`${uid}-started-on`}
          label={t('gakkumdu.startedOn')}
          type="date"
          required
          {...form.field('startedOn')}
        />
      </div>
      <TextAreaField id={`${uid}-note`} label={t('gakkumdu.note')} optional rows={3} {...bindControl(form, 'note')} />
      <div className="form-grid__actions">
        <SubmitButton busy={form.busy}>{t('gakkumdu.addStep')}</SubmitButton>
      </div>
    </form>
  );
}
