import type { AnyRoute } from '../../http/route';

export const electionsRoutes: AnyRoute[] = [];
