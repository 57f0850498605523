import { ZONE_LABEL } from '../../shared/zones';
import type { RegionSummary } from '../../shared/api/regions';
import type { RegionRecord } from './repository';

/** The only shape a region leaves the server in. */
export function presentRegion(r: RegionRecord): RegionSummary {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
    timeZone: r.time_zone,
    zone: ZONE_LABEL[r.time_zone],
  };
}
