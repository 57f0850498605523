import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

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
});

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
  };
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
