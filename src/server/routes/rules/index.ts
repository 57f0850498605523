import type { AnyRoute } from '../../http/route';
import { explainDeadline } from './explain-deadline';
import { explainLiability } from './explain-liability';
import { explainRoute } from './explain-route';

/** The rules of case handling explained: deadlines, routing, Pasal 188 liability (any signed-in officer). */
export const rulesRoutes: AnyRoute[] = [explainDeadline, explainRoute, explainLiability];
