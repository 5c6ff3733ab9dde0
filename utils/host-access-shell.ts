/**
 * The background's side of host access (core/host-access.ts decides): keep the content script
 * registered for exactly the origins the reader granted, follow grants and revocations, and read
 * a page once when the toolbar button is clicked where the script does not run.
 */
import { browser } from 'wxt/browser';
import { readerRegistration, READER_SCRIPT_ID, sameRegistration } from '../core/host-access.ts';

/** Registration changes one at a time: a grant and a revocation in quick succession must not interleave. */
let syncing: Promise<void> = Promise.resolve();

/** Register, update or unregister the reader script to match the granted origins now. */
export function syncReaderScript(): Promise<void> {
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

/** Call once per worker start: registrations follow grants made or taken back in the browser's own UI too. */
export function installHostAccess(): void {
  browser.permissions.onAdded.addListener(() => void syncReaderScript());
  browser.permissions.onRemoved.addListener(() => void syncReaderScript());
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

/**
 * The toolbar button in a tab where the content script does not run (a site the reader has not
 * granted): the click's activeTab grant lets us read this page, this once. Resolves true when
 * the script is (now) in the page; false where nothing can run (a browser page, a PDF).
 */
export async function readPageOnce(tabId: number): Promise<boolean> {
  try {
    if (await hasReader(tabId)) return true;
    await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/article.css'] });
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/article.js'] });
    return true;
  } catch {
    return false;
  }
}
