import { z } from 'zod';
import { defineJob } from '../jobs/runner';
import { deliverDue } from './outbox';
import { transportFromConfig } from './transport';

/** Messages sent per run (a run every minute, on whichever instance picks it up). */
const BATCH = 50;

/** Sends the outbox's due e-mail. Without NETRA_SMTP_URL it does nothing: mail stays queued (boot said so). */
export const mailDeliverJob = defineJob({
  name: 'mail.deliver',
  data: z.object({}),
  cron: '* * * * *',
  run: async (deps) => {
    const transport = transportFromConfig(deps.config);
    if (!transport) return;
    try {
      const result = await deliverDue(deps, deps.clock(), transport, BATCH);
      if (result.sent > 0 || result.failed > 0) deps.log.info({ mail: result }, 'outbox e-mail delivered');
    } finally {
      transport.close();
    }
  },
});
