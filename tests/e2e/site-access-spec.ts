/**
 * Host access as a reader meets it: installing grants no site, so the seed page is left alone;
 * choosing "Read articles on every site" on the welcome page (a real click; the browser's prompt
 * is answered as a reader who accepts it, see the harnesses) registers the content script and
 * pages load marked; a tab that was open before is read when the reader returns to it;
 * "Only on sites I choose" in the options takes the access back, the registration goes with it
 * (permissions.onRemoved) and new pages are left alone again. Where automation can click the
 * toolbar button (Chromium), a page opened before the grant is read by that click. The same
 * checks run in Chromium and Firefox ESR.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import type { ExtensionPage } from './extension-page.ts';
import { LIST_HIGHLIGHTS } from './page-probes.ts';

const REGISTERED = `(globalThis.browser ?? globalThis.chrome).scripting.getRegisteredContentScripts().then((list) => list.map((s) => ({ id: s.id, matches: s.matches })))`;
const GRANTED = `(globalThis.browser ?? globalThis.chrome).permissions.getAll().then((p) => p.origins.filter((o) => /^(https?|\\*):/.test(o)).sort())`;
/** Nothing of ours in the page: no marks and no host element. */
const UNTOUCHED = `(!globalThis.CSS?.highlights || CSS.highlights.size === 0) && !document.querySelector('backstory-card')`;
/** A page Backstory reads is marked well within this on the loaded test machine. */
const SETTLE_MS = 3_000;

/** `toolbarClick`: the browser's automation can click the toolbar button (Chromium's CDP). */
export function describeSiteAccess(makeDriver: () => Promise<BrowserDriver>, { toolbarClick }: { toolbarClick: boolean }): void {
  let server: LocalServer;
  let driver: BrowserDriver;
  let welcome: ExtensionPage;
  const seedUrl = (tab = '') => `${server.origin}/seed/source.html${tab}`;
  const marks = () => driver.evaluate<unknown[]>(LIST_HIGHLIGHTS);
  const status = (page: ExtensionPage) => page.evaluate<string>(`document.querySelector('.access-status')?.textContent ?? ''`);
  const openUnread = async (tab = '') => {
    await driver.open(seedUrl(tab));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await driver.evaluate<boolean>(UNTOUCHED)).toBe(true);
  };

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures/pages');
    driver = await makeDriver();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  test('installed, Backstory may read no site: nothing is registered and the seed page is left alone', async () => {
    await openUnread('?returned-to');
    await openUnread('?clicked');
    welcome = await driver.openExtensionPage('welcome.html');
    expect(await welcome.evaluate(GRANTED)).toEqual([]);
    expect(await welcome.evaluate(REGISTERED)).toEqual([]);
    expect(await waitFor('the welcome status', () => status(welcome), (s) => s !== '', 5_000)).toBe(
      'Backstory reads no site by itself: click its toolbar button on an article to read that page.',
    );
  });

  test('"Read articles on every site" on the welcome page grants it and registers the reader for it', async () => {
    await welcome.click('button', 'Read articles on every site');
    expect(await waitFor('the status', () => status(welcome), (s) => s.includes('every site'), 10_000)).toBe('Backstory reads articles on every site.');
    expect(await welcome.evaluate(GRANTED)).toEqual(['http://*/*', 'https://*/*']);
    const registered = await waitFor('the registration', () => welcome.evaluate<{ id: string; matches: string[] }[]>(REGISTERED), (list) => list.length > 0, 10_000);
    expect(registered).toEqual([{ id: 'backstory-reader', matches: ['http://*/*', 'https://*/*'] }]);
  });

  test('a tab open since before the grant is read when the reader returns to it', async () => {
    await driver.switchTo('?returned-to');
    expect(await driver.evaluate<boolean>(UNTOUCHED)).toBe(true);
    await driver.bringToFront();
    await waitFor('marks once the tab is shown', marks, (list) => list.length > 100, 15_000);
  });

  if (toolbarClick) {
    test('the toolbar button reads a page opened before the grant, and opens the panel', async () => {
      // Shown, this tab would be read as the one above was; the worker is told to forget it
      // (session storage, where it keeps such tabs), so that only the click reads it. The click
      // acts on the front tab.
      await welcome.evaluate(`chrome.storage.session.remove('tabs-to-read')`);
      await driver.switchTo('?clicked');
      await driver.bringToFront();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await driver.evaluate<boolean>(UNTOUCHED)).toBe(true);
      await driver.clickToolbarButton!();
      await waitFor('marks after the click', marks, (list) => list.length > 100, 15_000);
      const panel = await waitFor('the panel', () => driver.readCard(), (ui) => Boolean(ui?.headings.includes('Backstory')), 10_000);
      expect(panel!.headings).toContain('The Duran');
      // A second click closes the panel: the script answers, nothing is injected twice.
      await driver.clickToolbarButton!();
      await waitFor('the panel to close', () => driver.readCard(), (ui) => !ui?.headings.includes('Backstory'), 5_000);
      expect(await driver.evaluate<number>(`document.querySelectorAll('backstory-card').length`)).toBe(1);
    });
  }

  test('pages load marked once every site is granted', async () => {
    await driver.open(seedUrl());
    await waitFor('highlights', marks, (list) => list.length > 100, 15_000);
  });

  test('"Only on sites I choose" in the options takes the access back; the registration goes and new pages are left alone', async () => {
    const options = await driver.openExtensionPage('options.html');
    await waitFor('the options page', () => options.text(), (text) => text.includes('Which sites Backstory reads'), 10_000);
    expect(await status(options)).toBe('Backstory reads articles on every site.');
    await options.click('button', 'Only on sites I choose');
    expect(await waitFor('the status', () => status(options), (s) => s.includes('no site'), 10_000)).toContain('reads no site by itself');
    expect(await options.evaluate(GRANTED)).toEqual([]);
    await waitFor('the registration to go', () => options.evaluate<unknown[]>(REGISTERED), (list) => list.length === 0, 10_000);
    await options.close();
    await openUnread();
  });

  test('the extension reported no errors; nothing left the machine', () => {
    expect(driver.extensionErrors()).toEqual([]);
    expect(driver.externalRequests()).toEqual([]);
  });
}
