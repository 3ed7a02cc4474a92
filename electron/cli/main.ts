/**
 * The `pln` command: the same core as the app, without a window.
 * Exit codes are a stable interface: 0 success, 1 failure (one line on stderr), 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { GardenError } from '../../shared/api';
import { doctorCommand } from './commands/doctor';
import { newCommand } from './commands/new';
import { serveCommand } from './commands/serve';
import { parseLimit, searchCommand } from './commands/search';
import { statsCommand } from './commands/stats';
import { graphCommand } from './commands/graph';
import { exportContactsCommand, exportSourcesCommand, sourceFormat } from './commands/export';
import { importCommand } from './commands/import';
import { logCommand } from './commands/log';
import { portfolioCommand } from './commands/portfolio';
import { waterCommand } from './commands/water';
import { parseIsoDate } from '../../shared/dates';
import { processIo, type CliIo } from './io';
import { LOG_USAGE, USAGE, UsageError } from './usage';

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
      case 'doctor': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' } });
        return doctorCommand(only(positionals, 'pln doctor <garden> [--json]'), values.json === true, io);
      }
      case 'new': {
        const { values, positionals } = parse(rest, { kind: { type: 'string' } });
        const usage = 'usage: pln new <garden> "<title>" [--kind note|person|source|goal]';
        if (positionals.length !== 2 || !positionals[0]) throw new UsageError(usage);
        return await newCommand(positionals[0], positionals[1] ?? '', values.kind, io);
      }
      case 'search': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' }, limit: { type: 'string' } });
        if (positionals.length !== 2 || !positionals[0]) throw new UsageError('usage: pln search <garden> "<query>" [--json] [--limit N]');
        return await searchCommand(positionals[0], positionals[1] ?? '', { json: values.json === true, limit: parseLimit(values.limit) }, io);
      }
      case 'serve': {
        const { values, positionals } = parse(rest, { port: { type: 'string' } });
        if (positionals.length > 1) throw new UsageError('pln serve takes at most one garden folder.');
        const port = values.port === undefined ? undefined : Number(values.port);
        if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UsageError('--port takes a number from 0 to 65535.');
        return await serveCommand({ ...(positionals[0] ? { root: positionals[0] } : {}), ...(port !== undefined ? { port } : {}) }, io);
      }
      case 'water': {
        const { values, positionals } = parse(rest, { now: { type: 'string' }, json: { type: 'boolean' } });
        const root = only(positionals, 'pln water <garden> [--now YYYY-MM-DD] [--json]');
        const now = values.now === undefined ? null : parseIsoDate(values.now);
        if (values.now !== undefined && now === null) throw new UsageError(`--now takes a date such as 2026-11-25, not "${values.now}".`);
        return await waterCommand(root, now, values.json === true, io);
      }
      case 'log': {
        const { values, positionals } = parse(rest, {
          kind: { type: 'string' }, direction: { type: 'string' }, note: { type: 'string' }, date: { type: 'string' }, about: { type: 'string' },
        });
        if (positionals.length !== 2 || !positionals[0] || !positionals[1]) throw new UsageError(`usage: ${LOG_USAGE}`);
        return await logCommand(positionals[0], positionals[1], values, io);
      }
      case 'import': {
        const { values, positionals } = parse(rest, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } });
        if (positionals.length !== 2 || !positionals[0] || !positionals[1]) throw new UsageError('usage: pln import <garden> <file> [--dry-run] [--json]');
        return await importCommand(positionals[0], positionals[1], { dryRun: values['dry-run'] === true, json: values.json === true }, io);
      }
      case 'export-contacts': {
        const { values, positionals } = parse(rest, { out: { type: 'string' } });
        const root = only(positionals, 'pln export-contacts <garden> --out <file.vcf>');
        if (!values.out) throw new UsageError('usage: pln export-contacts <garden> --out <file.vcf>');
        return await exportContactsCommand(root, values.out, io);
      }
      case 'export-sources': {
        const { values, positionals } = parse(rest, { out: { type: 'string' }, format: { type: 'string' } });
        const root = only(positionals, 'pln export-sources <garden> --out <file> [--format bibtex|csl-json]');
        if (!values.out) throw new UsageError('usage: pln export-sources <garden> --out <file> [--format bibtex|csl-json]');
        return await exportSourcesCommand(root, values.out, sourceFormat(values.out, values.format), io);
      }
      case 'export': {
        const { values, positionals } = parse(rest, { out: { type: 'string' }, pdf: { type: 'string' }, style: { type: 'string' }, 'include-tag': { type: 'string', multiple: true } });
        const usage = 'pln export <garden> --out <dir> [--pdf <file>] [--style apa|harvard1|vancouver] [--include-tag T]';
        const root = only(positionals, usage);
        if (!values.out) throw new UsageError(`usage: ${usage}`);
        return await portfolioCommand(root, { out: values.out, ...(values.pdf ? { pdf: values.pdf } : {}), ...(values.style ? { style: values.style } : {}), includeTags: values['include-tag'] ?? [] }, io);
      }
      case 'graph': {
        const { values, positionals } = parse(rest, { out: { type: 'string' }, view: { type: 'string' }, now: { type: 'string' }, theme: { type: 'string' } });
        const usage = 'pln graph <garden> --out <file.svg> [--view NAME] [--now YYYY-MM-DD] [--theme light|dark]';
        const root = only(positionals, usage);
        if (!values.out) throw new UsageError(`usage: ${usage}`);
        const now = values.now === undefined ? null : parseIsoDate(values.now);
        if (values.now !== undefined && now === null) throw new UsageError(`--now takes a date such as 2026-11-25, not "${values.now}".`);
        if (values.theme !== undefined && values.theme !== 'light' && values.theme !== 'dark') throw new UsageError('--theme takes light or dark.');
        return await graphCommand(root, { out: values.out, ...(values.view !== undefined ? { view: values.view } : {}), now, theme: values.theme === 'dark' ? 'dark' : 'light' }, io);
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
