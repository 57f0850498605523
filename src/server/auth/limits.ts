import type { RateRule } from '../http/rate-limit';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Failed sign-ins per account (typed username, whether it exists or not). */
export const LOGIN_ACCOUNT_RULE: RateRule = { name: 'login.account', limit: 5, windowMs: FIFTEEN_MINUTES };
/** Failed sign-ins per client IP, across accounts. */
export const LOGIN_IP_RULE: RateRule = { name: 'login.ip', limit: 30, windowMs: FIFTEEN_MINUTES };
/** Failed second-factor attempts (TOTP or recovery code) per user. */
export const TOTP_RULE: RateRule = { name: 'totp.user', limit: 5, windowMs: FIFTEEN_MINUTES };
