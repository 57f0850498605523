import type { Command } from 'commander';
import type { z } from 'zod';
import { DeadlineRuleQuery, LiabilityRuleQuery, RouteRuleQuery, type RuleVersion } from '../../shared/api/cases';
import { ZONE_LABEL, type TimeZone } from '../../shared/zones';
import { AppError } from '../../server/http/errors';
import {
  explainDeadlineRule,
  explainLiability,
  explainRoute,
  type DeadlineRuleAnswer,
  type LiabilityRuleAnswer,
  type RouteRuleAnswer,
} from '../../server/rules/explain';
import type { Database } from '../../server/db/db';
import { withDatabase } from '../run';

/**
 * `netra rules deadline|route|liability`: the answers of GET /api/rules/* at the server's console,
 * for an officer or operator checking why a date or a body was chosen. Values are case-insensitive
 * and take kebab-case (`report-window`, `other-laws`, `kepala-desa`). Exit codes: 0 answered,
 * 1 no rule in force, 2 bad input (unknown option value, malformed date, unknown region).
 */
export function registerRulesCommands(program: Command): void {
  const rules = program
    .command('rules')
    .description('Jelaskan aturan tenggat, penerusan, Pasal 188 / explain deadline, routing and liability rules')
    // Commander's own refusals (missing option, unknown command) are bad input too: exit 2.
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

  rules
    .command('deadline')
    .description('Hari terakhir dan saat berakhirnya tenggat / the last day of a deadline and the instant it ends')
    .requiredOption('--regime <regime>', 'pilkada | pemilu')
    .requiredOption('--rule <rule>', 'report-window, completion, decision, forwarding-reply, investigation, …')
    .requiredOption(
      '--start <date>',
      'tanggal peristiwa awal / date of the start event (YYYY-MM-DD); day 1 is the next day',
    )
    .requiredOption('--region <code>', 'wilayah kejadian / incident region, e.g. 64.02 (its zone ends the day)')
    .option('--extended', 'dengan perpanjangan / with the extension (decision)')
    .option('--json', 'keluaran JSON / machine output (the API answer)')
    .action(
      async (o: {
        regime: string;
        rule: string;
        start: string;
        region: string;
        extended?: boolean;
        json?: boolean;
      }) => {
        const q = parse(DeadlineRuleQuery, {
          regime: word(o.regime),
          rule: word(o.rule),
          start: o.start.trim(),
          region: o.region.trim(),
          extended: o.extended ? 'true' : 'false',
        });
        if (!q) return;
        const answer = await answerWith((db) => explainDeadlineRule(db, { ...q, extended: q.extended === 'true' }));
        if (answer) print(o.json, answer, deadlineLines);
      },
    );

  rules
    .command('route')
    .description('Instansi penerima pelanggaran yang diputus / the body a decided violation goes to')
    .requiredOption('--category <category>', 'administrative | administrative-tsm | ethics | crime | other-laws')
    .requiredOption('--subject <type>', 'pns, pppk, camat, lurah, kepala-desa, perangkat-desa, tni, polri, …')
    .requiredOption('--act-on <date>', 'tanggal perbuatan / date of the act (YYYY-MM-DD)')
    .option('--json', 'keluaran JSON / machine output (the API answer)')
    .action(async (o: { category: string; subject: string; actOn: string; json?: boolean }) => {
      const q = parse(RouteRuleQuery, {
        category: word(o.category),
        subjectType: word(o.subject),
        actOn: o.actOn.trim(),
      });
      if (!q) return;
      const answer = await answerWith((db) => explainRoute(db, q));
      if (answer) print(o.json, answer, routeLines);
    });

  rules
    .command('liability')
    .description('Apakah Pasal 188 menjangkau terlapor pada tanggal perbuatan / whether Pasal 188 reached the subject')
    .requiredOption('--subject <type>', 'pns, pppk, camat, lurah, kepala-desa, tni, polri, pejabat-daerah, …')
    .requiredOption('--act-on <date>', 'tanggal perbuatan / date of the act (YYYY-MM-DD)')
    .option('--json', 'keluaran JSON / machine output (the API answer)')
    .action(async (o: { subject: string; actOn: string; json?: boolean }) => {
      const q = parse(LiabilityRuleQuery, { subjectType: word(o.subject), actOn: o.actOn.trim() });
      if (!q) return;
      const answer = await answerWith((db) => explainLiability(db, q));
      if (answer) print(o.json, answer, liabilityLines);
    });
}

