import PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { Database, Queryable } from '../db/db';
import type { AppDeps } from '../deps';

/**
 * One job runner for all background work, on pg-boss (a PostgreSQL-backed queue: jobs are rows,
 * fetched with SKIP LOCKED, so several app instances share the work safely). It runs in-process
 * on PGlite and on PostgreSQL alike. Jobs are declared with `defineJob` and listed in jobs/index.ts.
 */
export interface JobDefinition<T = unknown> {
  name: string;
  data: z.ZodType<T>;
  /** Cron expression (UTC) when the job also runs on a schedule. */
  cron?: string;
  run: (deps: AppDeps, data: T) => Promise<void>;
}

export function defineJob<T>(job: JobDefinition<T>): JobDefinition<unknown> {
  return job as JobDefinition<unknown>;
}

/** pg-boss talks to the database through this adapter, so it shares our connection (or PGlite). */
function bossDb(db: Queryable) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // pg-boss sends its DDL and locking as multi-statement scripts without parameters.
      if (values.length === 0) return { rows: await db.exec(text) };
      const res = await db.query(text, values);
      return { rows: res.rows };
    },
  };
}

export class JobRunner {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    private readonly deps: Omit<AppDeps, 'jobs'>,
    private readonly jobs: JobDefinition[],
    options: { pollingIntervalSeconds?: number; schedule?: boolean } = {},
  ) {
    this.boss = new PgBoss({
      db: bossDb(deps.db),
      schema: 'pgboss',
      schedule: options.schedule ?? true,
      supervise: true,
      migrate: true,
    });
    this.boss.on('error', (err) => deps.log.error({ err }, 'job queue error'));
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  }

  private readonly pollingIntervalSeconds: number;

  async start(): Promise<void> {
    await this.boss.start();
    for (const job of this.jobs) {
      await this.boss.createQueue(job.name);
      await this.boss.work(job.name, { pollingIntervalSeconds: this.pollingIntervalSeconds }, async (batch) => {
        for (const item of batch) {
          const data = job.data.parse(item.data ?? {});
          await job.run({ ...this.deps, jobs: this }, data);
        }
      });
      if (job.cron) await this.boss.schedule(job.name, job.cron, {});
    }
    this.started = true;
  }

  /** Enqueues a job; pass the transaction to enqueue atomically with the change that caused it. */
  async send(name: string, data: object, tx?: Queryable): Promise<string | null> {
    const job = this.jobs.find((j) => j.name === name);
    if (!job) throw new Error(`unknown job ${name}`);
    job.data.parse(data);
    return this.boss.send(name, data, tx ? { db: bossDb(tx) } : {});
  }

  async getJob(name: string, id: string) {
    return this.boss.getJobById(name, id);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

export type { Database };
