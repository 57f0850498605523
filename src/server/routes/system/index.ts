import { health } from './health';
import { openapiJson } from './openapi-json';

export const systemRoutes = [health, openapiJson];
