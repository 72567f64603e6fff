/** Printing through the build's printer, once more on a new browser or tab if the one printing died. */
import { BrowserDisconnected, RendererCrashed } from '../errors.js';
import type { Variant } from '../model/index.js';
import type { Printer, PrintResult } from '../print/printer.js';
import type { AssetMap } from '../render/assets.js';

export interface Retry {
  path: string;
  reason: string;
  on: 'browser' | 'tab';
}

export function printWithRetry(
  printer: Printer,
  context: { assets: AssetMap; variant: Variant; interrupted: () => boolean; onRetry: (retry: Retry) => void },
): (html: string, label: string) => Promise<PrintResult> {
  return async (html, label) => {
    const print = () => printer.print({ html, assets: context.assets, variant: context.variant, label });
    try {
      return await print();
    } catch (e) {
      if (!(e instanceof BrowserDisconnected) || context.interrupted()) throw e;
      context.onRetry({ path: label, reason: e.message, on: e instanceof RendererCrashed ? 'tab' : 'browser' });
      return await print();
    }
  };
}
