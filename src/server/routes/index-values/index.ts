import type { AnyRoute } from '../../http/route';
import { importValues } from './import-values';

export const indexValuesRoutes: AnyRoute[] = [importValues];
