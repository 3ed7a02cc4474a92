/** What `pln` prints for --help and on bad usage. */
export const USAGE = `pln — your PLN garden from the command line

Usage:
  pln stats <garden> [--json]        counts of notes, people, sources, goals, links, seeds, orphans, tags
  pln doctor <garden> [--json]       read-only check: unparsable files, invalid dates, broken links, case and
                                     normalisation twins, stray symlinks, leftover temp files, corrupt state;
                                     exit 0 when clean, 1 with findings
  pln new <garden> "<title>" [--kind note|person|source|goal]
                                     creates a note (or person, source, goal) from its template; prints its path
  pln water <garden> [--now YYYY-MM-DD] [--json]
                                     what needs watering (people, sources, notes, goals), most urgent first
  pln log <garden> "<person>" --kind K --direction gave|received|mutual [--note T] [--date YYYY-MM-DD] [--about "[[X]]"]
                                     waters a person: logs one interaction in their file (date defaults to today)
  pln import <garden> <file> [--dry-run] [--json]
                                     people from .vcf or LinkedIn Connections.csv; sources from bookmarks .html,
                                     .opml, .bib or CSL .json; --dry-run shows what would be created, merged, skipped
  pln export-contacts <garden> --out <file.vcf>
                                     people as vCard 4.0
  pln export-sources <garden> --out <file> [--format bibtex|csl-json]
                                     sources as BibTeX or CSL-JSON (format from .bib/.json by default)
  pln export <garden> --out <dir> [--pdf <file>] [--style apa|harvard1|vancouver] [--include-tag T]
                                     the portfolio of learning as a static site (and PDF, with a local Chromium);
                                     prints what it wrote and the personal data it included
  pln search <garden> "<query>" [--json] [--limit N]
                                     ranked notes, people, sources, goals with a matching line; filters tag:, kind:, path:
  pln graph <garden> --out <file.svg> [--view NAME] [--now YYYY-MM-DD] [--theme light|dark]
                                     the garden map as an SVG file (saved layout, else laid out afresh; a saved view's filters)
  pln serve [<garden>] [--port N]    browser mode: prints an address (with a one-time token) to open
  pln --help                         this text

Exit codes: 0 success, 1 failure (one line on stderr), 2 bad usage.`;

export const LOG_USAGE = 'pln log <garden> "<person>" --kind K --direction gave|received|mutual [--note T] [--date YYYY-MM-DD] [--about "[[X]]"]';

/** Bad usage: exit code 2 with a one-line reason. */
export class UsageError extends Error {}
