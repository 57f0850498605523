import { ForwardingListQuery, ForwardingPage } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { listForwardings } from '../../cases/forwarding-service';

export const listForwardingsRoute = defineRoute({
  method: 'GET',
  path: '/api/forwardings',
  operationId: 'listForwardings',
  summary: "Forwardings addressed to the officer's body (or in a supervisor's reach), oldest expected reply first",
  tags: ['cases'],
  auth: 'officer',
  query: ForwardingListQuery,
  response: ForwardingPage,
  errors: [],
  handler: async ({ query, deps, principal }) => listForwardings(deps, principal!, query),
});
