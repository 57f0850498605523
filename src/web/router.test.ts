import { describe, expect, it } from 'vitest';
import { matchPath } from './router';

describe('matchPath', () => {
  it('matches exact segments and captures parameters', () => {
    expect(matchPath('/kotak-masuk', '/kotak-masuk')).toEqual({});
    expect(matchPath('/laporan/:id', '/laporan/0b4c-1')).toEqual({ id: '0b4c-1' });
    expect(matchPath('/laporan/:id', '/laporan/a%20b/')).toEqual({ id: 'a b' });
  });

  it('refuses other shapes', () => {
    expect(matchPath('/laporan/:id', '/laporan')).toBeNull();
    expect(matchPath('/laporan/:id', '/laporan/1/bukti')).toBeNull();
    expect(matchPath('/laporan/:id', '/temuan/1')).toBeNull();
    expect(matchPath('/laporan/:id', '/laporan/%E0%A4%A')).toBeNull();
  });
});
