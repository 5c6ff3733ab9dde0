/**
 * Launch Debian's Firefox ESR headless through puppeteer-core (WebDriver
 * BiDi), install an unpacked MV3 extension as a temporary add-on, and record
 * what the extension does on the network and what goes wrong in it.
 *
 * What BiDi can and cannot see (Firefox 153):
 * - Page-level requests, console messages and uncaught errors are reported
 *   per tab, *including those of the extension's content scripts* (console
 *   location / error stack is the moz-extension:// script).
 * - The extension's background page is not a BiDi browsing context: its
 *   requests, console and errors are invisible to puppeteer. So:
 *   - network: Firefox is pointed at a local blackhole proxy; every
 *     non-loopback request from anything in the browser (background included)
 *     lands in `outbound` and is refused;
 *   - errors: Firefox prints uncaught errors of every JS global to stderr as
 *     `JavaScript error: <url>, line <n>: <message>`; lines whose URL is under
 *     this extension's moz-extension:// origin go to `pageErrors`;
 *   - console: with devtools.console.stdout.* set, console calls are echoed on
 *     stdout as `console.error: "text"` but *without* a source URL; those that
 *     do not match a console message already attributed to a page land in
 *     `unattributedConsoleErrors` (may include Firefox-internal noise).
 * The moz-extension:// UUID is pinned through `extensions.webextensions.uuids`
 * so `extensionOrigin` is known before anything runs.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, {
  type Browser,
  type ConsoleMessage,
  type HTTPRequest,
  type Page,
  type Target,
} from 'puppeteer-core';
import { isExternalUrl, startBlackholeProxy, type OutboundAttempt } from './serve-static.js';

export const FIREFOX_EXECUTABLE = '/usr/bin/firefox-esr';

/**
 * Prefs that stop Firefox's own background network traffic, so that the
 * only requests are the test's and the extension's. Verified on Firefox ESR
 * 153 with the blackhole proxy: zero outbound attempts in 150 s idle (with
 * MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment, see below). Puppeteer's
 * own defaults (also applied) cover some of these already; they are repeated
 * here so this list stands on its own.
 *
 * Remote Settings is the one that ignores prefs on release builds: Firefox
 * only honours `services.settings.server` when MOZ_REMOTE_SETTINGS_DEVTOOLS=1
 * is in the environment (or MOZ_DISABLE_NONLOCAL_CONNECTIONS=1); without it,
 * it polls firefox.settings.services.mozilla.com a dozen times at startup
 * (and startup is ~2 s slower).
 */
export const FIREFOX_QUIET_PREFS: Readonly<Record<string, string | number | boolean>> = {
  // Telemetry / Glean / data reporting
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.coverage.opt-out': true,
  'toolkit.coverage.opt-out': true,
  'toolkit.coverage.endpoint.base': '',
  'telemetry.fog.test.localhost_port': -1,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.tabs.crashReporting.sendReport': false,
  'breakpad.reportURL': '',
  // Application, add-on, search-engine and media-plugin updates
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'app.update.staging.enabled': false,
  'app.update.checkInstallTime': false,
  'browser.search.update': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': 'data:,',
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.blocklist.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': 'data:text/plain,',
  'media.gmp-gmpopenh264.autoupdate': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.autoupdate': false,
  'media.gmp-widevinecdm.enabled': false,
  // Safe Browsing and tracking-protection list downloads
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  'privacy.trackingprotection.enabled': false,
  // Captive-portal and connectivity checks
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  // Remote Settings (needs MOZ_REMOTE_SETTINGS_DEVTOOLS=1, see above), cert lists
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'services.settings.loglevel': 'off',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  // Normandy / Shield / Nimbus experiments
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  // Web Push
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  // Speculative connections, prefetch, DNS-over-HTTPS
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'network.trr.mode': 5,
  // Region/geo lookups, new-tab content, suggestions, sync, ML, translations, backup
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'browser.discovery.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'browser.urlbar.merino.endpointURL': '',
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'identity.fxaccounts.enabled': false,
  'network.sntp.pools': '',
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'browser.backup.enabled': false,
  'browser.backup.scheduled.enabled': false,
};

/** Environment Firefox needs for FIREFOX_QUIET_PREFS to take full effect. */
export const FIREFOX_QUIET_ENV: Readonly<Record<string, string>> = {
  MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
  MOZ_CRASHREPORTER_DISABLE: '1',
};

