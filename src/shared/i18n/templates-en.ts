import type { templatesId } from './templates-id';

/** The document templates admin page in English; the same keys as `templatesId`. */
export const templatesEn: Record<keyof typeof templatesId, string> = {
  'nav.templates': 'Document templates',
  'templates.title': 'Document templates',
  'templates.intro':
    'The text of the official documents Netra issues. Templates apply nationwide; change times are shown in WIB.',
  'templates.tableLabel': 'Document templates',
  'templates.colKind': 'Kind of document',
  'templates.colVersion': 'Version',
  'templates.colUpdated': 'Last changed',
  'templates.colActions': 'Actions',
  'templates.builtIn': 'Built-in',
  'templates.builtInVersion': '{version} (built-in)',
  'templates.edit': 'Edit',
  'templates.editLabel': 'Edit the {kind} template',
  'templates.editorTitle': 'Edit template: {kind}',
  'templates.current': 'Version in force: {version}.',
  'templates.versionNote':
    'Version 0 is the built-in Netra template. Every save makes a new version; documents already issued keep the version they were issued with.',
  'templates.fieldTitle': 'Title',
  'templates.fieldBody': 'Body',
  'templates.bodyHint': 'The letterhead, number, date and signature are added around this body automatically.',
  'templates.placeholders': 'Available placeholders',
  'templates.placeholdersHelp': 'Click a placeholder to insert it at the cursor in the title or the body.',
  'templates.insertLabel': 'Insert {name}',
  'templates.save': 'Save a new version',
  'templates.close': 'Close',
  'templates.saved': 'The {kind} template was saved as version {version}.',
  'templates.unknownPlaceholder': 'Unknown placeholders: {names}. Use placeholders from the list.',
  'templates.conflict': 'Someone else just changed this template. Reload the page and try again.',
};
