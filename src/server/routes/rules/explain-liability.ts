import { LiabilityRuleAnswer, LiabilityRuleQuery } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { explainLiability as explainLiabilityService } from '../../rules/explain';

export const explainLiability = defineRoute({
  method: 'GET',
  path: '/api/rules/liability',
  operationId: 'explainLiability',
  summary: 'Whether Pasal 188 reached a subject type on the date of the act, and why',
  tags: ['rules'],
  auth: 'officer',
  query: LiabilityRuleQuery,
  response: LiabilityRuleAnswer,
  handler: async ({ query, deps }) => explainLiabilityService(deps.db, query),
});
