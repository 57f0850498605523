import type { AppDeps } from '../deps';
import type { PageAssets } from './assets';

/** What every public page handler needs. */
export interface PagesEnv {
  deps: AppDeps;
  assets: PageAssets;
}