/** `report-window` → `REPORT_WINDOW`. */
function word(value: string): string {
  return value.trim().toUpperCase().replace(/-/g, '_');
}

const OPTION_OF: Record<string, string> = { subjectType: '--subject', actOn: '--act-on' };

function badInput(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

/** The API's own query schema checks the options; a refusal names the option and exits 2. */
function parse<S extends z.ZodType>(schema: S, input: Record<string, string>): z.infer<S> | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  badInput(
    parsed.error.issues
      .map((i) => {
        const key = String(i.path[0] ?? '');
        return `${OPTION_OF[key] ?? `--${key}`} ${JSON.stringify(input[key] ?? '')}: ${i.message}`;
      })
      .join('\n'),
  );
  return null;
}

/** Runs the service; its refusals print `CODE: message` (bad input exits 2, no rule in force 1). */
async function answerWith<T>(fn: (db: Database) => Promise<T>): Promise<T | null> {
  try {
    return await withDatabase(fn);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    console.error(`${err.code}: ${err.message}`);
    process.exitCode = err.code === 'NOT_FOUND' ? 1 : 2;
    return null;
  }
}

function print<T>(json: boolean | undefined, answer: T, lines: (a: T) => string[]): void {
  console.log(json ? JSON.stringify(answer, null, 2) : lines(answer).join('\n'));
}

const UNIT: Record<'CALENDAR' | 'WORKING', string> = {
  CALENDAR: 'hari kalender / calendar days',
  WORKING: 'hari kerja / working days',
};

function versionLine(label: string, v: z.infer<typeof RuleVersion>): string[] {
  const length = v.days !== null && v.unit !== null ? `, ${v.days} ${UNIT[v.unit]}` : '';
  return [
    `${label}: ${v.regime ? `${v.regime} ` : ''}${v.code}${length}, berlaku sejak / in force from ${v.effectiveFrom}`,
    `  Sumber / source: ${v.source}`,
  ];
}

/** The instant as a wall-clock time in the zone of its label, e.g. `2024-11-18 00:00 WITA`. */
function localTime(iso: string, label: string): string {
  const zone = (Object.keys(ZONE_LABEL) as TimeZone[]).find((z) => ZONE_LABEL[z] === label);
  if (!zone) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return ` (${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} ${label})`;
}

function deadlineLines(a: DeadlineRuleAnswer): string[] {
  return [
    `Hari terakhir / last day: ${a.lastDay} (${a.zoneLabel})`,
    `Berakhir / ends: ${a.dueAt}${localTime(a.dueAt, a.zoneLabel)}`,
    ...versionLine('Aturan / rule', a.rule),
    ...(a.extension ? versionLine('Perpanjangan / extension', a.extension) : []),
    a.explanation,
  ];
}

function routeLines(a: RouteRuleAnswer): string[] {
  return [
    `Instansi penerima / receiving body: ${a.body ?? '-'}`,
    ...(a.rule ? versionLine('Aturan / rule', a.rule) : []),
    a.explanation,
  ];
}

function liabilityLines(a: LiabilityRuleAnswer): string[] {
  return [
    `Pasal 188: ${a.liable ? 'menjangkau / liable' : 'TIDAK menjangkau / NOT liable'}`,
    ...(a.rule ? versionLine('Aturan / rule', a.rule) : []),
    a.explanation,
  ];
}
