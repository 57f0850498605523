import { netra } from '../test-netra';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../server/test/db';
import { createScratchDatabase } from '../../server/test/scratch-db';
import { tempDir } from '../../server/test/tmp';

/** `netra rules …` as an operator runs it: a child process per command (see src/cli/cli.test.ts). */

for (const engine of testEngines()) {
  describe(`netra rules [${engine}]`, () => {
    const env: NodeJS.ProcessEnv = {
      NETRA_DATA_DIR: tempDir('cli-rules'),
      NETRA_SECRET_KEY: randomBytes(32).toString('base64'),
    };
    let dropDatabase = async (): Promise<void> => undefined;

    beforeAll(async () => {
      if (engine === 'postgres') {
        const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'netra_cli_rules');
        env.DATABASE_URL = scratch.url;
        dropDatabase = scratch.drop;
      }
      expect((await netra(env, 'migrate')).code).toBe(0);
    }, 180_000);
    afterAll(() => dropDatabase());

    it("explains the issue's example: Pilkada report window from 2024-11-10 in 64.02 ends 2024-11-17 WITA", async () => {
      const run = await netra(
        env,
        'rules',
        'deadline',
        '--regime',
        'pilkada',
        '--rule',
        'report-window',
        '--start',
        '2024-11-10',
        '--region',
        '64.02',
      );
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      const lines = run.out.split('\n');
      expect(lines[0]).toBe('Hari terakhir / last day: 2024-11-17 (WITA)');
      expect(lines[1]).toBe('Berakhir / ends: 2024-11-17T16:00:00.000Z (2024-11-18 00:00 WITA)');
      expect(lines[2]).toBe(
        'Aturan / rule: PILKADA REPORT_WINDOW, 7 hari kalender / calendar days, berlaku sejak / in force from 2015-03-18',
      );
      expect(lines[3]).toMatch(/^ {2}Sumber \/ source: UU 1\/2015 Pasal 134 ayat \(4\)/);

      const json = await netra(
        env,
        'rules',
        'deadline',
        '--regime',
        'PILKADA',
        '--rule',
        'DECISION',
        '--start',
        '2024-11-14',
        '--region',
        '91.03',
        '--extended',
        '--json',
      );
      expect(json.code).toBe(0);
      expect(JSON.parse(json.out)).toMatchObject({
        code: 'DECISION',
        lastDay: '2024-11-19',
        zoneLabel: 'WIT',
        dueAt: '2024-11-19T15:00:00.000Z',
        rule: { effectiveFrom: '2016-07-01', days: 3 },
        extension: { code: 'DECISION_EXTENSION', days: 2 },
      });
    }, 60_000);

    it('routes other-laws cases of a PNS to BKN from 2024-08-24 and to KASN up to 2024-08-23', async () => {
      const route = (actOn: string, ...extra: string[]) =>
        netra(env, 'rules', 'route', '--category', 'other-laws', '--subject', 'pns', '--act-on', actOn, ...extra);
      const bkn = await route('2024-08-24');
      expect(bkn.code).toBe(0);
      expect(bkn.out).toMatch(/^Instansi penerima \/ receiving body: BKN$/m);
      expect(bkn.out).toMatch(/in force from 2024-08-24/);
      const kasn = await route('2024-08-23', '--json');
      expect(kasn.code).toBe(0);
      expect(JSON.parse(kasn.out)).toMatchObject({ body: 'KASN', rule: { effectiveFrom: '2014-01-15' } });
    }, 60_000);

    it('says Pasal 188 does not reach a TNI act of 2024-11-13 and reaches one of 2024-11-14', async () => {
      const before = await netra(env, 'rules', 'liability', '--subject', 'tni', '--act-on', '2024-11-13', '--json');
      expect(before.code).toBe(0);
      expect(JSON.parse(before.out)).toMatchObject({ article: 'PASAL_188', liable: false, rule: null });
      const from = await netra(env, 'rules', 'liability', '--subject', 'tni', '--act-on', '2024-11-14');
      expect(from.code).toBe(0);
      expect(from.out).toMatch(/^Pasal 188: menjangkau \/ liable$/m);
      expect(from.out).toMatch(/in force from 2024-11-14/);
    }, 60_000);

    it('exits 2 with a message on bad input, and 1 when no rule is in force', async () => {
      const deadline = (...args: string[]) => netra(env, 'rules', 'deadline', '--regime', 'pilkada', ...args);
      const typo = await deadline('--rule', 'report-windw', '--start', '2024-11-10', '--region', '64.02');
      expect(typo.code).toBe(2);
      expect(typo.err).toMatch(/^--rule "REPORT_WINDW": /);
      const badDate = await deadline('--rule', 'report-window', '--start', '2024-02-30', '--region', '64.02');
      expect(badDate).toMatchObject({ code: 2, out: '' });
      expect(badDate.err).toMatch(/--start "2024-02-30": Tanggal tidak valid \/ Invalid date/);
      const unknown = await deadline('--rule', 'report-window', '--start', '2024-11-10', '--region', '64.99');
      expect(unknown.code).toBe(2);
      expect(unknown.err).toMatch(/UNKNOWN_REGION: .*64\.99/);
      const missing = await deadline('--rule', 'report-window', '--start', '2024-11-10');
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/--region/);
      const noRule = await deadline('--rule', 'decision', '--start', '2016-06-30', '--region', '36.03');
      expect(noRule.code).toBe(1);
      expect(noRule.err).toMatch(
        /^NOT_FOUND: Tidak ada aturan tenggat DECISION .* \/ No DECISION \(PILKADA\) deadline rule/,
      );
    }, 90_000);
  });
}
