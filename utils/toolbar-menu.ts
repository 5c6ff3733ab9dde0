/**
 * The toolbar button's right-click menu (background side): a "Run on this site" checkbox that
 * shows and toggles the current tab's site in the reader's settings, and, in Firefox, "Options"
 * (Chrome puts its own "Options" in that menu). core/site-toggle.ts decides what the checkbox
 * shows and what a click changes; this file keeps it in step with the tabs.
 *
 * Without the "tabs" permission the background cannot read a tab's address, so each tab's site
 * comes from the content script's badge report (its sender.url, which the browser fills in). It
 * is kept in session storage, one key per tab, because the worker is stopped between events.
 */
import { browser, type Browser } from 'wxt/browser';
import { siteMenuItem, toggleSite } from '../core/site-toggle.ts';
import { siteOfUrl, siteOrigins } from '../core/host-access.ts';
import { readSettings, writeSettings } from './settings-store.ts';
import { t } from '../components/i18n.ts';

export const SITE_ITEM = 'run-on-this-site';
export const OPTIONS_ITEM = 'options';

const tabKey = (tabId: number) => `tab-site:${tabId}`;

async function siteOf(tabId: number): Promise<string | null> {
  const value = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)];
  return typeof value === 'string' ? value : null;
}

/** Show the checkbox as it is for `tabId` (the active tab). */
async function refresh(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const [{ settings }, host] = await Promise.all([readSettings(), siteOf(tabId)]);
  const { enabled, checked, offEverywhere } = siteMenuItem(settings, host, host !== null && (await isGranted(host)));
  const title = t(offEverywhere ? 'menuRunOnSiteOffEverywhere' : 'menuRunOnSite');
  // Fails only while the menu is being created at start, which refreshes once it is done.
  await browser.contextMenus.update(SITE_ITEM, { enabled, checked, title }).catch(() => undefined);
}

async function refreshActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  await refresh(tab?.id);
}

/** Whether the reader granted Backstory the site, so its pages are read without a click. */
async function isGranted(host: string): Promise<boolean> {
  const origins = siteOrigins(host);
  return origins !== null && browser.permissions.contains({ origins }).catch(() => false);
}

/**
 * Ask the browser for the site's pages, if the box was just ticked. Must be called as the click
 * arrives: browsers allow a permission request only while handling the reader's gesture. The
 * tab's address is known here because the click itself grants activeTab. Resolves whether the
 * site may be read (when the reader refuses, or without a gesture, whether the grant exists
 * anyway), or null when nothing was asked (unticked, or the address unknown).
 */
function requestSiteIfTicked(checked: boolean | undefined, url: string | undefined): Promise<boolean> | null {
  const site = checked === true ? siteOfUrl(url) : null;
  const origins = site === null ? null : siteOrigins(site);
  if (origins === null) return null;
  return browser.permissions.request({ origins }).then(
    (granted) => granted || browser.permissions.contains({ origins }),
    () => browser.permissions.contains({ origins }).catch(() => false),
  );
}

/**
 * The reader clicked an item of the menu in `tabId`; `checked` is the box's new state and `granted`
 * whether the site's pages may be read (see requestSiteIfTicked). The site's setting changes here,
 * in the background, never from the page. Settings that could not be read are not overwritten:
 * the options page opens instead, where the notice says what happened.
 */
async function onToolbarMenuClick(
  itemId: string | number,
  tabId: number | undefined,
  checked: boolean | undefined,
  granted: Promise<boolean> | null,
): Promise<void> {
  if (itemId === OPTIONS_ITEM) return browser.runtime.openOptionsPage();
  if (itemId !== SITE_ITEM || tabId === undefined) return;
  const [{ settings, notice }, host] = await Promise.all([readSettings(), siteOf(tabId)]);
  if (notice) return browser.runtime.openOptionsPage();
  const allowed = (await granted) ?? (host !== null && (await isGranted(host)));
  // Ticked but refused by the reader in the browser's prompt: the settings stay as they are.
  const next = host === null || (checked === true && !allowed) ? null : toggleSite(settings, host, checked);
  if (next && next !== settings) await writeSettings(next);
  // The browser ticked or unticked the box already; show what the settings and grants now say.
  await refresh(tabId);
}

/** A content script reported from `sender` (its badge message): remember the tab's site. */
export async function tabReported(sender: Browser.runtime.MessageSender): Promise<void> {
  const tab = sender.tab;
  if (tab?.id === undefined || sender.frameId !== 0 || !sender.url) return;
  let host: string;
  try {
    const url = new URL(sender.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    host = url.hostname;
  } catch {
    return;
  }
  await browser.storage.session.set({ [tabKey(tab.id)]: host });
  if (tab.active) await refresh(tab.id);
}

/** Create the menu and keep it in step with tabs, windows and settings; call once per worker start. */
export function installToolbarMenu(): void {
  // Menus outlive a stopped worker in Chrome and not always in Firefox: start from a clean slate.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: SITE_ITEM, type: 'checkbox', title: t('menuRunOnSite'), contexts: ['action'], enabled: false });
    if (import.meta.env.FIREFOX) browser.contextMenus.create({ id: OPTIONS_ITEM, title: t('menuOptions'), contexts: ['action'] });
    return refreshActiveTab();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const granted = info.menuItemId === SITE_ITEM ? requestSiteIfTicked(info.checked, tab?.url) : null;
    void onToolbarMenuClick(info.menuItemId, tab?.id, info.checked, granted);
  });
  // A grant or revocation (here or in the browser's own settings) changes what the box shows.
  browser.permissions.onAdded.addListener(() => void refreshActiveTab());
  browser.permissions.onRemoved.addListener(() => void refreshActiveTab());
  browser.tabs.onActivated.addListener(({ tabId }) => void refresh(tabId));
  browser.windows.onFocusChanged.addListener(() => void refreshActiveTab());
  // A new page in the tab: its content script reports again (a browser page never does).
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    void browser.storage.session.remove(tabKey(tabId)).then(() => (tab.active ? refresh(tabId) : undefined));
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) void refreshActiveTab();
  });
}
