/** The little of citation-js we use (it ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    format(kind: 'bibliography', options: { format: 'html' | 'text'; template: string; lang: string; entry?: string | string[] }): string;
  }
}
declare module '@citation-js/plugin-csl';
