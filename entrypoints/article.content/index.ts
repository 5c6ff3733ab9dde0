/**
 * The content script: start a reader session on the page and pass it the toolbar's and
 * shortcuts' commands. Everything else lives in utils/reader-session.ts and the core.
 */
import './highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseTabCommand } from '../../core/messages.ts';
import { canPaintHighlights } from '../../utils/paint-mentions.ts';
import { ReaderSession } from '../../utils/reader-session.ts';
import { readSettings, watchSettings } from '../../utils/settings-store.ts';
import { readCorrections, watchCorrections } from '../../utils/corrections-store.ts';
import { readMutes, watchMutes } from '../../utils/mutes-store.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At document start, so the script is loaded and compiled while the page is still parsing
  // and storage is read meanwhile; the work itself waits for DOMContentLoaded (below). Injected
  // at document_end instead, Chromium ran the script 80–120 ms after DOMContentLoaded on the
  // seed page, more than the whole budget for marks to appear (`npm run bench -- browser`).
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    if (!canPaintHighlights()) return;
    // Storage reads overlap page parsing and article detection: neither needs the settings.
    const stored = Promise.all([readSettings(), readCorrections(), readMutes()]);
    await domContentLoaded(document);
    if (!document.body || ctx.isInvalid) return;
    const session = new ReaderSession(ctx, document);
    const listener = (message: unknown, sender: { id?: string }) => {
      const command = sender.id === browser.runtime.id ? parseTabCommand(message) : null;
      if (command) session.handleCommand(command);
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    ctx.onInvalidated(watchSettings(({ settings: next }) => void session.applySettings(next)));
    ctx.onInvalidated(watchCorrections((next) => session.applyCorrections(next)));
    ctx.onInvalidated(watchMutes(({ mutes }) => session.applyMutes(mutes)));
    await session.start(stored.then(([{ settings }, corrections, { mutes }]) => ({ settings, corrections, mutes })));
  },
});

/** Resolves once the document is parsed (at once when it already is). */
function domContentLoaded(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
