/**
 * The `pln` command: the same core as the app, without a window.
 * Exit codes are a stable interface: 0 success, 1 failure (one line on stderr), 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { GardenError } from '../../shared/api';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { processIo, type CliIo } from './io';
import { USAGE, UsageError } from './usage';

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    switch (command) {
      case 'stats': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' } });
        const root = only(positionals, 'pln stats <garden>');
        return await statsCommand(root, values.json === true, io);
      }
      case 'serve': {
        const { values, positionals } = parse(rest, { port: { type: 'string' } });
        if (positionals.length > 1) throw new UsageError('pln serve takes at most one garden folder.');
        const port = values.port === undefined ? undefined : Number(values.port);
        if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UsageError('--port takes a number from 0 to 65535.');
        return await serveCommand({ ...(positionals[0] ? { root: positionals[0] } : {}), ...(port !== undefined ? { port } : {}) }, io);
      }
      default:
        throw new UsageError(`Unknown command "${command}". Run pln --help.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`pln: ${error.message}`);
      return 2;
    }
    const message = error instanceof GardenError ? error.message : error instanceof Error ? error.message : String(error);
    io.err(`pln: ${message.split('\n')[0]}`);
    return 1;
  }
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: options as O, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function only(positionals: string[], usage: string): string {
  if (positionals.length !== 1 || !positionals[0]) throw new UsageError(`usage: ${usage}`);
  return positionals[0];
}
