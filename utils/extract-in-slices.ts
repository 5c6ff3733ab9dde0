/**
 * Read the article without holding the page's main thread: the core's extraction steps run in
 * slices of about `SLICE_MS`, giving the thread back in between (`scheduler.yield()` where the
 * browser has it, otherwise a message-channel task, which is not throttled like `setTimeout`).
 */
import { extractArticleSteps, type ExtractedArticle, type ExtractOptions } from '../core/extract-article.ts';
import { runInSlices } from '../core/run-in-slices.ts';

/** Work per slice; one step more (a few hundred nodes) may run past it. */
const SLICE_MS = 8;

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** `extractArticle`, in slices; see the module comment. */
export function extractArticleInSlices(doc: Document, url: string | null, options: ExtractOptions = {}): Promise<ExtractedArticle> {
  return runInSlices(extractArticleSteps(doc, url, options), { budgetMs: SLICE_MS, now: () => performance.now(), pause: yieldToPage });
}
