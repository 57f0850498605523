import { describe, expect, it } from 'vitest';
import { AUDIT_LANES, laneOf } from './audit-chain';

describe('laneOf', () => {
  it('puts every event of one subject in the same lane, within range', () => {
    expect(laneOf('report', 'abc')).toBe(laneOf('report', 'abc'));
    for (let i = 0; i < 200; i++) {
      const lane = laneOf('report', `id-${i}`);
      expect(lane).toBeGreaterThanOrEqual(0);
      expect(lane).toBeLessThan(AUDIT_LANES);
    }
  });

  it('spreads subjects over all lanes', () => {
    const used = new Set(Array.from({ length: 400 }, (_, i) => laneOf('report', `id-${i}`)));
    expect(used.size).toBe(AUDIT_LANES);
  });

  it('treats a missing id like an empty one, and keeps type and id apart', () => {
    expect(laneOf('user', null)).toBe(laneOf('user', ''));
    const differ = Array.from({ length: 50 }, (_, i) => laneOf('a', `b${i}`) !== laneOf(`a${i}`, 'b')).some(Boolean);
    expect(differ).toBe(true);
  });
});
