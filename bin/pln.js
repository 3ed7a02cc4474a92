#!/usr/bin/env node
// The `pln` command runs the TypeScript core directly through tsx, so a fresh clone needs
// no build step for the command line.
import { register } from 'tsx/esm/api';

register();
// Output piped into a reader that stops early (`pln water | head`) is not an error: stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
