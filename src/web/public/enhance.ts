import './public.css';
import { ReportSubmission, TipSubmission } from '../../shared/api/reports';
import { messagesOf } from './messages';
import { enhanceRegion } from './region-search';
import { enhanceRows } from './rows';
import { enhanceUpload } from './upload';
import { liveValidation } from './validate';

/**
 * Progressive enhancement of the public pages (/lapor, /informasi), loaded as a module: the pages
 * work without it. Plain DOM, no framework: live validation with the shared schemas, a region
 * search down to the village, rows added and removed, and uploads with a progress bar.
 */

const FORMS = {
  report: {
    schema: ReportSubmission,
    arrays: ['acts'],
    groups: { reporter: () => ({}), incident: () => ({}), parties: () => [] },
    api: '/api/public/reports',
    receipt: '/lapor/terima',
  },
  tip: { schema: TipSubmission, arrays: [], groups: {}, api: '/api/public/tips', receipt: '/informasi/terima' },
} as const;

function enhance(form: HTMLFormElement): void {
  const kind = form.dataset.enhance;
  if (kind !== 'report' && kind !== 'tip') return;
  const spec = FORMS[kind];
  const { lang, say } = messagesOf(form);
  for (const block of form.querySelectorAll<HTMLElement>('[data-region]')) enhanceRegion(block, say);
  for (const section of form.querySelectorAll<HTMLElement>('[data-rows]')) enhanceRows(section, say);
  const live = liveValidation(form, spec.schema, spec.arrays, spec.groups, say, lang);
  enhanceUpload(form, { api: spec.api, receipt: spec.receipt }, live, say, lang);
  form.classList.add('is-enhanced');
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-enhance]')) enhance(form);
// A form that came back with errors: bring the summary into view and to the screen reader.
document.getElementById('errors')?.focus();
