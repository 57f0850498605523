import type { AppDeps } from '../deps';

/** On first start (no users), creates an admin with a one-time password and prints how to sign in. */
export async function ensureFirstAdmin(_deps: AppDeps, _print: (line: string) => void): Promise<void> {
  // Filled in by the officers/auth work.
}
