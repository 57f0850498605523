import type { AnyRoute } from '../../http/route';
import { exportCasesCsv } from './export-cases-csv';
import { exportCasesJson } from './export-cases-json';

export const openDataRoutes: AnyRoute[] = [exportCasesCsv, exportCasesJson];
