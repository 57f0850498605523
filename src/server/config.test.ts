import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { tempDir } from './test/tmp';

const tmp = () => tempDir('config');
const KEY = Buffer.alloc(32, 1).toString('base64');

describe('configuration', () => {
  it('applies defaults and reads overrides', () => {
    const dir = tmp();
    const c = loadConfig({ NETRA_DATA_DIR: dir, NETRA_SECRET_KEY: KEY, PORT: '9090' }, () => undefined);
    expect(c).toMatchObject({ port: 9090, dataDir: dir, env: 'development', databaseUrl: undefined, jobs: true });
    expect(c.secretKey.length).toBe(32);
  });

  it('fails fast naming each bad variable', () => {
    const attempt = () =>
      loadConfig(
        { PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', NETRA_SECRET_KEY: KEY },
        () => undefined,
      );
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/NODE_ENV/);
    }
  });

  it('requires a secret key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', NETRA_DATA_DIR: tmp() }, () => undefined)).toThrow(
      /NETRA_SECRET_KEY/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', NETRA_SECRET_KEY: 'c2hvcnQ=' }, () => undefined)).toThrow(
      ConfigError,
    );
  });

  it('generates a development key once into the data dir, with a warning each start', () => {
    const dir = tmp();
    const warnings: string[] = [];
    const first = loadConfig({ NETRA_DATA_DIR: dir }, (m) => warnings.push(m));
    const second = loadConfig({ NETRA_DATA_DIR: dir }, (m) => warnings.push(m));
    expect(first.secretKey.equals(second.secretKey)).toBe(true);
    expect(existsSync(path.join(dir, 'secret.key'))).toBe(true);
    expect(readFileSync(path.join(dir, 'secret.key'), 'utf8').trim()).toBe(first.secretKey.toString('base64'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/generated/);
  });
});
