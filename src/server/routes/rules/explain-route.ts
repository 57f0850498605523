import { RouteRuleAnswer, RouteRuleQuery } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { explainRoute as explainRouteService } from '../../rules/explain';

export const explainRoute = defineRoute({
  method: 'GET',
  path: '/api/rules/route',
  operationId: 'explainRoute',
  summary: 'Which body a decided violation goes to, by category, subject type and date of the act, and why',
  tags: ['rules'],
  auth: 'officer',
  query: RouteRuleQuery,
  response: RouteRuleAnswer,
  errors: ['NOT_FOUND'],
  handler: async ({ query, deps }) => explainRouteService(deps.db, query),
});
