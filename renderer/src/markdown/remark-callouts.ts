/** Moved to shared/markdown so the portfolio export renders notes with the same rules in Node. */
export * from '../../../shared/markdown/remark-callouts';
