import type { AnyRoute } from '../../http/route';

export const auditRoutes: AnyRoute[] = [];
