import { pino } from 'pino';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { describeDb } from '../test/db';
import { testClock, testConfig } from '../test/app';
import { createUser } from '../test/factories';
import { tempDir } from '../test/tmp';
import { fsBlobStore } from '../evidence/fs-blob-store';
import { cleanupExpired, cleanupJob } from './cleanup';
import { defineJob, JobRunner } from './runner';

const base = (db: Parameters<typeof cleanupExpired>[0]) => ({
  config: testConfig(),
  db: db as never,
  clock: testClock(),
  log: pino({ level: 'silent' }),
  blobs: fsBlobStore(tempDir('blobs')),
});

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describeDb('job runner (pg-boss)', (db) => {
  it('runs a job sent inside a transaction only once that transaction commits', async () => {
    const seen: string[] = [];
    const echo = defineJob({
      name: 'test.echo',
      data: z.object({ word: z.string() }),
      run: async (_deps, data) => {
        seen.push(data.word);
      },
    });
    const runner = new JobRunner(base(db()), [echo], { pollingIntervalSeconds: 0.5, schedule: false });
    await runner.start();
    try {
      await expect(
        db().transaction(async (tx) => {
          await runner.send('test.echo', { word: 'rolled-back' }, tx);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      const id = await db().transaction((tx) => runner.send('test.echo', { word: 'kept' }, tx));
      expect(id).toBeTruthy();
      const job = await waitFor(async () => {
        const j = await runner.getJob('test.echo', id!);
        return j?.state === 'completed' ? j : undefined;
      }, 'job completion');
      expect(job.state).toBe('completed');
      expect(seen).toEqual(['kept']);
      await expect(runner.send('test.echo', { word: 42 })).rejects.toThrow();
    } finally {
      await runner.stop();
    }
  });

  it('shares work between two instances: each job runs exactly once', async () => {
    const runs: number[] = [];
    const count = defineJob({
      name: 'test.count',
      data: z.object({ n: z.number() }),
      run: async (_deps, data) => {
        runs.push(data.n);
      },
    });
    const a = new JobRunner(base(db()), [count], { pollingIntervalSeconds: 0.5, schedule: false });
    const b = new JobRunner(base(db()), [count], { pollingIntervalSeconds: 0.5, schedule: false });
    await a.start();
    await b.start();
    try {
      const ids: string[] = [];
      for (let n = 0; n < 12; n++) ids.push((await (n % 2 ? a : b).send('test.count', { n }))!);
      await waitFor(async () => {
        const states = await Promise.all(ids.map((id) => a.getJob('test.count', id)));
        return states.every((j) => j?.state === 'completed') ? true : undefined;
      }, 'all jobs completed');
      expect([...runs].sort((x, y) => x - y)).toEqual([...Array(12).keys()]);
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('cleanup removes expired sessions and old rate-limit windows only', async () => {
    const now = new Date('2024-11-18T03:00:00.000Z');
    const day = 24 * 3600 * 1000;
    const user = await createUser(db(), { username: 'cleanup.user' });
    for (const [hash, expires] of [
      ['a'.repeat(64), new Date(now.getTime() - 1000)],
      ['b'.repeat(64), new Date(now.getTime() + 1000)],
    ] as const) {
      await db().query(
        `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)`,
        [hash, user.id, now, expires],
      );
    }
    await db().query(`INSERT INTO rate_limits (key, window_start, hits) VALUES ('old', $1, 3), ('new', $2, 1)`, [
      new Date(now.getTime() - 2 * day),
      now,
    ]);
    expect(await cleanupExpired(db(), now)).toEqual({ sessions: 1, rateLimits: 1 });
    const left = await db().query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(left.rows.map((r) => r.token_hash)).toEqual(['b'.repeat(64)]);
    expect(cleanupJob.cron).toBeTruthy();
  });
});
