/**
 * Synthetic cases for load tests and benchmarks (`netra seed --synthetic N`, `npm run bench`): N
 * cases generated inside the database with set-based SQL (`generate_series`, `INSERT … SELECT`),
 * one statement per batch, spread over every regency/city of the loaded regions. Each case gets
 * one report (no identity, no tracking code), one reported party, its DECISION deadline and, once
 * decided as a violation, its category. Choices are deterministic functions of the row number
 * (`hashint8extended`), so a run with the same N gives the same mix. Ids are the run's salt and the
 * row number (`<salt>-0000-…` cases, `<salt>-0001-…` reports): ascending, so the uuid indexes grow at
 * their right edge instead of rewriting random pages (random ids made a 1,000,000 run ~3× slower).
 *
 * Not generated: timelines (case_events), forwardings, documents, report_parties. Last days are
 * spread around `now` for the inbox (10 days overdue to 10 days ahead) rather than recomputed from
 * the rule with holidays, so a few deadlines are longer than their rule allows.
 */
import { randomBytes } from 'node:crypto';
import { TERMINAL_STATUSES, type CaseStatus } from '../../shared/cases';
import type { SubjectType, ViolationType } from '../../shared/intake';
import { mutate, type Actor } from '../audit/audit';
import type { Database, Queryable } from '../db/db';

/** Weighted vocabularies, as (value, weight); weights are relative. */
type Mix<T extends string> = ReadonlyArray<readonly [T, number]>;

/** About 70% open, 30% terminal; findings are never withdrawn. */
const REPORT_STATUSES: Mix<CaseStatus> = [
  ['RECEIVED', 12],
  ['INITIAL_REVIEW', 10],
  ['NEEDS_COMPLETION', 5],
  ['REGISTERED', 8],
  ['CLARIFICATION', 10],
  ['ANALYSIS', 8],
  ['PLENARY', 5],
  ['VIOLATION', 4],
  ['FORWARDED', 6],
  ['FOLLOW_UP_RECEIVED', 2],
  ['NOT_REGISTERED', 8],
  ['NOT_VIOLATION', 10],
  ['CLOSED', 8],
  ['WITHDRAWN', 3],
  ['MERGED', 1],
];
const FINDING_STATUSES: Mix<CaseStatus> = REPORT_STATUSES.map(([s, w]) =>
  s === 'WITHDRAWN' ? (['CLOSED', w] as const) : ([s, w] as const),
);

const SUBJECTS: Mix<SubjectType> = [
  ['PNS', 38],
  ['PPPK', 8],
  ['CAMAT', 4],
  ['LURAH', 4],
  ['KEPALA_DESA', 16],
  ['PERANGKAT_DESA', 10],
  ['TNI', 3],
  ['POLRI', 4],
  ['PEJABAT_DAERAH', 5],
  ['PENYELENGGARA', 5],
  ['OTHER', 3],
];

const ACTS: Mix<ViolationType> = [
  ['MEDSOS', 35],
  ['KEGIATAN_KEBERPIHAKAN', 12],
  ['FOTO_BERSAMA', 12],
  ['HADIR_KAMPANYE', 10],
  ['PENDEKATAN_PARPOL', 4],
  ['ALAT_PERAGA', 4],
  ['TIM_SUKSES', 3],
  ['DUKUNGAN_KTP', 2],
  ['KEPUTUSAN_MENGUNTUNGKAN', 3],
  ['ANGGOTA_PARPOL', 2],
  ['FASILITAS_NEGARA', 5],
  ['ATRIBUT_DINAS', 3],
  ['POLITIK_UANG', 3],
  ['OTHER', 2],
];

const words = (text: string): string[] => text.split(' ');
const FIRST_NAMES = words(
  'Agus Budi Siti Dewi Rina Joko Made Nyoman Yohanes Fitri Hendra Wahyu Ratna Andi Maria Ahmad',
);
const LAST_NAMES = words(
  'Santoso Wijaya Lestari Saputra Hidayat Kurniawan Siregar Nasution Pratama Rahmawati Simanjuntak Wenda Daeng Putri',
);

/** A mix as an array in which each value appears `weight` times: `arr[1 + h % length]` picks by weight. */
function expand<T extends string>(mix: Mix<T>): T[] {
  return mix.flatMap(([value, weight]) => Array.from({ length: weight }, () => value));
}

