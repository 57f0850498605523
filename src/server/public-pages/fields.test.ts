import { describe, expect, it } from 'vitest';
import { fieldErrors, fieldForIssue, fieldId, issuesOf } from './fields';
import { pageI18n } from './i18n';

describe('issue paths → form fields', () => {
  it('gives each field a stable element id', () => {
    expect(fieldId('parties[0].name')).toBe('f-parties-0-name');
    expect(fieldId('reporter.nik')).toBe('f-reporter-nik');
    expect(fieldId('knownOn')).toBe('f-knownOn');
  });

  it('places an issue on the nearest field the form has', () => {
    const known = new Set(['links', 'parties', 'parties[0].name', 'reporter.nik']);
    expect(fieldForIssue(['links', 4], known)).toBe('links');
    expect(fieldForIssue(['parties', 0, 'name'], known)).toBe('parties[0].name');
    expect(fieldForIssue(['parties', 5, 'name'], known)).toBe('parties');
    expect(fieldForIssue(['electionId'], known)).toBe('_form');
  });

  it('keeps the first message per field, in the page language, by issue code', () => {
    const known = new Set(['reporter.nik', 'reporter.name', 'reporter.type', 'acts']);
    const issues = issuesOf({
      in: 'body',
      issues: [
        { path: ['reporter', 'nik'], code: 'invalid_format', message: 'NIK terdiri atas 16 angka / NIK is 16 digits' },
        { path: ['reporter', 'nik'], code: 'custom', message: 'second / second' },
        { path: ['reporter', 'name'], code: 'invalid_type', message: 'Invalid input: expected string' },
        { path: ['reporter', 'type'], code: 'invalid_value', message: 'Invalid option' },
        { path: ['acts'], code: 'too_big', message: 'Too big: expected array to have <=14 items' },
        { bogus: true },
      ],
    });
    expect(issues).toHaveLength(5);
    const id = fieldErrors(issues, known, pageI18n('id'));
    expect([...id.entries()]).toEqual([
      ['reporter.nik', 'NIK terdiri atas 16 angka'],
      ['reporter.name', 'Wajib diisi.'],
      ['reporter.type', 'Pilih salah satu.'],
      ['acts', 'Isian tidak valid.'],
    ]);
    expect(fieldErrors(issues, known, pageI18n('en')).get('reporter.nik')).toBe('NIK is 16 digits');
  });

  it('reads no issues from malformed details', () => {
    expect(issuesOf(undefined)).toEqual([]);
    expect(issuesOf({ issues: 'x' })).toEqual([]);
  });
});