/**
 * Route every non-loopback request to the blackhole proxy. Loopback stays direct
 * (network.proxy.allow_hijacking_localhost is false).
 */
function blackholeProxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
}

export type RequestSource = 'extension-page' | 'page';

export interface RequestRecord {
  url: string;
  method: string;
  resourceType: string;
  source: RequestSource;
  documentUrl: string;
  external: boolean;
  time: number;
}

export type ErrorSource = 'page' | 'content-script' | 'extension-page' | 'background' | 'extension';

export interface ErrorRecord {
  source: ErrorSource;
  kind: 'uncaught' | 'console';
  message: string;
  url?: string | undefined;
  pageUrl: string;
  stack?: string | undefined;
  /** Where the harness saw it: a BiDi event on a tab, or Firefox's stderr. */
  via: 'bidi' | 'stderr';
  time: number;
}

export interface ConsoleRecord {
  source: ErrorSource;
  type: string;
  text: string;
  url?: string | undefined;
  pageUrl: string;
  time: number;
}

export interface LaunchFirefoxOptions {
  /** Default true. */
  headless?: boolean;
  executablePath?: string;
  /** Extra prefs, applied last. */
  prefs?: Record<string, string | number | boolean>;
  /** Default 1280x800. */
  viewport?: { width: number; height: number };
  /**
   * Default true: choose "Read articles on every site" on the welcome page the extension opens
   * on install, a real click, with Firefox's permission prompt accepted by its testing pref, as a
   * reader would. false: a fresh install that has granted no site.
   */
  grantEverySite?: boolean;
}

export interface FirefoxHarness {
  browser: Browser;
  /** The add-on id Firefox reports (= the manifest's gecko id). */
  addonId: string;
  /** `moz-extension://<uuid>` (pinned before launch). */
  extensionOrigin: string;
  newPage(): Promise<Page>;
  /** Every request by an extension page, plus every page request to a non-loopback host. */
  requests: RequestRecord[];
  /** Attempts that reached the blackhole proxy: any non-loopback request from anywhere in Firefox. */
  outbound: OutboundAttempt[];
  /** Uncaught errors and console.error/assert of pages and content scripts; uncaught errors of extension scripts. */
  pageErrors: ErrorRecord[];
  /** Every console message (all levels) seen on tabs. */
  consoleMessages: ConsoleRecord[];
  /** `console.error` lines echoed on stdout that no tab reported (background page, or Firefox itself). */
  unattributedConsoleErrors: string[];
  /** Firefox's raw stdout/stderr lines, prefixed `out: ` / `err: `. */
  stdio: string[];
  /** External entries of `requests` plus every `outbound` attempt, as URLs. */
  externalRequests(): string[];
  /**
   * Open `moz-extension://<uuid>/<path>` in a new tab and return it.
   * BiDi refuses to navigate to moz-extension:// URLs, so this asks an
   * extension page that is already open to `browser.tabs.create()` it; the
   * very first extension page must be opened by the extension itself (e.g.
   * `runtime.openOptionsPage()` / `tabs.create()` in response to a message).
   * Note: puppeteer's `page.url()` stays `about:blank` for such tabs; use
   * `page.evaluate('location.href')`. `page.evaluate` there runs with the
   * extension's privileges (`browser.*` is available).
   */
  openExtensionPage(path: string, opts?: { timeoutMs?: number }): Promise<Page>;
  /** Open tabs whose document is one of this extension's pages (matched on location.href). */
  extensionPages(): Promise<Page[]>;
  /** Milliseconds from launch start until the add-on was installed. */
  launchMs: number;
  close(): Promise<void>;
}

interface ManifestInfo {
  geckoId: string;
  backgroundScripts: string[];
  contentScripts: string[];
}

async function readManifest(dir: string): Promise<ManifestInfo> {
  const m = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    applications?: { gecko?: { id?: string } };
    background?: { scripts?: string[]; page?: string };
    content_scripts?: { js?: string[] }[];
  };
  const geckoId = m.browser_specific_settings?.gecko?.id ?? m.applications?.gecko?.id;
  if (!geckoId) {
    throw new Error(`launchFirefox: ${dir}/manifest.json has no browser_specific_settings.gecko.id (required to install)`);
  }
  const norm = (p: string) => p.replace(/^\.?\//, '');
  return {
    geckoId,
    backgroundScripts: (m.background?.scripts ?? []).map(norm),
    contentScripts: (m.content_scripts ?? []).flatMap((c) => c.js ?? []).map(norm),
  };
}

