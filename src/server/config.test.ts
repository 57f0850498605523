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
    const keyWarnings = warnings.filter((m) => m.includes('secret key'));
    expect(keyWarnings).toHaveLength(2);
    expect(keyWarnings[0]).toMatch(/generated/);
  });

  describe('e-mail', () => {
    const base = { NETRA_DATA_DIR: tmp(), NETRA_SECRET_KEY: KEY };
    const load = (env: Record<string, string>, warn: (m: string) => void = () => undefined) =>
      loadConfig({ ...base, ...env }, warn);

    it('keeps mail queued without SMTP and says so once, with the default sender', () => {
      const warnings: string[] = [];
      const c = load({}, (m) => warnings.push(m));
      expect(c.mail).toEqual({ smtpUrl: undefined, from: 'Netra <no-reply@localhost>' });
      expect(warnings.filter((m) => m.includes('NETRA_SMTP_URL'))).toHaveLength(1);
      expect(warnings.join('\n')).toMatch(/stays queued/);
    });

    it('reads the SMTP URL and the sender, without a warning', () => {
      const warnings: string[] = [];
      const env = { NETRA_SMTP_URL: 'smtp://netra:rahasia@mail.example.go.id:587', NETRA_MAIL_FROM: 'no-reply@x.id' };
      expect(load(env, (m) => warnings.push(m)).mail).toEqual({
        smtpUrl: 'smtp://netra:rahasia@mail.example.go.id:587',
        from: 'no-reply@x.id',
      });
      expect(warnings).toEqual([]);
      expect(load({ ...env, NETRA_SMTP_URL: 'smtps://mail.example.go.id' }).mail?.smtpUrl).toBe(
        'smtps://mail.example.go.id',
      );
    });

    it('requires a sender of its own once SMTP is set', () => {
      expect(() => load({ NETRA_SMTP_URL: 'smtp://mail.example.go.id:587' })).toThrow(/NETRA_MAIL_FROM: required/);
    });

    it.each([
      ['NETRA_SMTP_URL', 'http://mail.example.go.id'],
      ['NETRA_SMTP_URL', 'mail.example.go.id:587'],
      ['NETRA_SMTP_URL', 'smtp://'],
      ['NETRA_MAIL_FROM', 'Netra'],
      ['NETRA_MAIL_FROM', 'Netra <no-reply>'],
      ['NETRA_MAIL_FROM', 'a@b.id\r\nBcc: c@d.id'],
      ['NETRA_MAIL_FROM', 'a b@c.id'],
    ])('refuses %s=%j, naming the variable', (name, value) => {
      const env = { NETRA_SMTP_URL: 'smtp://mail.example.go.id', NETRA_MAIL_FROM: 'n@x.id', [name]: value };
      expect(() => load(env)).toThrow(ConfigError);
      expect(() => load(env)).toThrow(new RegExp(name));
    });
  });
});