const PRE_DECISION = `('RECEIVED', 'INITIAL_REVIEW', 'NEEDS_COMPLETION', 'REGISTERED', 'CLARIFICATION', 'ANALYSIS', 'PLENARY')`;
const UNREGISTERED = `('RECEIVED', 'INITIAL_REVIEW', 'NEEDS_COMPLETION', 'NOT_REGISTERED', 'WITHDRAWN', 'MERGED')`;
const TERMINAL = `(${TERMINAL_STATUSES.map((x) => `'${x}'`).join(', ')})`;

/** `h1` … `h16`: independent non-negative int hashes of the row number `g`, one per choice. */
const HASHES = Array.from(
  { length: 16 },
  (_, i) => `(hashint8extended(g, ${i + 1}) & 2147483647)::int AS h${i + 1}`,
).join(', ');

/**
 * One batch: rows `$2`..`$3` of the series (a MERGED case points at the case before it, so row 1 is
 * never MERGED). Parameters: $1 salt, $2 first, $3 last, $4 now, $5 report statuses,
 * $6 finding statuses, $7 subject types, $8 acts, $9 first names, $10 last names.
 */
export const SYNTHETIC_BATCH_SQL = `
WITH offices AS MATERIALIZED (
  SELECT (row_number() OVER (ORDER BY r.code) - 1)::int AS i, r.code, r.time_zone,
         (SELECT array_agg(d.code ORDER BY d.code) FROM regions d WHERE d.parent_code = r.code) AS districts
    FROM regions r WHERE r.level = 'regency'
),
office_count AS (SELECT count(*)::int AS n FROM offices),
decision_rules AS (
  SELECT DISTINCT ON (regime) regime, effective_from, days, unit
    FROM deadline_rules WHERE code = 'DECISION' AND effective_from <= $4::timestamptz::date
   ORDER BY regime, effective_from DESC
),
elections_by_regime AS (
  SELECT DISTINCT ON (regime) regime, id FROM elections ORDER BY regime, created_at DESC, id
),
h AS (
  SELECT g, ${HASHES} FROM generate_series($2::bigint, $3::bigint) AS g
),
picked AS (
  SELECT h.*, o.code AS office_code, o.time_zone,
         coalesce(o.districts[1 + h.h2 % cardinality(o.districts)], o.code) AS incident_region_code,
         CASE WHEN h.h3 % 100 < 75 THEN 'REPORT' ELSE 'FINDING' END AS kind,
         CASE WHEN h.h4 % 100 < 95 THEN 'PILKADA' ELSE 'PEMILU' END AS regime,
         $7::text[] AS subjects, $8::text[] AS acts
    FROM h JOIN office_count n ON true JOIN offices o ON o.i = h.h1 % n.n
),
typed AS (
  SELECT p.*,
         CASE WHEN p.kind = 'REPORT' THEN $5::text[] ELSE $6::text[] END AS statuses,
         p.subjects[1 + p.h6 % cardinality(p.subjects)] AS subject_type,
         p.acts[1 + p.h7 % cardinality(p.acts)] AS act1,
         p.acts[1 + p.h8 % cardinality(p.acts)] AS act2
    FROM picked p
),
stated AS (
  SELECT t.*,
         CASE WHEN t.statuses[1 + t.h5 % cardinality(t.statuses)] = 'MERGED' AND t.g = 1 THEN 'CLOSED'
              ELSE t.statuses[1 + t.h5 % cardinality(t.statuses)] END AS status,
         ($4::timestamptz AT TIME ZONE t.time_zone)::date AS today
    FROM typed t
),
dated AS (
  SELECT s.*, r.effective_from AS rule_from, e.id AS election_id,
         ($1 || '0000' || lpad(to_hex(s.g), 20, '0'))::uuid AS id,
         ($1 || '0001' || lpad(to_hex(s.g), 20, '0'))::uuid AS report_id,
         CASE WHEN s.status IN ${PRE_DECISION} THEN s.today + (s.h9 % 21 - 10)
              ELSE s.today - (1 + s.h9 % 90) END AS last_day,
         CASE r.unit WHEN 'CALENDAR' THEN r.days ELSE ceil(r.days * 7 / 5.0)::int END AS span
    FROM stated s
    JOIN decision_rules r ON r.regime = s.regime
    LEFT JOIN elections_by_regime e ON e.regime = s.regime
),
timed AS (
  SELECT d.*,
         least(d.last_day - d.span, d.today) AS start_on,
         ((d.last_day + 1)::timestamp AT TIME ZONE d.time_zone) AS due_at
    FROM dated d
),
src AS MATERIALIZED (
  SELECT t.*,
         least((t.start_on + time '08:00' + (t.h10 % 480) * interval '1 minute') AT TIME ZONE t.time_zone,
               $4::timestamptz - interval '1 hour') AS received_at,
         t.start_on - t.h11 % 6 AS act_on,
         CASE WHEN t.act2 <> t.act1 AND t.h12 % 3 = 0 THEN ARRAY[t.act1, t.act2] ELSE ARRAY[t.act1] END AS acts_list,
         CASE WHEN t.status IN ('VIOLATION', 'FORWARDED', 'FOLLOW_UP_RECEIVED')
                   OR (t.status = 'CLOSED' AND t.h13 % 2 = 0)
              THEN CASE t.subject_type WHEN 'PENYELENGGARA' THEN 'ETHICS' WHEN 'OTHER' THEN 'CRIME' ELSE 'OTHER_LAWS' END
         END AS category,
         $9::text[] AS first_names, $10::text[] AS last_names
    FROM timed t
),
new_cases AS (
  INSERT INTO cases (id, kind, status, regime, election_id, governor_election, office_code, province_code,
                     incident_region_code, time_zone, received_at, act_on, requirements_met, decision_extended,
                     register_number, registered_at, not_registered_reason, merged_into, next_deadline_code,
                     next_deadline_at, subject_types, acts, categories, closed_at, created_at, updated_at)
  SELECT s.id, s.kind, s.status, s.regime, s.election_id, false, s.office_code, substr(s.office_code, 1, 2),
         s.incident_region_code, s.time_zone, s.received_at, s.act_on,
         s.status NOT IN ${UNREGISTERED} OR s.h14 % 4 <> 0, false,
         CASE WHEN s.status NOT IN ${UNREGISTERED} THEN 'SINTETIS/' || $1 || '/' || s.g END,
         CASE WHEN s.status NOT IN ${UNREGISTERED} THEN least(s.received_at + interval '1 day', $4::timestamptz) END,
         CASE WHEN s.status = 'NOT_REGISTERED' THEN 'FORMAL_NOT_MET' END,
         CASE WHEN s.status = 'MERGED' THEN ($1 || '0000' || lpad(to_hex(s.g - 1), 20, '0'))::uuid END,
         CASE WHEN s.status IN ${PRE_DECISION} THEN 'DECISION' END,
         CASE WHEN s.status IN ${PRE_DECISION} THEN s.due_at END,
         ARRAY[s.subject_type], s.acts_list, CASE WHEN s.category IS NULL THEN '{}' ELSE ARRAY[s.category] END,
         CASE WHEN s.status IN ${TERMINAL}
              THEN least(s.received_at + (1 + s.h15 % 10) * interval '1 day', $4::timestamptz) END,
         s.received_at,
         CASE WHEN s.status IN ${TERMINAL}
              THEN least(s.received_at + (1 + s.h15 % 10) * interval '1 day', $4::timestamptz)
              ELSE s.received_at END
    FROM src s
  RETURNING 1
),
new_reports AS (
  INSERT INTO reports (id, kind, channel, status, received_at, election_id, regime, office_code, incident_region_code,
                       incident_on, known_on, governor_election, description, acts, reporter_type, name_masked,
                       case_id, created_at, updated_at)
  SELECT s.report_id, s.kind,
         CASE WHEN s.kind = 'FINDING' THEN 'FINDING' WHEN s.h16 % 10 < 7 THEN 'WEB' ELSE 'WALK_IN' END,
         'RECEIVED', s.received_at, s.election_id, s.regime, s.office_code, s.incident_region_code, s.act_on,
         s.start_on, false, 'Data sintetis untuk uji beban / synthetic data for load tests', s.acts_list,
         CASE WHEN s.kind = 'REPORT' THEN (ARRAY['VOTER', 'VOTER', 'VOTER', 'MONITOR'])[1 + s.h16 % 4] END,
         CASE WHEN s.kind = 'REPORT' THEN 'S*** W***' END,
         s.id, s.received_at, s.received_at
    FROM src s
),
new_parties AS (
  INSERT INTO case_parties (case_id, position, report_id, report_position, name, subject_type, position_title,
                            agency, region_code)
  SELECT s.id, 1, s.report_id, 1,
         s.first_names[1 + s.h12 % cardinality(s.first_names)] || ' ' ||
           s.last_names[1 + s.h13 % cardinality(s.last_names)],
         s.subject_type, NULL, 'Instansi sintetis / synthetic agency', s.incident_region_code
    FROM src s
),
new_deadlines AS (
  INSERT INTO case_deadlines (case_id, code, ref, start_on, last_day, due_at, rule_regime, rule_effective_from, met_at)
  SELECT s.id, 'DECISION', '', s.start_on, s.last_day, s.due_at, s.regime, s.rule_from,
         CASE WHEN s.status NOT IN ${PRE_DECISION}
              THEN least(s.received_at + (s.due_at - s.received_at) / 2, $4::timestamptz) END
    FROM src s
),
new_categories AS (
  INSERT INTO case_categories (case_id, party_position, category)
  SELECT s.id, 1, s.category FROM src s WHERE s.category IS NOT NULL
)
SELECT count(*)::int AS inserted FROM new_cases`;

