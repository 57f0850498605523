import {
  CASE_STATUSES,
  CATEGORIES,
  DEADLINE_STATES,
  type CaseStatus,
  type Category,
  type DeadlineState,
} from '../../../shared/cases';
import { CaseKind } from '../../../shared/api/cases';
import { SUBJECT_TYPES, VIOLATION_TYPES, type SubjectType, type ViolationType } from '../../../shared/intake';

/** The case inbox's filters, as kept in the address (`/penanganan?status=REGISTERED&deadline=OVERDUE`). */
export interface CaseFilters {
  status: CaseStatus | '';
  kind: CaseKind | '';
  category: Category | '';
  subjectType: SubjectType | '';
  act: ViolationType | '';
  region: string;
  deadline: DeadlineState | '';
  /** Open cases only (the server's default) or every case. */
  open: 'true' | 'false';
}

/** Reports and findings (tips never become cases). */
export const CASE_KINDS = CaseKind.options;
type CaseKind = (typeof CASE_KINDS)[number];

const REGION = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

function pick<T extends string>(values: readonly T[], value: string | null): T | '' {
  return values.find((v) => v === value) ?? '';
}

/** Filters from a query string; unknown values are dropped rather than sent. */
export function filtersFromSearch(search: string): CaseFilters {
  const params = new URLSearchParams(search);
  const region = params.get('region') ?? '';
  return {
    status: pick(CASE_STATUSES, params.get('status')),
    kind: pick(CASE_KINDS, params.get('kind')),
    category: pick(CATEGORIES, params.get('category')),
    subjectType: pick(SUBJECT_TYPES, params.get('subjectType')),
    act: pick(VIOLATION_TYPES, params.get('act')),
    region: REGION.test(region) ? region : '',
    deadline: pick(DEADLINE_STATES, params.get('deadline')),
    open: params.get('open') === 'false' ? 'false' : 'true',
  };
}

/** The query string of `filters` (without `?`), defaults left out so a clean inbox has a clean address. */
export function filtersToSearch(filters: CaseFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === '' || (key === 'open' && value === 'true')) continue;
    params.set(key, value);
  }
  return params.toString();
}

/** The filters as `GET /api/cases` query parameters (empty ones left out by the API client). */
export function filtersToQuery(filters: CaseFilters): Record<string, string | undefined> {
  return {
    status: filters.status || undefined,
    kind: filters.kind || undefined,
    category: filters.category || undefined,
    subjectType: filters.subjectType || undefined,
    act: filters.act || undefined,
    region: filters.region || undefined,
    deadline: filters.deadline || undefined,
    open: filters.open,
  };
}
