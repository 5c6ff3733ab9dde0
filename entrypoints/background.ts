/**
 * The background worker: loads the bundled pack once and answers the content script's typed
 * requests. Every message is validated (core/messages.ts) and must come from this extension.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ContextService } from '../core/context-service.ts';
import { isoDay } from '../core/partial-date.ts';
import type { ContextPack } from '../core/types.ts';
import bundledPack from '../assets/generated/pack.json';

/** Only this extension's own content scripts and pages may ask. */
function isTrustedSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export default defineBackground(() => {
  const service = new ContextService(bundledPack as ContextPack, () => isoDay(new Date()));
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isTrustedSender(sender)) return Promise.resolve({ ok: false, error: 'sender not allowed' });
    return Promise.resolve(service.handle(message));
  });
});
