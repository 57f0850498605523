import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_REGISTER_TEMPLATE, validateRegisterTemplate } from '../domain/cases/register-number';

/**
 * Configuration, validated once at boot. A bad value stops the process with a message that says
 * which variable is wrong and how to fix it. Nothing here falls back silently for a secret.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  NETRA_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  NETRA_SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/_-]{43,}={0,2}$/, 'must be at least 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  NETRA_PUBLIC_URL: z.string().url('must be the public URL, e.g. https://netra.example.go.id').optional(),
  NETRA_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NETRA_JOBS: z.enum(['on', 'off']).default('on'),
  NETRA_UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(50).default(10),
  NETRA_UPLOAD_MAX_FILE_MB: z.coerce.number().int().min(1).max(1024).default(25),
  NETRA_SMTP_URL: z
    .string()
    .refine(isSmtpUrl, 'must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:pass@mail.example.go.id:587')
    .optional(),
  NETRA_MAIL_FROM: z
    .string()
    .refine((v) => mailAddressOf(v) !== null, 'must be an e-mail address, e.g. Netra <no-reply@bawaslu.go.id>')
    .optional(),
  /** Register number format; placeholders {seq:N} {kind} {election} {office} {month} {month:roman} {year}. */
  NETRA_REGISTER_FORMAT: z
    .string()
    .max(200)
    .superRefine((v, ctx) => {
      const problem = validateRegisterTemplate(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default(DEFAULT_REGISTER_TEMPLATE),
});

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The address of `a@b.c` or `Name <a@b.c>`; null when it is neither. */
export function mailAddressOf(value: string): string | null {
  // No control characters: a line break in a header would let a value add headers of its own.
  if (/\p{Cc}/u.test(value)) return null;
  const m = /^ *(?:[^<>@]*<([^\s<>@]+@[^\s<>@]+)>|([^\s<>@]+@[^\s<>@]+)) *$/.exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The sender used when no SMTP server is configured (nothing is sent then). */
export const DEFAULT_MAIL_FROM = 'Netra <no-reply@localhost>';

export interface MailConfig {
  /** `smtp://user:pass@host:587`; undefined = e-mail stays queued in the outbox. Holds a password: never log it. */
  smtpUrl: string | undefined;
  /** The From of every e-mail, e.g. `Netra <no-reply@bawaslu.go.id>`. */
  from: string;
}

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** 32-byte key material; derive purpose-specific keys with `deriveKey`. */
  secretKey: Buffer;
  publicUrl: string | undefined;
  trustProxy: boolean;
  logLevel: string;
  jobs: boolean;
  /** Evidence uploads per submission: how many files, how large each. */
  uploads: { maxFiles: number; maxFileBytes: number };
  /** Outgoing e-mail (src/server/mail/). Absent in configurations built by hand (tests): nothing is sent. */
  mail?: MailConfig;
  /** Case handling: the register number format (src/domain/cases/register-number.ts). */
  cases: { registerTemplate: string };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurasi tidak valid / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type Warn = (message: string) => void;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, warn: Warn = (m) => console.warn(m)): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.NETRA_DATA_DIR);
  let secretKey: Buffer;
  if (e.NETRA_SECRET_KEY) {
    secretKey = Buffer.from(e.NETRA_SECRET_KEY, 'base64');
    if (secretKey.length < 32) throw new ConfigError(['NETRA_SECRET_KEY: decodes to fewer than 32 bytes']);
  } else if (e.NODE_ENV === 'production') {
    throw new ConfigError([
      "NETRA_SECRET_KEY: required when NODE_ENV=production. Generate one with `openssl rand -base64 32` and keep it safe: it encrypts reporters' identities.",
    ]);
  } else {
    secretKey = developmentKey(dataDir, warn);
  }
  const mail = mailConfig(e.NETRA_SMTP_URL, e.NETRA_MAIL_FROM, warn);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    secretKey,
    publicUrl: e.NETRA_PUBLIC_URL?.replace(/\/$/, ''),
    trustProxy: e.NETRA_TRUST_PROXY === 'true',
    logLevel: e.LOG_LEVEL,
    jobs: e.NETRA_JOBS === 'on',
    uploads: { maxFiles: e.NETRA_UPLOAD_MAX_FILES, maxFileBytes: e.NETRA_UPLOAD_MAX_FILE_MB * 1024 * 1024 },
    mail,
    cases: { registerTemplate: e.NETRA_REGISTER_FORMAT },
  };
}

/** SMTP is optional, but its absence is said once at start; a real server needs a real sender. */
function mailConfig(smtpUrl: string | undefined, from: string | undefined, warn: Warn): MailConfig {
  if (smtpUrl === undefined) {
    warn(
      'PERINGATAN / WARNING: NETRA_SMTP_URL is not set: e-mail to reporters stays queued in the outbox and is not ' +
        'sent until it is set (e.g. smtp://user:pass@mail.example.go.id:587).',
    );
    return { smtpUrl: undefined, from: from ?? DEFAULT_MAIL_FROM };
  }
  if (from === undefined) {
    throw new ConfigError([
      'NETRA_MAIL_FROM: required when NETRA_SMTP_URL is set, e.g. NETRA_MAIL_FROM="Netra <no-reply@bawaslu.go.id>"',
    ]);
  }
  return { smtpUrl, from };
}

/** Development only: a key generated once into the data dir, with a visible warning every start. */
function developmentKey(dataDir: string, warn: Warn): Buffer {
  const file = path.join(dataDir, 'secret.key');
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    warn(`PERINGATAN / WARNING: generated a development secret key in ${file}. Set NETRA_SECRET_KEY in production.`);
  } else {
    warn(`PERINGATAN / WARNING: using the development secret key in ${file}. Set NETRA_SECRET_KEY in production.`);
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length < 32) throw new ConfigError([`${file}: holds fewer than 32 bytes; delete it to generate a new one`]);
  return key;
}
