/**
 * Where a decided violation goes (DOMAIN.md §2, §4) and whether Pasal 188 reaches the reported party
 * (§3), both from effective-dated reference rows chosen by the date of the act. One act can open
 * several tracks. Pure: the rows live in the database and are passed in.
 */
import type { Category, ReceivingBody, TrackWarning } from '../../shared/cases';
import type { SubjectType } from '../../shared/intake';
import { addDays } from '../deadlines/calendar';

/** One row of the routing table; `subjectType` '*' applies to every subject without a row of its own. */
export interface RoutingRule {
  category: Category;
  subjectType: SubjectType | '*';
  /** 'YYYY-MM-DD', first date of the act the row applies to. */
  effectiveFrom: string;
  /** Inclusive last date, or null while in force. */
  effectiveTo: string | null;
  body: ReceivingBody;
  source: string;
}

/** From `effectiveFrom` on, Pasal 188 reaches acts of `subjectType` (DOMAIN.md §3). */
export interface LiabilityRule {
  article: 'PASAL_188';
  subjectType: SubjectType;
  effectiveFrom: string;
  source: string;
}

export interface Route {
  body: ReceivingBody;
  rule: RoutingRule;
}

export interface Liability {
  liable: boolean;
  /** The row that makes the subject liable; null when not liable. */
  rule: LiabilityRule | null;
  /** Bahasa Indonesia then English. */
  reason: string;
}

export interface Track {
  category: Category;
  /** Null when no routing row covers the category, subject and date (warning NO_ROUTE). */
  body: ReceivingBody | null;
  rule: RoutingRule | null;
  /** NO_ROUTE; NOT_LIABLE_ON_ACT_DATE on a CRIME track whose subject Pasal 188 did not reach that day. */
  warning?: TrackWarning;
  /** For CRIME tracks: Pasal 188 liability on the date of the act. */
  liability?: Liability;
}

function inForce(rule: { effectiveFrom: string; effectiveTo?: string | null }, on: string): boolean {
  return rule.effectiveFrom <= on && (rule.effectiveTo == null || on <= rule.effectiveTo);
}

/** The latest `effectiveFrom` wins; on a tie the first listed. */
function latest<T extends { effectiveFrom: string }>(rows: readonly T[]): T | null {
  let best: T | null = null;
  for (const row of rows) if (best === null || row.effectiveFrom > best.effectiveFrom) best = row;
  return best;
}

/**
 * The body a `category` violation by a `subjectType` committed on `actOn` is forwarded to. A row for
 * the subject type wins over a '*' row; among rows in force, the latest `effectiveFrom`. Null if none.
 */
export function routeFor(
  rules: readonly RoutingRule[],
  input: { category: Category; subjectType: SubjectType; actOn: string },
): Route | null {
  addDays(input.actOn, 0); // throws a RangeError on anything but a valid 'YYYY-MM-DD'
  const candidates = rules.filter((r) => r.category === input.category && inForce(r, input.actOn));
  const rule =
    latest(candidates.filter((r) => r.subjectType === input.subjectType)) ??
    latest(candidates.filter((r) => r.subjectType === '*'));
  return rule === null ? null : { body: rule.body, rule };
}

/** Whether Pasal 188 reached an act of `subjectType` on `actOn` (it is the act's date that counts). */
export function liabilityFor(
  rules: readonly LiabilityRule[],
  input: { subjectType: SubjectType; actOn: string },
): Liability {
  const { subjectType, actOn } = input;
  addDays(actOn, 0);
  const own = rules.filter((r) => r.article === 'PASAL_188' && r.subjectType === subjectType);
  const rule = latest(own.filter((r) => r.effectiveFrom <= actOn));
  if (rule !== null) {
    return {
      liable: true,
      rule,
      reason:
        `Pasal 188 menjangkau ${subjectType} sejak ${rule.effectiveFrom} (${rule.source}) / ` +
        `Pasal 188 reaches ${subjectType} from ${rule.effectiveFrom} (${rule.source})`,
    };
  }
  const later = own.reduce<LiabilityRule | null>(
    (a, r) => (a === null || r.effectiveFrom < a.effectiveFrom ? r : a),
    null,
  );
  return {
    liable: false,
    rule: null,
    reason:
      later === null
        ? `Pasal 188 tidak menjangkau ${subjectType} / Pasal 188 does not reach ${subjectType}`
        : `Pasal 188 baru menjangkau ${subjectType} sejak ${later.effectiveFrom} (${later.source}), ` +
          `sesudah perbuatan tanggal ${actOn} / ` +
          `Pasal 188 reaches ${subjectType} only from ${later.effectiveFrom} (${later.source}), ` +
          `after the act of ${actOn}`,
  };
}

/**
 * One track per category (repeated categories count once, first order kept): its receiving body,
 * and for CRIME the Pasal 188 liability on the act's date, with a warning when not liable.
 */
export function tracksFor(
  routingRules: readonly RoutingRule[],
  liabilityRules: readonly LiabilityRule[],
  input: { categories: Category[]; subjectType: SubjectType; actOn: string },
): Track[] {
  const { subjectType, actOn } = input;
  return [...new Set(input.categories)].map((category) => {
    const route = routeFor(routingRules, { category, subjectType, actOn });
    const track: Track = { category, body: route?.body ?? null, rule: route?.rule ?? null };
    if (category === 'CRIME') track.liability = liabilityFor(liabilityRules, { subjectType, actOn });
    if (route === null) track.warning = 'NO_ROUTE';
    else if (track.liability?.liable === false) track.warning = 'NOT_LIABLE_ON_ACT_DATE';
    return track;
  });
}
