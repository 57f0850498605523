import type { Command } from 'commander';

export function registerUserCommands(_program: Command): void {
  // Filled in by its feature work.
}
