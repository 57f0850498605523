import { describe, expect, it } from 'vitest';
import { filtersFromSearch, filtersToQuery, filtersToSearch } from './filters';

describe('case inbox filters in the address', () => {
  it('reads known values and drops unknown ones', () => {
    expect(
      filtersFromSearch(
        '?status=REGISTERED&kind=FINDING&category=CRIME&subjectType=CAMAT&act=MEDSOS&region=36.03.01&deadline=OVERDUE&open=false',
      ),
    ).toEqual({
      status: 'REGISTERED',
      kind: 'FINDING',
      category: 'CRIME',
      subjectType: 'CAMAT',
      act: 'MEDSOS',
      region: '36.03.01',
      deadline: 'OVERDUE',
      open: 'false',
    });
    expect(filtersFromSearch('?status=NOPE&kind=TIP&region=36-03&deadline=late&open=maybe')).toEqual({
      status: '',
      kind: '',
      category: '',
      subjectType: '',
      act: '',
      region: '',
      deadline: '',
      open: 'true',
    });
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    const clean = filtersFromSearch('');
    expect(filtersToSearch(clean)).toBe('');
    const some = { ...clean, deadline: 'DUE_SOON' as const, region: '36.03', open: 'false' as const };
    expect(filtersToSearch(some)).toBe('region=36.03&deadline=DUE_SOON&open=false');
    expect(filtersFromSearch(`?${filtersToSearch(some)}`)).toEqual(some);
  });

  it('sends the open flag always and leaves empty filters out of the query', () => {
    expect(filtersToQuery(filtersFromSearch('?category=ETHICS'))).toEqual({
      status: undefined,
      kind: undefined,
      category: 'ETHICS',
      subjectType: undefined,
      act: undefined,
      region: undefined,
      deadline: undefined,
      open: 'true',
    });
  });
});
