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
import { afterFirstFrame } from '../../utils/after-first-frame.ts';
import { sendRequest } from '../../utils/messaging.ts';

export default defineContentScript({
  // Registered by the background for the sites the reader granted (utils/host-access-shell.ts),
  // or injected into one page by a click on the toolbar button: never in the manifest, so
  // installing Backstory grants no access to any site by itself.
  registration: 'runtime',
  // At document start, so the script is loaded and compiled while the page is still parsing
  // and storage is read meanwhile; the work itself waits for DOMContentLoaded and the page's
  // first frame (below). Injected at document_end instead, Chromium ran the script 80–120 ms
  // after DOMContentLoaded on the seed page, more than the whole budget for marks to appear
  // (`npm run bench -- browser`).
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Once per page: a click on the toolbar button injects us where we may already be loading.
    // The flag lives in our isolated world, which the page cannot see or set.
    if ('backstoryReader' in globalThis || !canPaintHighlights()) return;
    Object.assign(globalThis, { backstoryReader: true });
    // A worker that was asleep starts and reads the packs while the page parses, instead of
    // after the page has been read and asks for its matches.
    void sendRequest({ type: 'warm-up' });
    // Storage reads overlap page parsing and article detection: neither needs the settings.
    const stored = Promise.all([readSettings(), readCorrections(), readMutes()]);
    await domContentLoaded(document);
    // Read once the browser has laid the page out (a hidden page at once: it gets no frames).
    await afterFirstFrame(document, window);
    if (!document.body || ctx.isInvalid) return;
    const session = new ReaderSession(ctx, document);
    // Commands are acknowledged, so the background knows a script here took them.
    const listener = (message: unknown, sender: { id?: string }) => {
      const command = sender.id === browser.runtime.id ? parseTabCommand(message) : null;
      if (!command) return undefined;
      session.handleCommand(command);
      return Promise.resolve(true);
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
