import type { AnyRoute } from '../../http/route';

export const regionsRoutes: AnyRoute[] = [];
