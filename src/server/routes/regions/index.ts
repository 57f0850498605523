import type { AnyRoute } from '../../http/route';
import { getRegion } from './get-region';
import { listRegions } from './list-regions';

export const regionsRoutes: AnyRoute[] = [listRegions, getRegion];
