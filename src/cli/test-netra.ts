import { spawn } from 'node:child_process';
import path from 'node:path';

/** Test helper: the `netra` command as an operator runs it, a real child process per command. */
const BIN = path.resolve(import.meta.dirname, '../../bin/netra.mjs');

export interface NetraRun {
  code: number | null;
  out: string;
  err: string;
}

export function netra(env: NodeJS.ProcessEnv, ...args: string[]): Promise<NetraRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, TZ: 'UTC', LOG_LEVEL: 'silent', NETRA_JOBS: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
