/**
 * The background worker: holds the installed packs (the bundled one and those the reader
 * imported) and answers typed requests. Every message is validated (core/messages.ts) and must
 * come from this extension; pack changes must come from the extension's own pages.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ContextService, routeRequest, type PackChangeRequest, type SenderKind } from '../core/context-service.ts';
import { isoDay } from '../core/partial-date.ts';
import { parseTabCommand, type EntitySummary, type ErrorResponse, type Request, type ResponseMap, type TabCommand } from '../core/messages.ts';
import type { ContextPack } from '../core/types.ts';
import { addCorrection, pageKey } from '../core/corrections.ts';
import { PackManager } from '../core/pack-manager.ts';
import { PACK_INDEX_KEY } from '../core/pack-storage.ts';
import { readCorrections, writeCorrections } from '../utils/corrections-store.ts';
import { extensionStorage } from '../utils/pack-store.ts';
import { addMute } from '../core/mutes.ts';
import { readMutes, writeMutes } from '../utils/mutes-store.ts';
import { readSettings, writeSettings } from '../utils/settings-store.ts';
import type { EntryKind } from '../core/types.ts';
import { decodeCompiledIndex, type CompiledIndexFile } from '../core/match-index-file.ts';
import { installToolbarMenu, tabReported } from '../utils/toolbar-menu.ts';
import { installHostAccess, readPageOnce } from '../utils/host-access-shell.ts';

/** Only this extension's own content scripts and pages may ask. */
function isTrustedSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** Requests answered from the packs; the others are browser actions the shell performs. */
const NEEDS_PACKS: ReadonlySet<Request['type']> = new Set(['warm-up', 'match', 'card', 'outlet', 'packs', 'export-pack', 'mute-entity']);

/** The bundled pack and its compiled index, shipped as extension files (see wxt.config.ts). */
async function loadBundledPack(): Promise<{ pack: ContextPack; index: ReturnType<typeof decodeCompiledIndex> }> {
  const read = (name: string) => fetch((browser.runtime.getURL as (path: string) => string)(`/data/${name}`)).then((r) => r.json() as Promise<unknown>);
  const [pack, compiled] = await Promise.all([read('pack.json'), read('match-index.json')]);
  return { pack: pack as ContextPack, index: decodeCompiledIndex(compiled as CompiledIndexFile) };
}

/** The extension's own pages (options) have its origin; content scripts report the page's URL. */
function senderKind(sender: Browser.runtime.MessageSender): SenderKind {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ? 'extension-page' : 'content-script';
}

