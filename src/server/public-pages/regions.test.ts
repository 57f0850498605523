import { describe, expect, it } from 'vitest';
import { areaIssue } from './prepare';
import { decideArea, type AreaCandidate } from './regions';

const district = (code: string, name: string): AreaCandidate => ({ code, name, level: 'district', districtName: null });
const village = (code: string, name: string, districtName = 'CISAUK'): AreaCandidate => ({
  code,
  name,
  level: 'village',
  districtName,
});

describe('resolving a typed district/village name inside the regency', () => {
  it('gives nothing for no match', () => {
    expect(decideArea('atlantis', [])).toEqual({ kind: 'none' });
  });

  it('takes the one match', () => {
    expect(decideArea('suradi', [village('36.03.05.2001', 'SURADITA')])).toEqual({
      kind: 'resolved',
      code: '36.03.05.2001',
    });
  });

  it('takes the one place named exactly so among several matches', () => {
    const matches = [village('36.03.05.2001', 'SURADITA'), village('36.03.05.2002', 'SURADITA BARU')];
    expect(decideArea('Suradita', matches)).toEqual({ kind: 'resolved', code: '36.03.05.2001' });
  });

  it('lets a prefix pick the level when a district and a village share the name', () => {
    const matches = [district('36.03.05', 'CISAUK'), village('36.03.05.2003', 'CISAUK')];
    expect(decideArea('Kec. Cisauk', matches)).toEqual({ kind: 'resolved', code: '36.03.05' });
    expect(decideArea('Desa Cisauk', matches)).toEqual({ kind: 'resolved', code: '36.03.05.2003' });
  });

  it('asks the reporter to choose when the name stays ambiguous, listing at most 10, exact ones first', () => {
    const matches = [
      village('36.03.01.2001', 'SUKAMAJU JAYA'),
      ...Array.from({ length: 12 }, (_, i) => village(`36.03.${String(i + 2).padStart(2, '0')}.2001`, 'SUKAMAJU')),
    ];
    const decision = decideArea('sukamaju', matches);
    expect(decision.kind).toBe('several');
    if (decision.kind !== 'several') return;
    expect(decision.candidates).toHaveLength(10);
    expect(decision.candidates.every((c) => c.name === 'SUKAMAJU')).toBe(true);
  });

  it('turns an unresolved name into an issue on the area field, bilingual', () => {
    expect(areaIssue({ kind: 'resolved', code: '36.03.05' }, 'incident')).toBeNull();
    const none = areaIssue({ kind: 'none' }, 'incident')!;
    expect(none.path).toEqual(['incident', 'areaQuery']);
    expect(none.message).toMatch(/^Tidak ada .+ \/ No district/);
    expect(areaIssue({ kind: 'several', candidates: [] }, 'top')!.path).toEqual(['areaQuery']);
  });
});
