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

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At document end (DOMContentLoaded): the article is parsed, and marks appear as the page
  // settles rather than after document_idle's extra wait (up to a few hundred ms in Chromium).
  runAt: 'document_end',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    if (!canPaintHighlights() || !document.body) return;
    // Storage reads and article detection overlap: detection does not need the settings.
    const stored = Promise.all([readSettings(), readCorrections()]);
    const session = new ReaderSession(ctx, document);
    const listener = (message: unknown, sender: { id?: string }) => {
      const command = sender.id === browser.runtime.id ? parseTabCommand(message) : null;
      if (command) session.handleCommand(command);
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    ctx.onInvalidated(watchSettings(({ settings: next }) => void session.applySettings(next)));
    ctx.onInvalidated(watchCorrections((next) => session.applyCorrections(next)));
    await session.start(stored.then(([{ settings }, corrections]) => ({ settings, corrections })));
  },
});
