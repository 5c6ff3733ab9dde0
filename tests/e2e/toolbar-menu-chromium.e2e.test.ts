/**
 * The toolbar button's "Run on this site" checkbox, through the real background worker and real
 * extension storage in Chromium. Automation cannot open the toolbar button's right-click menu, so
 * the click is delivered the way the browser delivers it: the worker's own contextMenus.onClicked
 * event, dispatched in the worker with the article's tab. What the worker then tells the menu is
 * recorded by wrapping contextMenus.update (the call still goes through). Not covered: that
 * Chromium shows the item in the button's menu and routes a real click to this event.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumHarness } from './harness/chromium.ts';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { CHROME_BUILD, waitFor } from './drivers.ts';
import { LIST_HIGHLIGHTS } from './page-probes.ts';
import { defaultSettings } from '../../core/settings.ts';

interface MenuUpdate {
  id: string;
  enabled?: boolean;
  checked?: boolean;
  title?: string;
}

const RECORD_MENU_UPDATES = `(() => {
  self.__menuUpdates = [];
  const update = chrome.contextMenus.update;
  chrome.contextMenus.update = function (id, props, ...rest) {
    self.__menuUpdates.push({ id, ...props });
    return update.call(this, id, props, ...rest);
  };
  return true;
})()`;

describe('toolbar menu in Chromium', () => {
  let server: LocalServer;
  let harness: ChromiumHarness;
  let article: Page;
  let tabId: number;
  const marks = () => article.evaluate(LIST_HIGHLIGHTS) as Promise<unknown[]>;
  const worker = <T>(expression: string) => harness.serviceWorker.evaluate(expression) as Promise<T>;
  const lastUpdate = () => worker<MenuUpdate[]>('self.__menuUpdates').then((list) => list.at(-1) ?? null);
  const storedSettings = () => worker<{ disabledSites?: string[]; listedSites?: string[]; siteMode?: string } | string | undefined>(`chrome.storage.local.get('settings').then((s) => s.settings)`);
  /**
   * The reader clicks "Run on this site" in the article's tab. A real click grants activeTab, so
   * the tab the browser passes carries its address even where no host access does.
   */
  const clickRunOnThisSite = (wasChecked: boolean) =>
    worker(`chrome.tabs.get(${tabId}).then((tab) => chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'run-on-this-site', editable: false, wasChecked: ${wasChecked}, checked: ${!wasChecked} }, { ...tab, url: ${JSON.stringify(article.url())} }))`);

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures/pages');
    harness = await launchChromium(CHROME_BUILD);
    await worker(RECORD_MENU_UPDATES);
    article = await harness.newPage();
    await article.goto(`${server.origin}/seed/source.html`);
    await waitFor('highlights', marks, (list) => list.length > 100, 15_000);
  });

  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  test("the article's tab reports its site, and the box shows Backstory running there", async () => {
    const sites = await waitFor(
      'the tab to report its site',
      () => worker<Record<string, string>>(`chrome.storage.session.get(null)`),
      (all) => Object.values(all).includes('127.0.0.1'),
      5_000,
    );
    tabId = Number(Object.keys(sites).find((key) => sites[key] === '127.0.0.1')!.replace('tab-site:', ''));
    expect(await waitFor('the box checked', lastUpdate, (u) => u?.checked === true, 5_000)).toEqual({
      id: 'run-on-this-site',
      enabled: true,
      checked: true,
      title: 'Run on this site',
    });
  });

  test('unticking it turns Backstory off on this site: the setting lists the site and the marks go', async () => {
    await clickRunOnThisSite(true);
    await waitFor('the site turned off', storedSettings, (s) => typeof s === 'object' && Boolean(s.disabledSites?.includes('127.0.0.1')), 5_000);
    await waitFor('the marks to go', marks, (list) => list.length === 0, 5_000);
    expect(await waitFor('the box unchecked', lastUpdate, (u) => u?.checked === false, 5_000)).toMatchObject({ enabled: true, checked: false });
  });

  test('ticking it again turns Backstory back on there', async () => {
    await clickRunOnThisSite(false);
    await waitFor('the site back on', storedSettings, (s) => typeof s === 'object' && s.disabledSites?.length === 0, 5_000);
    await waitFor('the marks to return', marks, (list) => list.length > 100, 10_000);
    expect(await waitFor('the box checked', lastUpdate, (u) => u?.checked === true, 5_000)).toMatchObject({ enabled: true, checked: true });
  });

  test('a tab without a page of ours greys the box out; back on the article it shows the site again', async () => {
    const blank = await harness.newPage();
    await blank.bringToFront();
    expect(await waitFor('the box greyed out', lastUpdate, (u) => u?.enabled === false, 5_000)).toMatchObject({ enabled: false, checked: false });
    await article.bringToFront();
    expect(await waitFor('the box back', lastUpdate, (u) => u?.enabled === true, 5_000)).toMatchObject({ enabled: true, checked: true });
    await blank.close();
  });

  test('settings that cannot be read are not overwritten: the options page opens to say why', async () => {
    await worker(`chrome.storage.local.set({ settings: 'not settings' })`);
    const options = harness.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html'), timeout: 10_000 });
    await clickRunOnThisSite(false);
    await (await options).close();
    expect(await storedSettings()).toBe('not settings');
    await worker(`chrome.storage.local.remove('settings')`);
  });

  test('with site access taken back the box is unticked, and a tick without a grant changes nothing', async () => {
    await worker(`chrome.permissions.remove({ origins: ['http://*/*', 'https://*/*'] })`);
    expect(await waitFor('the box unticked', lastUpdate, (u) => u?.checked === false, 5_000)).toMatchObject({ enabled: true, checked: false });
    // Only on listed sites now, none listed. The tick asks the browser for the site's pages; a
    // click dispatched by automation carries no gesture, so Chromium refuses to ask the reader,
    // nothing is granted and the site is not listed (it would be read nowhere).
    await worker(`chrome.storage.local.set({ settings: ${JSON.stringify({ ...defaultSettings(), siteMode: 'listed' })} })`);
    await clickRunOnThisSite(false);
    await waitFor('the box shown again', lastUpdate, (u) => u?.checked === false, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await storedSettings()).toMatchObject({ siteMode: 'listed', listedSites: [] });
    expect(await worker(`chrome.permissions.getAll().then((p) => p.origins)`)).toEqual([]);
  });

  test('the worker and the page reported no errors; nothing left the machine', () => {
    expect(harness.pageErrors.filter((e) => e.source !== 'page')).toEqual([]);
    expect(harness.externalRequests()).toEqual([]);
  });
});
