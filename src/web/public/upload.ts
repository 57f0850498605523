import { ErrorEnvelope } from '../../shared/api/common';
import { SubmissionReceipt } from '../../shared/api/reports';
import { clearSummary, knownFields, localize, showSummary } from './dom';
import type { Say } from './messages';
import { errorsOf, type IssueLike, type LiveValidation } from './validate';

/**
 * Sends the form with XMLHttpRequest (for `upload.onprogress`) to the JSON API, the same fields and
 * files as the plain form. On success the receipt page is opened by POSTing the code (never in the
 * URL); on refusal the messages go next to the fields, and the chosen files stay chosen.
 */
export interface UploadTarget {
  api: string;
  /** POST `code` here to see the receipt page. */
  receipt: string;
}

function openReceipt(path: string, code: string): void {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = path;
  form.hidden = true;
  const input = document.createElement('input');
  input.type = 'hidden';
  input.name = 'code';
  input.value = code;
  form.append(input);
  document.body.append(form);
  form.submit();
}

function retryMinutes(details: unknown): number {
  const s = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof s === 'number' && s > 0 ? Math.ceil(s / 60) : 1;
}

export function enhanceUpload(
  form: HTMLFormElement,
  target: UploadTarget,
  live: LiveValidation,
  say: Say,
  lang: string,
): void {
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
  const box = form.querySelector<HTMLElement>('[data-progress]');
  const bar = document.createElement('progress');
  bar.max = 100;
  bar.value = 0;
  const text = document.createElement('span');
  text.setAttribute('aria-live', 'polite');
  box?.append(bar, text);
  let busy = false;

  const progress = (percent: number | null) => {
    if (!box) return;
    box.hidden = percent === null;
    if (percent === null) return;
    bar.value = percent;
    text.textContent = say('js.uploading', { percent });
  };

  function refuse(status: number, body: unknown) {
    const parsed = ErrorEnvelope.safeParse(body);
    if (!parsed.success) {
      showSummary(form, say('form.errorSummary'), new Map(), say('error.generic'));
      return;
    }
    const { code, message, details } = parsed.data.error;
    const errors = new Map<string, string>();
    let top: string | null = null;
    if (code === 'VALIDATION_FAILED') {
      const issues = (details as { issues?: IssueLike[] } | undefined)?.issues ?? [];
      for (const [k, v] of errorsOf(form, issues, say, lang)) errors.set(k, v);
      if (errors.size === 0) top = localize(message, lang);
    } else if (code === 'RATE_LIMITED') {
      top = say('error.retry', { minutes: retryMinutes(details) });
    } else {
      top = localize(message, lang);
      const field = (details as { field?: unknown } | undefined)?.field;
      const name = typeof field === 'string' && knownFields(form).has(field) ? field : null;
      if (name) errors.set(name, top);
      else if (status === 413 || status === 415) errors.set('files', top);
    }
    live.show(errors);
    showSummary(form, say('form.errorSummary'), errors, top);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (busy) return;
    const errors = live.check(true);
    if (errors.size > 0) {
      showSummary(form, say('form.errorSummary'), errors, null);
      return;
    }
    clearSummary();
    busy = true;
    if (button) button.disabled = true;
    progress(0);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', target.api);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) progress(Math.round((ev.loaded / ev.total) * 100));
    };
    const done = () => {
      busy = false;
      if (button) button.disabled = false;
      progress(null);
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        const receipt = SubmissionReceipt.safeParse(xhr.response);
        if (receipt.success) {
          progress(100);
          openReceipt(target.receipt, receipt.data.trackingCode);
          return;
        }
      }
      done();
      refuse(xhr.status, xhr.response);
    };
    xhr.onerror = () => {
      done();
      showSummary(form, say('form.errorSummary'), new Map(), say('js.network'));
    };
    xhr.send(new FormData(form));
  });
}
