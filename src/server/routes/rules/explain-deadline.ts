import { DeadlineRuleAnswer, DeadlineRuleQuery } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { explainDeadlineRule } from '../../rules/explain';

export const explainDeadline = defineRoute({
  method: 'GET',
  path: '/api/rules/deadline',
  operationId: 'explainDeadlineRule',
  summary:
    'Why a deadline falls where it does: the last day, its zone (WIB/WITA/WIT) and the instant it ends, with the rule version and source',
  tags: ['rules'],
  auth: 'officer',
  query: DeadlineRuleQuery,
  response: DeadlineRuleAnswer,
  errors: ['BAD_REQUEST', 'UNKNOWN_REGION', 'NOT_FOUND'],
  handler: async ({ query, deps }) =>
    explainDeadlineRule(deps.db, {
      regime: query.regime,
      rule: query.rule,
      start: query.start,
      region: query.region,
      extended: query.extended === 'true',
    }),
});
