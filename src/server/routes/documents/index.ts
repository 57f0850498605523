import type { AnyRoute } from '../../http/route';
import { getTemplate } from './get-template';
import { updateTemplate } from './update-template';

export const documentsRoutes: AnyRoute[] = [getTemplate, updateTemplate];
