import type { z } from 'zod';
import type { Queryable } from '../db/db';
import { AppError } from '../http/errors';
import type { IssueLike } from './fields';
import { messages } from './messages';
import { REGENCY_CODE, resolveArea, type AreaCandidate, type AreaDecision } from './regions';

/** What the form sent, kept for re-rendering it, and the candidates of an ambiguous place name. */
export interface Captured {
  raw: Record<string, unknown> | null;
  candidates: AreaCandidate[];
}

export function captured(): Captured {
  return { raw: null, candidates: [] };
}

/** Where the region fields sit: `incident.regionCode` / `incident.areaQuery`, or top-level. */
export type RegionPlace = 'incident' | 'top';

/** Fields the server adds or reads besides the schema's: never validated by it. */
const FORM_ONLY = ['idempotencyKey', 'website'];

const bilingual = (key: 'report.areaNone' | 'report.areaMany') => `${messages.id[key]} / ${messages.en[key]}`;

/** The issue for an area name that did not resolve to exactly one place (null when it did). */
export function areaIssue(decision: AreaDecision, place: RegionPlace): IssueLike | null {
  if (decision.kind === 'resolved') return null;
  const path = place === 'incident' ? ['incident', 'areaQuery'] : ['areaQuery'];
  return {
    path,
    code: 'custom',
    message: bilingual(decision.kind === 'none' ? 'report.areaNone' : 'report.areaMany'),
  };
}

/**
 * The `prepare` hook of `readSubmission` for the public forms:
 * - keeps a copy of the fields for re-rendering the form when it is refused;
 * - gives absent groups (`reporter: {}`…) so that an untouched group is reported field by field;
 * - resolves the typed district/village name inside the chosen regency and puts its code in
 *   `regionCode`; when it resolves to no place or to several, throws VALIDATION_FAILED with that
 *   issue together with every other issue of the form, so the reporter sees all at once.
 */
export function areaPreparer<T>(
  db: Queryable,
  schema: z.ZodType<T>,
  place: RegionPlace,
  capture: Captured,
  groups: Record<string, () => unknown> = {},
): (raw: Record<string, unknown>) => Promise<Record<string, unknown>> {
  return async (raw) => {
    capture.raw = structuredClone(raw);
    const out: Record<string, unknown> = { ...raw };
    for (const [key, empty] of Object.entries(groups)) out[key] ??= empty();
    const holder: Record<string, unknown> =
      place === 'incident' ? (out.incident = { ...(out.incident as Record<string, unknown>) }) : out;
    const query = holder.areaQuery;
    delete holder.areaQuery;
    const regency = holder.regionCode;
    if (typeof query !== 'string' || !query.trim() || typeof regency !== 'string' || !REGENCY_CODE.test(regency)) {
      // Without a regency the regionCode issue says what to do; a lone name is not enough.
      return out;
    }
    const decision = await resolveArea(db, regency, query);
    if (decision.kind === 'resolved') {
      holder.regionCode = decision.code;
      return out;
    }
    if (decision.kind === 'several') capture.candidates = decision.candidates;
    const rest = schema.safeParse(Object.fromEntries(Object.entries(out).filter(([key]) => !FORM_ONLY.includes(key))));
    const issues: IssueLike[] = [
      areaIssue(decision, place)!,
      ...(rest.success
        ? []
        : rest.error.issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message }))),
    ];
    throw new AppError('VALIDATION_FAILED', 'Isian tidak valid / Invalid input', { in: 'body', issues });
  };
}
