import { z } from 'zod';
import { INDEX_LEVELS } from '../../domain/index';
import { CalendarDate } from '../../shared/api/elections';
import { SYSTEM_ACTOR } from '../audit/audit';
import { defineJob } from '../jobs/runner';
import { computeLiveEdition, defaultPeriod } from './service';

/**
 * `index.compute`: recomputes the LIVE editions of both levels every night at 01:30 WIB (cron is
 * UTC: 18:30) for the current Pilkada period, taken as the 90 days up to today in WIB (both ends
 * included; `defaultPeriod`). Each run replaces that day's editions (`live-province-<today>`,
 * `live-regency-<today>`), so a rerun the same day is harmless. Data may name another period.
 */
export const indexComputeJob = defineJob({
  name: 'index.compute',
  data: z.object({
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
  }),
  cron: '30 18 * * *',
  run: async (deps, data) => {
    const now = deps.clock();
    const period = defaultPeriod(now);
    const from = data.from ?? period.from;
    const to = data.to ?? period.to;
    for (const level of INDEX_LEVELS) {
      const summary = await computeLiveEdition(deps, SYSTEM_ACTOR, now, { level, from, to });
      deps.log.info({ summary }, 'computed live index edition');
    }
  },
});
