import type { AnyRoute } from '../../http/route';
import { listAudit } from './list-audit';

export const auditRoutes: AnyRoute[] = [listAudit];
