#!/usr/bin/env node
// Entry point of the `netra` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