// `JavaScript error: moz-extension://uuid/background.js, line 17: Error: boom`
const JS_ERROR_RE = /^JavaScript error: (.+?), line (\d+): (.*)$/;
const normMessage = (m: string) => m.replace(/^Uncaught (\(in promise\) )?/, '').replace(/^(\w*Error: )+/, '').trim();
// `console.error: "text"` (string args are JSON-quoted; others are printed raw)
const CONSOLE_ERROR_RE = /^console\.error: (.*)$/;

export async function launchFirefox(extensionDir: string, opts: LaunchFirefoxOptions = {}): Promise<FirefoxHarness> {
  const dir = path.resolve(extensionDir);
  const manifest = await readManifest(dir);
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const start = Date.now();
  const proxy = await startBlackholeProxy();

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: opts.executablePath ?? FIREFOX_EXECUTABLE,
      headless: opts.headless ?? true,
      // puppeteer creates a fresh temp profile (…/puppeteer_dev_firefox_profile-*)
      // for each launch and deletes it on close.
      defaultViewport: opts.viewport ?? { width: 1280, height: 800 },
      env: { ...process.env, ...FIREFOX_QUIET_ENV },
      extraPrefsFirefox: {
        ...FIREFOX_QUIET_PREFS,
        ...blackholeProxyPrefs(proxy.port),
        // Pin the extension's moz-extension:// UUID.
        'extensions.webextensions.uuids': JSON.stringify({ [manifest.geckoId]: uuid }),
        // Accept the optional-permission prompt a click asks for (host access; see grantEverySite).
        'extensions.webextOptionalPermissionPrompts': false,
        // Echo console calls to stdout (content = web pages and extension pages).
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': false,
        ...(opts.prefs ?? {}),
      },
    });
  } catch (e) {
    await proxy.close();
    throw e;
  }

  const requests: RequestRecord[] = [];
  const pageErrors: ErrorRecord[] = [];
  const consoleMessages: ConsoleRecord[] = [];
  const unattributedConsoleErrors: string[] = [];
  const stdio: string[] = [];

  const isExtUrl = (u: string | undefined) => !!u && u.startsWith(extensionOrigin + '/');
  const extPath = (u: string) => u.slice(extensionOrigin.length + 1).split(/[?#]/)[0] ?? '';
  const classify = (pageUrl: string, scriptUrl: string | undefined): ErrorSource => {
    if (isExtUrl(pageUrl)) return 'extension-page';
    if (isExtUrl(scriptUrl)) return 'content-script';
    return 'page';
  };

  // --- Firefox's stdout/stderr ---------------------------------------------
  const proc = browser.process();
  // puppeteer's temp profile; it deletes it on close, but not always (it
  // races Firefox's last writes), so close() makes sure.
  const args = proc?.spawnargs ?? [];
  const profileArg = args[args.indexOf('--profile') + 1];
  const profileDir =
    args.includes('--profile') && profileArg && path.dirname(profileArg) === os.tmpdir() && path.basename(profileArg).startsWith('puppeteer_dev_firefox_profile-')
      ? profileArg
      : undefined;
  const onLine = (stream: 'out' | 'err', line: string) => {
    stdio.push(`${stream}: ${line}`);
    const js = JS_ERROR_RE.exec(line);
    if (js) {
      const [, url = '', lineNo, message = ''] = js;
      if (!isExtUrl(url)) return;
      const file = extPath(url);
      if (manifest.contentScripts.includes(file)) {
        // Content-script errors also arrive through BiDi, usually with a stack
        // naming the script; unhandled rejections arrive without one and would
        // be classed as 'page'. Reconcile once both have had time to arrive.
        setTimeout(() => {
          const key = normMessage(message);
          const match = pageErrors.find(
            (e) => e.via === 'bidi' && e.kind === 'uncaught' && (e.source === 'page' || e.source === 'content-script') && normMessage(e.message) === key,
          );
          if (match) {
            match.source = 'content-script';
            match.url ??= `${url}:${lineNo}`;
          } else {
            pageErrors.push({ source: 'content-script', kind: 'uncaught', message, url: `${url}:${lineNo}`, pageUrl: '', via: 'stderr', time: Date.now() });
          }
        }, 250);
        return;
      }
      const source: ErrorSource = manifest.backgroundScripts.includes(file) ? 'background' : 'extension';
      pageErrors.push({ source, kind: 'uncaught', message, url: `${url}:${lineNo}`, pageUrl: '', via: 'stderr', time: Date.now() });
      return;
    }
    const ce = CONSOLE_ERROR_RE.exec(line);
    if (ce && stream === 'out') {
      const raw = ce[1] ?? '';
      let text = raw;
      try {
        const v: unknown = JSON.parse(raw);
        if (typeof v === 'string') text = v;
      } catch {
        /* not a single JSON string */
      }
      // The stdout echo arrives before or after the BiDi event; settle later.
      setTimeout(() => {
        const seen = consoleMessages.some((m) => m.type === 'error' && (m.text === text || m.text === raw));
        if (!seen) unattributedConsoleErrors.push(text);
      }, 250);
    }
  };
  for (const [name, s] of [
    ['out', proc?.stdout],
    ['err', proc?.stderr],
  ] as const) {
    if (!s) continue;
    let buf = '';
    s.setEncoding('utf8');
    s.on('data', (chunk: string) => {
      buf += chunk;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine(name, buf.slice(0, i).replace(/\r$/, ''));
        buf = buf.slice(i + 1);
      }
    });
  }

  // --- tabs ---------------------------------------------------------------------
  const watched = new WeakSet<Page>();
  const watchPage = (p: Page) => {
    if (watched.has(p)) return;
    watched.add(p);
    p.on('request', (r: HTTPRequest) => {
      const url = r.url();
      let documentUrl = '';
      try {
        documentUrl = r.frame()?.url() ?? '';
      } catch {
        /* frame gone */
      }
      const source: RequestSource = isExtUrl(documentUrl) || (r.isNavigationRequest() && isExtUrl(url)) ? 'extension-page' : 'page';
      const external = isExternalUrl(url);
      if (source === 'page' && !external) return;
      if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
      let resourceType = 'other';
      try {
        resourceType = r.resourceType(); // UnsupportedOperation under BiDi (puppeteer 24)
      } catch {
        resourceType = r.isNavigationRequest() ? 'document' : 'other';
      }
      requests.push({ url, method: r.method(), resourceType, source, documentUrl, external, time: Date.now() });
    });
    p.on('console', (m: ConsoleMessage) => {
      const url = m.location()?.url || undefined;
      const pageUrl = p.url();
      const source = classify(pageUrl, url);
      const time = Date.now();
      consoleMessages.push({ source, type: m.type(), text: m.text(), url, pageUrl, time });
      if (m.type() === 'error' || m.type() === 'assert') {
        pageErrors.push({ source, kind: 'console', message: m.text(), url, pageUrl, via: 'bidi', time });
      }
    });
    p.on('pageerror', (err: unknown) => {
      const e = err instanceof Error ? err : new Error(String(err));
      const stack = e.stack ?? '';
      const pageUrl = p.url();
      const scriptUrl = stack.includes(extensionOrigin + '/')
        ? new RegExp(`${extensionOrigin}/[^\\s:)]*`).exec(stack)?.[0]
        : undefined;
      pageErrors.push({
        source: classify(pageUrl, scriptUrl),
        kind: 'uncaught',
        message: e.message,
        url: scriptUrl,
        pageUrl,
        stack,
        via: 'bidi',
        time: Date.now(),
      });
    });
  };
  const onTarget = async (t: Target) => {
    if (t.type() !== 'page') return;
    const p = await t.page().catch(() => null);
    if (p) watchPage(p);
  };
  browser.on('targetcreated', (t: Target) => void onTarget(t));
  for (const p of await browser.pages()) watchPage(p);

  let addonId: string;
  try {
    addonId = await browser.installExtension(dir);
  } catch (e) {
    await browser.close().catch(() => {});
    await proxy.close();
    throw e;
  }
  if (addonId !== manifest.geckoId) {
    await browser.close().catch(() => {});
    await proxy.close();
    throw new Error(`launchFirefox: installed add-on id ${addonId} != manifest gecko id ${manifest.geckoId}`);
  }
  const launchMs = Date.now() - start;

  const hrefOf = (p: Page) => p.evaluate('location.href').then((v) => String(v), () => '');
  const extensionPages = async (): Promise<Page[]> => {
    const out: Page[] = [];
    for (const p of await browser.pages()) if (isExtUrl(await hrefOf(p))) out.push(p);
    return out;
  };
  const openExtensionPage = async (pagePath: string, o: { timeoutMs?: number } = {}): Promise<Page> => {
    const url = `${extensionOrigin}/${pagePath.replace(/^\//, '')}`;
    const launcher = (await extensionPages())[0];
    if (!launcher) {
      throw new Error(
        `openExtensionPage(${pagePath}): Firefox's WebDriver BiDi will not navigate to moz-extension:// URLs ` +
          'and no extension page is open yet to open it from. Have the extension open its first page ' +
          '(tabs.create / runtime.openOptionsPage), then call openExtensionPage again.',
      );
    }
    const before = new Set(await browser.pages());
    await launcher.evaluate(`browser.tabs.create({ url: ${JSON.stringify(url)} }).then(() => true)`);
    const deadline = Date.now() + (o.timeoutMs ?? 10_000);
    while (Date.now() < deadline) {
      for (const p of await browser.pages()) {
        if (!before.has(p) && (await hrefOf(p)) === url) {
          watchPage(p);
          return p;
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`openExtensionPage(${pagePath}): no tab reached ${url}`);
  };

  if (opts.grantEverySite ?? true) {
    try {
      await chooseEverySite(extensionPages);
    } catch (e) {
      await browser.close().catch(() => {});
      await proxy.close();
      throw e;
    }
  }

  let closed: Promise<void> | undefined;
  return {
    browser,
    addonId,
    openExtensionPage,
    extensionPages,
    extensionOrigin,
    newPage: async () => {
      const p = await browser.newPage();
      watchPage(p);
      return p;
    },
    requests,
    outbound: proxy.attempts,
    pageErrors,
    consoleMessages,
    unattributedConsoleErrors,
    stdio,
    externalRequests: () => [
      ...requests.filter((r) => r.external).map((r) => `${r.source}: ${r.method} ${r.url}`),
      ...proxy.attempts.map((a) => `proxy: ${a.method} ${a.url}`),
    ],
    launchMs,
    close: () =>
      (closed ??= (async () => {
        await browser.close().catch(() => {});
        await proxy.close();
        if (profileDir) await rm(profileDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
      })()),
  };
}

/**
 * The onboarding: on the welcome page, a real click on "Read articles on every site", then wait
 * until the worker has registered the content script for the grant.
 */
async function chooseEverySite(extensionPages: () => Promise<Page[]>): Promise<void> {
  const deadline = Date.now() + 15_000;
  let welcome: Page | undefined;
  while (!welcome && Date.now() < deadline) {
    for (const p of await extensionPages()) if ((await p.evaluate('location.pathname').catch(() => '')) === '/welcome.html') welcome = p;
    if (!welcome) await new Promise((r) => setTimeout(r, 100));
  }
  if (!welcome) throw new Error('launchFirefox: the welcome page, where site access is granted, did not open');
  const button = `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Read articles on every site')`;
  while (!(await welcome.evaluate(`Boolean(${button})`)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await welcome.evaluate(`${button}.setAttribute('data-e2e-grant', '')`);
  await welcome.click('[data-e2e-grant]');
  const registered = () => welcome.evaluate('browser.scripting.getRegisteredContentScripts().then((s) => s.length)') as Promise<number>;
  while ((await registered()) === 0) {
    if (Date.now() > deadline) throw new Error('launchFirefox: no content script registered after granting every site');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A browser without the extension, kept off the network like the harness's, for baselines. */
export interface PlainFirefox {
  browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launch Firefox ESR with no extension (same prefs and blackhole proxy as `launchFirefox`). */
export async function launchPlainFirefox(opts: Pick<LaunchFirefoxOptions, 'executablePath' | 'viewport'> = {}): Promise<PlainFirefox> {
  const proxy = await startBlackholeProxy();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: opts.executablePath ?? FIREFOX_EXECUTABLE,
      headless: true,
      defaultViewport: opts.viewport ?? { width: 1280, height: 800 },
      env: { ...process.env, ...FIREFOX_QUIET_ENV },
      extraPrefsFirefox: { ...FIREFOX_QUIET_PREFS, ...blackholeProxyPrefs(proxy.port) },
    });
  } catch (e) {
    await proxy.close();
    throw e;
  }
  return {
    browser,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close().catch(() => {});
      await proxy.close();
    },
  };
}
