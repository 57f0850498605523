import { indexComputeJob } from '../index-compute/job';
import { mailDeliverJob } from '../mail/deliver-job';
import { cleanupJob } from './cleanup';
import type { JobDefinition } from './runner';

/** Every background job. Later features add theirs here (deadline checks, outbox, feeds, index). */
export const allJobs: JobDefinition[] = [cleanupJob, mailDeliverJob, indexComputeJob];
