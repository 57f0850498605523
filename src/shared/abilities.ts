/**
 * Actions an officer may be allowed. The server's policies (src/server/policies) decide; `GET /api/me`
 * returns the allowed ones so the UI shows only what the officer can do.
 */
export const ACTIONS = [
  'users.read',
  'users.manage',
  'audit.read',
  'elections.manage',
  'holidays.manage',
  'reports.read',
  'reports.intake',
  'reports.reveal',
  'reports.route',
  'cases.read',
  'cases.handle',
  'cases.override',
  'cases.followup',
  'gakkumdu.work',
  'templates.manage',
  'index.manage',
] as const;
export type Action = (typeof ACTIONS)[number];
