import { expect, it } from 'vitest';
import { describeDb } from '../test/db';
import { enforceRate, peekRate, refundRate, takeRate, type RateRule } from './rate-limit';
import { AppError } from './errors';

const rule: RateRule = { name: 'test.rule', limit: 3, windowMs: 60_000 };
const t0 = new Date('2024-11-18T03:00:10.000Z');

describeDb('rate limits', (db) => {
  it('counts atomically per fixed window, refunds, and throws 429 with Retry-After', async () => {
    const counts = await Promise.all([1, 2, 3, 4].map(() => takeRate(db(), rule, 'a', t0)));
    expect(counts.map((c) => c.hits).sort()).toEqual([1, 2, 3, 4]);
    expect(counts.filter((c) => c.exceeded)).toHaveLength(1);
    await refundRate(db(), counts[0]!);
    expect((await peekRate(db(), rule, 'a', t0)).hits).toBe(3);
    const err = await enforceRate(db(), rule, 'a', t0).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('RATE_LIMITED');
    expect((err as AppError).headers).toEqual({ 'retry-after': '50' });
    expect((await takeRate(db(), rule, 'b', t0)).hits).toBe(1);
    expect((await takeRate(db(), rule, 'a', new Date(t0.getTime() + 50_000))).hits).toBe(1);
  });
});
