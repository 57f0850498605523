import type { RateRule } from '../http/rate-limit';

const HOUR = 60 * 60 * 1000;
const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Public reports and tips per client IP: generous for a family sharing a phone, tight for a script. */
export const PUBLIC_SUBMIT_RULE: RateRule = { name: 'public.submit', limit: 20, windowMs: HOUR };
/** Failed tracking look-ups (malformed or unknown codes) per client IP: guessing is hopeless and slow. */
export const TRACK_RULE: RateRule = { name: 'public.track', limit: 10, windowMs: FIFTEEN_MINUTES };
