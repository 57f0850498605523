import type { Command } from 'commander';

export function registerImportCommands(_program: Command): void {
  // Filled in by its feature work.
}