export default defineBackground(() => {
  const today = () => isoDay(new Date());
  // Read on first need: requests that only carry a browser action (badge, open-options, wrong
  // match, mute a kind) and tab or menu events never load the packs.
  let manager: PackManager | null = null;
  let service: ContextService | null = null;
  let ready: Promise<void> | null = null;
  const rebuild = () => {
    if (manager) service = new ContextService(manager.installed, manager.notices, today);
  };
  // Requests wait for the imported packs too, so the first page after a restart sees all of them.
  const whenReady = (): Promise<void> =>
    (ready ??= loadBundledPack().then(
      ({ pack, index }) => {
        manager = new PackManager(extensionStorage(), pack, index, { today, now: () => new Date().toISOString(), newKey: () => crypto.randomUUID() });
        return manager.start().then(rebuild, rebuild);
      },
      () => {
        ready = null; // try again on the next request
      },
    ));
  // Whenever the list of packs changes in storage, the worker rebuilds its index from it, then
  // tells open pages to read themselves again against it. Not loaded yet: the next request reads it.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(PACK_INDEX_KEY in changes) || !ready) return;
    ready = ready.then(() => manager?.reload()).then(rebuild, rebuild);
    void ready.then(() => sendToEveryTab({ type: 'packs-changed' })).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isTrustedSender(sender)) return Promise.resolve({ ok: false, error: 'sender not allowed' });
    const route = routeRequest(message, senderKind(sender));
    if ('error' in route) return Promise.resolve({ ok: false, error: route.error });
    if ('service' in route && !NEEDS_PACKS.has(route.service.type)) {
      // Its shape is checked; what it asks is a browser action of this shell's.
      performAction(route.service, sender, { ok: true });
      return Promise.resolve({ ok: true });
    }
    return whenReady().then(() => {
      if (!service) return { ok: false, error: 'the bundled pack could not be read' } satisfies ErrorResponse;
      if ('packChange' in route) return changePacks(route.packChange);
      const answer = service.answer(route.service);
      if (answer.ok) performAction(route.service, sender, answer);
      return answer;
    });
  });

  /** Pack changes: the manager writes storage; the storage listener above rebuilds the service. */
  async function changePacks(request: PackChangeRequest): Promise<object> {
    try {
      const done =
        request.type === 'import-pack'
          ? { ok: true, result: await manager!.import(request.text) }
          : request.type === 'remove-pack'
            ? await manager!.remove(request.id)
            : await manager!.setEnabled(request.id, request.enabled);
      // Answer once the worker uses the new list, so the page that asked sees it at once.
      rebuild();
      return done;
    } catch (error) {
      return { ok: false, error: `the packs could not be changed: ${(error as Error).message}` } satisfies ErrorResponse;
    }
  }

  // Read-modify-write of stored lists, one at a time: two quick mutes must not lose one.
  let storing = Promise.resolve();
  const store = (write: () => Promise<void>) => {
    storing = storing.then(write).catch(() => undefined);
  };

  /** The browser side of requests the service has accepted. */
  function performAction(request: Request, sender: Browser.runtime.MessageSender, answer: ResponseMap[Request['type']]): void {
    if (request.type === 'badge' && sender.tab?.id !== undefined) {
      const tabId = sender.tab.id;
      void browser.action.setBadgeText({ tabId, text: request.count > 0 ? String(request.count) : '' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' });
      void tabReported(sender);
    } else if (request.type === 'open-options') {
      void browser.runtime.openOptionsPage();
    } else if (request.type === 'report-wrong-match') {
      store(() => recordCorrection(request, sender));
    } else if (request.type === 'mute-entity' && 'entity' in answer) {
      store(() => muteEntry(answer.entity));
    } else if (request.type === 'mute-kind') {
      store(() => muteKind(request.kind));
    }
  }

  /** The entry as the pack names it (the service looked it up), never a name the page sent. */
  async function muteEntry(entity: EntitySummary): Promise<void> {
    const { mutes } = await readMutes();
    await writeMutes(addMute(mutes, { id: entity.id, name: entity.name, kind: entity.kind, at: new Date().toISOString() }));
  }

  /**
   * "Don't mark places" is the kinds setting the options page shows; from a card it can only be
   * turned off (turning a kind back on is for the options page).
   */
  async function muteKind(kind: EntryKind): Promise<void> {
    const { settings } = await readSettings();
    if (!settings.kinds[kind]) return;
    await writeSettings({ ...settings, kinds: { ...settings.kinds, [kind]: false } });
  }

  /** The page is the one that sent the report (sender.url), never an address the message names. */
  async function recordCorrection(request: Extract<Request, { type: 'report-wrong-match' }>, sender: Browser.runtime.MessageSender) {
    const page = sender.url ? pageKey(sender.url) : null;
    if (!page) return;
    const where = request.scope === 'page' ? page : new URL(page).hostname;
    const corrections = await readCorrections();
    await writeCorrections(
      addCorrection(corrections, { scope: request.scope, where, entityId: request.entityId, surface: request.surface, at: new Date().toISOString() }),
    );
  }

  /** Without the "tabs" permission tab URLs are unknown; tabs without our content script refuse. */
  async function sendToEveryTab(command: TabCommand): Promise<void> {
    const tabs = await browser.tabs.query({});
    for (const tab of tabs) void sendToTab(tab.id, command);
  }

  // The toolbar button and the keyboard commands act on the tab they were used in. Resolves
  // whether our content script there took the command: a tab without it (a site the reader has
  // not granted, a browser page, a PDF) has no one to answer.
  const sendToTab = (tabId: number | undefined, command: TabCommand): Promise<boolean> => {
    if (tabId === undefined) return Promise.resolve(false);
    return browser.tabs.sendMessage(tabId, command).then(
      (taken) => taken === true,
      () => false,
    );
  };

  /**
   * The toolbar button (or its shortcut) opens or closes the panel. Where our script does not run,
   * the click's activeTab grant lets it read this page once, then open the panel, once the
   * injected script listens (it starts within a few frames; a page that never lets it is left).
   */
  async function togglePanel(tabId: number | undefined): Promise<void> {
    if (tabId === undefined || (await sendToTab(tabId, { type: 'toggle-panel' }))) return;
    if (!(await readPageOnce(tabId))) return;
    for (let attempt = 0; attempt < 50; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (await sendToTab(tabId, { type: 'toggle-panel' })) return;
    }
  }
  // Once, on first install: say what Backstory does and where its settings are. Not on updates.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.action.onClicked.addListener((tab) => void togglePanel(tab.id));
  installToolbarMenu();
  installHostAccess();
  browser.commands.onCommand.addListener((name, tab) => {
    const command = parseTabCommand({ type: name });
    if (command?.type === 'toggle-panel') void togglePanel(tab?.id);
    else if (command) void sendToTab(tab?.id, command);
  });
});
