/**
 * One small interface over the two real browsers, so the same end-to-end checks run in Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefox } from './harness/firefox.ts';
import {
  boxInShadowChromium,
  boxInShadowFirefox,
  clickInShadowChromium,
  clickInShadowFirefox,
  readShadowChromium,
  readShadowFirefox,
  type ShadowBox,
  type ShadowSnapshot,
} from './harness/read-closed-shadow.ts';
import { RECORD_PAGE_BEFORE } from './page-probes.ts';
import { playwrightExtensionPage, puppeteerExtensionPage, type ExtensionPage } from './extension-page.ts';
import { countListeners, type ListenerCounts } from './harness/chromium-counters.ts';

/** The tag of the card's host element (WXT's shadow-root UI uses the `name` option). */
export const CARD_HOST = 'backstory-card';

/** What the end-to-end checks need from a browser with the extension loaded. */
export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  /**
   * Open `url` in a new tab, recording the page's text at DOMContentLoaded; `initScript` runs in
   * the page's world before any of its scripts, as a probe.
   */
  open(url: string, options?: { initScript?: string }): Promise<void>;
  /** Load the open tab's page again. */
  reload(): Promise<void>;
  /** Make the open tab the active one again (after an extension page took the front). */
  bringToFront(): Promise<void>;
  /** Work on another open tab from now on, the one whose address contains `part` (not activated). */
  switchTo(part: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  moveMouse(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** What our closed shadow root shows (the card and the panel). */
  readCard(): Promise<ShadowSnapshot | null>;
  /** A real click on the first element matching `selector` inside our UI; false when absent. */
  clickInUi(selector: string): Promise<boolean>;
  /** Where the first element matching `selector` inside our UI is on screen (CSS px), or null. */
  boxInUi(selector: string): Promise<ShadowBox | null>;
  /** Deliver a toolbar/shortcut command to the open tab the way the background does. */
  sendTabCommand(command: { type: string }): Promise<void>;
  /** Open one of the extension's own pages (`options.html`, `welcome.html`) in a new tab. */
  openExtensionPage(path: string): Promise<ExtensionPage>;
  /** Listeners and observers the open tab holds (Chromium, over CDP); null in Firefox. */
  countListeners: (() => Promise<ListenerCounts>) | null;
  /**
   * Click the toolbar button in the open tab (Chromium, over CDP; null in Firefox, whose
   * automation cannot reach the toolbar). CDP's click grants no activeTab, unlike a reader's.
   */
  clickToolbarButton: (() => Promise<void>) | null;
  screenshot(file: string): Promise<void>;
  /** Requests to anything but this machine, from the extension or the page. */
  externalRequests(): string[];
  /** Errors reported by the extension's scripts (background, content script, pages). */
  extensionErrors(): string[];
  close(): Promise<void>;
}

export const CHROME_BUILD = path.resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv3');

/** `grantEverySite`: false leaves the welcome page's site-access choice to the test. */
export interface DriverOptions {
  grantEverySite?: boolean;
}

export async function chromiumDriver(options: DriverOptions & { headless?: boolean } = {}): Promise<BrowserDriver> {
  const harness = await launchChromium(CHROME_BUILD, {
    headless: options.headless ?? true,
    grantEverySite: options.grantEverySite ?? true,
    // Lets CDP click the toolbar button (Extensions.triggerAction), for clickToolbarButton.
    extraArgs: ['--enable-unsafe-extension-debugging'],
  });
  let page: PlaywrightPage | null = null;
  const current = () => {
    if (!page) throw new Error('no page open');
    return page;
  };
  return {
    name: 'chromium',
    async open(url, options = {}) {
      page = await harness.newPage();
      await page.addInitScript(RECORD_PAGE_BEFORE);
      if (options.initScript) await page.addInitScript(options.initScript);
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await current().reload({ waitUntil: 'load' });
    },
    bringToFront: () => current().bringToFront(),
    switchTo: async (part) => {
      page = onlyOne(harness.context.pages().filter((p) => p.url().includes(part)), part);
    },
    evaluate: (expression) => current().evaluate(expression),
    moveMouse: (x, y) => current().mouse.move(x, y, { steps: 4 }),
    click: (x, y) => current().mouse.click(x, y),
    press: (key) => current().keyboard.press(key),
    readCard: () => readShadowChromium(current(), CARD_HOST),
    clickInUi: (selector) => clickInShadowChromium(current(), CARD_HOST, selector),
    countListeners: () => countListeners(harness.context, current(), harness.extensionOrigin),
    clickToolbarButton: () => clickToolbarButton(harness, current()),
    boxInUi: (selector) => boxInShadowChromium(current(), CARD_HOST, selector),
    sendTabCommand: async (command) => {
      await harness.serviceWorker.evaluate(sendToEveryTab('chrome', command));
    },
    openExtensionPage: async (pagePath) => playwrightExtensionPage(await harness.openExtensionPage(pagePath)),
    screenshot: async (file) => {
      await current().screenshot({ path: file });
    },
    // Every request the service worker or an extension page made, and every request a page (or
    // the content script in it) made off this machine. Chromium's own service traffic that
    // reaches the blackhole proxy is not attributable to us and is left out.
    // The worker reading the extension's own files (the bundled pack) is not a request anywhere.
    externalRequests: () =>
      harness.requests
        .filter((r) => (r.external || r.source !== 'page') && !r.url.startsWith(`${harness.extensionOrigin}/`))
        .map((r) => `${r.source}: ${r.url}`),
    extensionErrors: () => harness.pageErrors.filter((e) => e.source !== 'page').map((e) => `${e.source}: ${e.message}`),
    close: () => harness.close(),
  };
}

export async function firefoxDriver(options: DriverOptions = {}): Promise<BrowserDriver> {
  // Downloads (a pack exported from the options page) are saved here without a dialog.
  const downloads = await mkdtemp(path.join(os.tmpdir(), 'backstory-downloads-'));
  const harness = await launchFirefox(FIREFOX_BUILD, {
    prefs: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
    grantEverySite: options.grantEverySite ?? true,
  });
  // BiDi gives no handle on Firefox's background page and will not navigate to extension
  // pages; the welcome page the extension opens on install is our way in: it runs with the
  // extension's privileges and can open other extension pages.
  const welcome = await waitFor(
    'the welcome page opened on install',
    async () => {
      const pages = await harness.extensionPages();
      for (const p of pages) if (String(await p.evaluate('location.pathname')) === '/welcome.html') return p;
      return null;
    },
    (p) => p !== null,
    15_000,
  );
  let page: PuppeteerPage | null = null;
  const current = () => {
    if (!page) throw new Error('no page open');
    return page;
  };
  return {
    name: 'firefox',
    async open(url, options = {}) {
      page = await harness.newPage();
      await page.evaluateOnNewDocument(RECORD_PAGE_BEFORE);
      if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await current().reload({ waitUntil: 'load' });
    },
    bringToFront: () => current().bringToFront(),
    switchTo: async (part) => {
      page = onlyOne((await harness.browser.pages()).filter((p) => p.url().includes(part)), part);
    },
    evaluate: <T>(expression: string) => current().evaluate(expression) as Promise<T>,
    moveMouse: (x, y) => current().mouse.move(x, y, { steps: 4 }),
    click: (x, y) => current().mouse.click(x, y),
    press: (key) => current().keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    readCard: () => readShadowFirefox(current(), CARD_HOST),
    clickInUi: (selector) => clickInShadowFirefox(current(), CARD_HOST, selector),
    boxInUi: (selector) => boxInShadowFirefox(current(), CARD_HOST, selector),
    sendTabCommand: async (command) => {
      await welcome!.evaluate(sendToEveryTab('browser', command));
    },
    openExtensionPage: async (pagePath) => puppeteerExtensionPage(await harness.openExtensionPage(pagePath), downloads),
    countListeners: null,
    clickToolbarButton: null,
    screenshot: async (file) => {
      await current().screenshot({ path: file as `${string}.png` });
    },
    externalRequests: () => harness.externalRequests(),
    extensionErrors: () => [
      ...harness.pageErrors.filter((e) => e.source !== 'page').map((e) => `${e.source}: ${e.message}`),
      ...harness.unattributedConsoleErrors.filter((line) => /moz-extension:|backstory/i.test(line)),
    ],
    close: async () => {
      await harness.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

function onlyOne<T>(pages: T[], part: string): T {
  if (pages.length !== 1) throw new Error(`switchTo: ${pages.length} open tabs have "${part}" in their address`);
  return pages[0]!;
}

/** The toolbar button clicked in `page`'s tab, through CDP (the tab is found by its address). */
async function clickToolbarButton(harness: Awaited<ReturnType<typeof launchChromium>>, page: PlaywrightPage): Promise<void> {
  const cdp = await harness.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.url === page.url());
    if (tabs.length !== 1) throw new Error(`clickToolbarButton: ${tabs.length} tabs show ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: harness.extensionId, targetId: tabs[0]!.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * What the background does for the toolbar button and shortcuts, run in an extension context.
 * Without the "tabs" permission it cannot read tab URLs; tabs without our content script refuse
 * the message, so sending to every tab reaches only ours.
 */
export function sendToEveryTab(api: 'chrome' | 'browser', command: { type: string }): string {
  return `${api}.tabs.query({}).then((tabs) => Promise.all(tabs.map((t) => ${api}.tabs.sendMessage(t.id, ${JSON.stringify(command)}).catch(() => null)))).then(() => true)`;
}

/** Poll `probe` until it returns a value `accept` takes, or fail after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(last)?.slice(0, 500)}${lastError ? `; last error ${String(lastError)}` : ''}`);
}