/** The parameters of `SYNTHETIC_BATCH_SQL` for rows `first`..`last` of a run. */
export function syntheticBatchParams(salt: string, first: number, last: number, now: Date): unknown[] {
  return [
    salt,
    first,
    last,
    now,
    expand(REPORT_STATUSES),
    expand(FINDING_STATUSES),
    expand(SUBJECTS),
    expand(ACTS),
    FIRST_NAMES,
    LAST_NAMES,
  ];
}

export interface SyntheticOptions {
  /** How many cases. */
  count: number;
  /** Deadlines are spread around this instant; nothing is dated after it. */
  now: Date;
  /** Rows per statement (default 100,000 on PostgreSQL, 20,000 on PGlite). */
  batchSize?: number;
  /** Called after each batch with the number of cases written so far. */
  onProgress?: (done: number) => void;
}

export interface SyntheticResult {
  inserted: number;
  /** The per-run salt in ids and register numbers (`SINTETIS/<salt>/<n>`). */
  salt: string;
  offices: number;
}

/** Checks the reference data the generator draws from, so a gap is named rather than inserting nothing. */
async function requireReferenceData(db: Queryable, now: Date): Promise<number> {
  const { rows } = await db.query<{ offices: number; rules: number }>(
    `SELECT (SELECT count(*)::int FROM regions WHERE level = 'regency') AS offices,
            (SELECT count(DISTINCT regime)::int FROM deadline_rules
              WHERE code = 'DECISION' AND regime IN ('PILKADA', 'PEMILU') AND effective_from <= $1::timestamptz::date) AS rules`,
    [now],
  );
  const { offices, rules } = rows[0]!;
  if (offices === 0) throw new Error('synthetic cases: no regency/city regions loaded (run `netra migrate` first)');
  if (rules < 2) throw new Error('synthetic cases: a DECISION deadline rule is missing for PILKADA or PEMILU');
  return offices;
}

