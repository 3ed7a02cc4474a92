/** What `pln` prints for --help and on bad usage. */
export const USAGE = `pln — your PLN garden from the command line

Usage:
  pln stats <garden> [--json]        counts of notes, people, sources, goals, links, seeds, orphans, tags
  pln serve [<garden>] [--port N]    browser mode: prints an address (with a one-time token) to open
  pln --help                         this text

Exit codes: 0 success, 1 failure (one line on stderr), 2 bad usage.`;

/** Bad usage: exit code 2 with a one-line reason. */
export class UsageError extends Error {}
