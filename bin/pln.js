#!/usr/bin/env node
// The `pln` command runs the TypeScript core directly through tsx, so a fresh clone needs
// no build step for the command line.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
