/**
 * The background's side of host access (core/host-access.ts decides): keep the content script
 * registered for exactly the origins the reader granted, follow grants and revocations, read the
 * pages that were already open when a grant came once the reader looks at them, and read a page
 * once when the toolbar button is clicked where the script does not run.
 */
import { browser } from 'wxt/browser';
import { readableOrigins, readerRegistration, READER_SCRIPT_ID, sameRegistration } from '../core/host-access.ts';

/**
 * Tabs that were open when the reader granted their site, kept in session storage (the worker is
 * stopped between events): registration reads only pages loaded after it, so each of these is
 * read when the reader next looks at it, not all at once.
 */
const PENDING_KEY = 'tabs-to-read';

/** Registration changes one at a time: a grant and a revocation in quick succession must not interleave. */
let syncing: Promise<void> = Promise.resolve();

/** Register, update or unregister the reader script to match the granted origins now. */
function syncReaderScript(): Promise<void> {
  syncing = syncing.then(applyGrantedOrigins).catch((error: unknown) => {
    // Nothing a reader can act on; the next grant, revocation or worker start tries again.
    console.warn('Backstory: the content script could not be registered:', (error as Error).message);
  });
  return syncing;
}

async function applyGrantedOrigins(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const wanted = readerRegistration(origins);
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [READER_SCRIPT_ID] });
  if (sameRegistration(registered, wanted)) return;
  if (registered && wanted) await browser.scripting.updateContentScripts([wanted]);
  else if (wanted) await browser.scripting.registerContentScripts([wanted]);
  else await browser.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] });
}

async function pendingTabs(): Promise<number[]> {
  const value = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY];
  return Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id)) : [];
}

/** Tab ids are added and taken one change at a time, like registrations. */
let pendingChange: Promise<unknown> = Promise.resolve();
function changePending(change: (ids: number[]) => number[]): Promise<number[]> {
  const next = pendingChange.then(async () => {
    const before = await pendingTabs();
    const after = change(before);
    if (after.length !== before.length) await browser.storage.session.set({ [PENDING_KEY]: after });
    return before;
  });
  pendingChange = next.catch(() => undefined);
  return next;
}

/** The reader granted `origins`: read the active tab there now, the other open tabs when shown. */
async function readTabsOpenBefore(origins: string[]): Promise<void> {
  const matches = readableOrigins(origins);
  if (!matches.length) return;
  const tabs = await browser.tabs.query({ url: matches });
  const waiting: number[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    if (tab.active) void readPageOnce(tab.id);
    else waiting.push(tab.id);
  }
  if (waiting.length) await changePending((ids) => [...new Set([...ids, ...waiting])]);
}

/** The reader looks at `tabId`: read it if it was open when its site was granted. */
async function tabShown(tabId: number): Promise<void> {
  const before = await changePending((ids) => ids.filter((id) => id !== tabId));
  if (before.includes(tabId)) await readPageOnce(tabId);
}

/** Call once per worker start: registrations follow grants made or taken back in the browser's own UI too. */
export function installHostAccess(): void {
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void syncReaderScript().then(() => readTabsOpenBefore(origins));
  });
  browser.permissions.onRemoved.addListener(() => void syncReaderScript());
  browser.tabs.onActivated.addListener(({ tabId }) => void tabShown(tabId));
  // A new page in the tab is read by the registration (or not at all); a closed tab is gone.
  const forget = (tabId: number) => void changePending((ids) => ids.filter((id) => id !== tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });
  browser.tabs.onRemoved.addListener(forget);
  void syncReaderScript();
}

/**
 * Whether our content script is in the tab's page already (registered for its site, or injected
 * by an earlier click): a flag in our isolated world, which injected scripts share.
 */
async function hasReader(tabId: number): Promise<boolean> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => 'backstoryReader' in globalThis });
  return result?.result === true;
}

/** Injections under way, by tab: a click and the tab being shown may ask at the same moment. */
const injecting = new Map<number, Promise<boolean>>();

/**
 * Put the content script into the tab's page, unless it is there: the toolbar button where it
 * does not run (the click's activeTab grant lets us read this page, this once), or a page open
 * since before its site was granted. Resolves true when the script is (now) in the page; false
 * where nothing can run (a browser page, a PDF, a page we may not read).
 */
export function readPageOnce(tabId: number): Promise<boolean> {
  const under = injecting.get(tabId);
  if (under) return under;
  const done = inject(tabId).finally(() => injecting.delete(tabId));
  injecting.set(tabId, done);
  return done;
}

async function inject(tabId: number): Promise<boolean> {
  try {
    if (await hasReader(tabId)) return true;
    await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/article.css'] });
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/article.js'] });
    return true;
  } catch {
    return false;
  }
}
