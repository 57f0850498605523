import type { AnyRoute } from '../../http/route';
import { compareEditions } from './compare-editions';
import { getCutPoints } from './get-cut-points';
import { getEdition } from './get-edition';
import { listEditions } from './list-editions';

export const indexEditionsRoutes: AnyRoute[] = [listEditions, getEdition, compareEditions, getCutPoints];
