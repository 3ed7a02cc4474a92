/** The portfolio export (issue 6): a dry-run plan, and the export with progress events. */
import type { PortfolioProgressEvent } from '../../../shared/portfolio';
import { exportPortfolio, planPortfolio, type PortfolioHooks } from '../export/portfolio/run';
import type { HandlerContext, HandlerMap } from './types';

export type PortfolioMethods = 'portfolio.plan' | 'portfolio.export';

export interface PortfolioDoorOptions {
  onProgress: (event: PortfolioProgressEvent) => void;
  /** How this door prints a PDF (Electron's printToPDF, or a local Chromium), and why not when it cannot. */
  pdf: () => Pick<PortfolioHooks, 'printPdf' | 'noPdfReason'>;
}

export function portfolioHandlers({ current }: HandlerContext, options: PortfolioDoorOptions): HandlerMap<PortfolioMethods> {
  const hooks = (): PortfolioHooks => ({ onProgress: options.onProgress, ...options.pdf() });
  return {
    'portfolio.plan': ({ choices }) => planPortfolio(current(), choices, hooks()),
    'portfolio.export': async ({ choices, out, pdf }) => {
      const { plan: _plan, ...result } = await exportPortfolio(current(), { ...(choices ? { choices } : {}), ...(out ? { out } : {}), pdf: pdf === true }, hooks());
      return result;
    },
  };
}
