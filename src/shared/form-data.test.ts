import { describe, expect, it } from 'vitest';
import { fieldNameOf, nestFormFields } from './form-data';

describe('fieldNameOf: issue paths → form field names', () => {
  it.each([
    [['parties', 0, 'name'], 'parties[0].name'],
    [['parties', '1', 'subjectType'], 'parties[1].subjectType'],
    [['reporter', 'nik'], 'reporter.nik'],
    [['acts'], 'acts'],
    [['links', 3], 'links[3]'],
    [['witnesses', 0, 'contact'], 'witnesses[0].contact'],
    [['incident', 'areaQuery'], 'incident.areaQuery'],
    [[], ''],
  ] as const)('%j → %s', (path, name) => {
    expect(fieldNameOf(path)).toBe(name);
  });

  it('names the very fields nestFormFields reads back into the same place', () => {
    const names = [['reporter', 'name'], ['parties', 1, 'name'], ['acts']].map(fieldNameOf);
    expect(names).toEqual(['reporter.name', 'parties[1].name', 'acts']);
    const nested = nestFormFields(
      names.map((n) => [n, 'x'] as const),
      ['acts'],
    );
    expect(nested).toEqual({ reporter: { name: 'x' }, parties: [{ name: 'x' }], acts: ['x'] });
  });
});
