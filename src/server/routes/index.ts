import type { AnyRoute } from '../http/route';
import { auditRoutes } from './audit';
import { casesRoutes } from './cases';
import { authRoutes } from './auth';
import { documentsRoutes } from './documents';
import { electionsRoutes } from './elections';
import { indexEditionsRoutes } from './index-editions';
import { indexValuesRoutes } from './index-values';
import { openDataRoutes } from './open-data';
import { regionsRoutes } from './regions';
import { reportsRoutes } from './reports';
import { rulesRoutes } from './rules';
import { systemRoutes } from './system';
import { usersRoutes } from './users';

/** Every endpoint of the API, one file each under src/server/routes/<area>/. */
export function allRoutes(): AnyRoute[] {
  return [
    ...systemRoutes,
    ...regionsRoutes,
    ...electionsRoutes,
    ...authRoutes,
    ...usersRoutes,
    ...auditRoutes,
    ...reportsRoutes,
    ...casesRoutes,
    ...rulesRoutes,
    ...documentsRoutes,
    ...indexEditionsRoutes,
    ...indexValuesRoutes,
    ...openDataRoutes,
  ];
}
