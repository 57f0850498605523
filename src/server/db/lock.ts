import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * PGlite allows one process per data dir; two processes silently lose committed rows. This takes
 * an exclusive lock file (created with O_EXCL, holding our PID) and refuses a second process.
 * A lock left by a process that no longer runs is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `Direktori data sedang dipakai proses lain (PID ${pid}) / The data directory is in use by another Netra process (PID ${pid}).\n` +
        `Embedded PGlite allows one process per data directory. Stop that process, or run several instances against PostgreSQL (DATABASE_URL).\n` +
        `Lock file: ${lockFile}`,
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'netra.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lockFile, 'utf8').trim());
      // Our own PID counts as a holder too: a second open in this process is as unsafe.
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new DataDirLockedError(lockFile, pid);
      unlinkSync(lockFile); // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${lockFile}`);
}