/**
 * Inserts `count` synthetic cases in one transaction (all or nothing), batch by batch, with one
 * audit event for the run, then VACUUM (ANALYZE)s the tables so the planner sees their new size.
 */
export async function insertSyntheticCases(
  db: Database,
  actor: Actor,
  opts: SyntheticOptions,
): Promise<SyntheticResult> {
  if (!Number.isSafeInteger(opts.count) || opts.count < 1) throw new RangeError('count must be a positive integer');
  const batchSize = opts.batchSize ?? (db.engine === 'pglite' ? 20_000 : 100_000);
  const salt = randomBytes(4).toString('hex');
  const result = await mutate(db, actor, opts.now, async (tx) => {
    const offices = await requireReferenceData(tx, opts.now);
    let inserted = 0;
    for (let first = 1; first <= opts.count; first += batchSize) {
      const last = Math.min(opts.count, first + batchSize - 1);
      const params = syntheticBatchParams(salt, first, last, opts.now);
      const { rows } = await tx.query<{ inserted: number }>(SYNTHETIC_BATCH_SQL, params);
      inserted += rows[0]!.inserted;
      if (inserted !== last) {
        throw new Error(`synthetic cases: batch ${first}–${last} inserted ${rows[0]!.inserted} rows`);
      }
      opts.onProgress?.(inserted);
    }
    return {
      result: { inserted, salt, offices },
      audit: {
        action: 'case.synthetic_generated',
        subjectType: 'synthetic_data',
        subjectId: salt,
        data: { count: inserted, offices, registerPrefix: `SINTETIS/${salt}/` },
      },
    };
  });
  // ANALYZE for the planner; VACUUM sets the visibility map as autovacuum later would, so index-only
  // scans (the inbox counts) do not visit a million fresh heap rows — and autovacuum may be off.
  await db.exec('VACUUM (ANALYZE) cases, reports, case_parties, case_deadlines, case_categories');
  return result;
}
