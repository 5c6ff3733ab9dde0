/**
 * Launch Debian's Chromium with an unpacked MV3 extension through
 * playwright-core, and record what the extension does on the network and
 * what goes wrong in it.
 *
 * Works as root, headless, with no display: playwright's `headless: true`
 * with an explicit `executablePath` passes plain `--headless`, which in
 * Chromium >= 132 *is* the new headless mode (the old headless shell was
 * split out into a separate binary), and new headless supports extensions.
 * `--no-sandbox` is required as root (playwright adds it unless
 * `chromiumSandbox: true`).
 *
 * Network isolation: Chromium is pointed at a local blackhole proxy (loopback
 * bypasses it), and host resolution of anything but loopback is mapped to
 * NOTFOUND, so nothing can leave the machine; every attempt is still logged
 * (the `request` event fires before the proxy refuses it).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type ConsoleMessage,
  type Page,
  type Request,
  type WebError,
  type Worker,
} from 'playwright-core';
import { isExternalUrl, startBlackholeProxy, type OutboundAttempt } from './serve-static.js';

export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';

export type RequestSource =
  | 'service-worker' // the extension's MV3 background
  | 'extension-page' // a page/frame whose URL is the extension's origin (popup, options, …)
  | 'page'; // a web page (includes the extension's content scripts, which run in it)

export interface RequestRecord {
  url: string;
  method: string;
  resourceType: string;
  source: RequestSource;
  /** URL of the frame/worker that issued it (empty for the service worker). */
  documentUrl: string;
  /** True when the URL is a network URL to a non-loopback host. */
  external: boolean;
  time: number;
}

export type ErrorSource = 'page' | 'content-script' | 'extension-page' | 'background';

export interface ErrorRecord {
  source: ErrorSource;
  kind: 'uncaught' | 'console';
  message: string;
  /** Script URL the error/console call came from, when known. */
  url?: string | undefined;
  /** URL of the page it happened in (empty for the background). */
  pageUrl: string;
  stack?: string | undefined;
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

export interface LaunchChromiumOptions {
  /** Default true (new headless). false needs a display (e.g. xvfb-run). */
  headless?: boolean;
  /** Default /usr/bin/chromium (Debian's wrapper script; /usr/lib/chromium/chromium is the binary). */
  executablePath?: string;
  /** Extra command-line switches, appended last (last one wins in Chromium). */
  extraArgs?: string[];
  /** How long to wait for the extension's service worker. Default 15 s. */
  serviceWorkerTimeoutMs?: number;
  /** Default 1280x800. */
  viewport?: { width: number; height: number };
  /**
   * Default true: choose "Read articles on every site" on the welcome page the extension opens
   * on install, with a real click, as a reader would. false: leave the choice to the test (the
   * install has then granted no site).
   */
  grantEverySite?: boolean;
}

/** The optional host permissions a reader grants by choosing every site. */
const EVERY_SITE: readonly string[] = ['http://*/*', 'https://*/*'];

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits as a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * A new profile in which the reader once granted the extension at `dir` every site, and it is
 * not active now. Chromium does not ask again for a permission granted before, so a click on the
 * welcome page's "Read articles on every site" is answered at once, as it is after the reader
 * accepted the prompt. Automation cannot answer that prompt itself (a browser dialog outside the
 * page; microsoft/playwright#32755), hence this record in the profile's extension preferences.
 */
function profileGrantedBefore(dir: string): string {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'backstory-chromium-'));
  const granted = { api: [], explicit_host: [...EVERY_SITE], manifest_permissions: [], scriptable_host: [...EVERY_SITE] };
  const settings = { granted_permissions: granted, runtime_granted_permissions: granted };
  mkdirSync(path.join(userDataDir, 'Default'));
  writeFileSync(path.join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { settings: { [unpackedExtensionId(dir)]: settings } } }));
  return userDataDir;
}

export interface ChromiumHarness {
  context: BrowserContext;
  /** The extension's running MV3 service worker (playwright Worker). */
  serviceWorker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>` */
  extensionOrigin: string;
  newPage(): Promise<Page>;
  /**
   * Every request by the service worker or an extension page, plus every
   * request by any page to a non-loopback host.
   */
  requests: RequestRecord[];
  /** Attempts that reached the blackhole proxy (any non-loopback HTTP(S)/WS). */
  outbound: OutboundAttempt[];
  /** Uncaught errors and console.error/assert from pages, content scripts and the service worker. */
  pageErrors: ErrorRecord[];
  /** Every console message (all levels) from pages, content scripts and the service worker. */
  consoleMessages: ConsoleRecord[];
  /** External entries of `requests` plus every `outbound` attempt, as URLs. */
  externalRequests(): string[];
  /**
   * Evaluate `expression` in the extension's content-script (isolated) world of
   * `page`'s main frame and return the result by value. Throws if the content
   * script has not been injected.
   */
  evaluateInContentScript<T = unknown>(page: Page, expression: string): Promise<T>;
  /** New tab at `chrome-extension://<id>/<path>` (waits for `load`). */
  openExtensionPage(path: string): Promise<Page>;
  /** The extension service worker's JS heap after a full garbage collection (null: not running). */
  workerHeap(): Promise<{ usedBytes: number; totalBytes: number } | null>;
  /** Milliseconds from launch start until the service worker was up. */
  launchMs: number;
  close(): Promise<void>;
}

/** A loopback port nothing listens on: Chromium's own services are sent here. */
const DEAD_LOOPBACK = 'http://127.0.0.1:9';

/**
 * Keep Chromium itself off the network. Measured on Chromium 156 with the
 * switches below: zero attempts at the proxy over 90 s idle. Without the two
 * URL overrides Chromium still calls, despite --disable-background-networking
 * and --disable-component-update:
 * - accounts.google.com/ListAccounts (GAIA cookie check; playwright's
 *   SkipListAccountsWithoutGaiaCookies feature does not exist in 156), and
 * - update.googleapis.com/service/update2/json (an on-demand component install).
 */
const NO_NETWORK_ARGS = (proxyPort: number) => [
  `--proxy-server=http://127.0.0.1:${proxyPort}`,
  // Loopback is bypassed implicitly; resolve nothing else.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  `--gaia-url=${DEAD_LOOPBACK}`,
  `--component-updater=url-source=${DEAD_LOOPBACK}/`,
  `--variations-server-url=${DEAD_LOOPBACK}/`,
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  // A page with a form makes Chromium ask Google's autofill server about it
  // (content-autofill.googleapis.com), which is Chromium's traffic, not ours.
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying',
];

export async function launchChromium(
  extensionDir: string,
  opts: LaunchChromiumOptions = {},
): Promise<ChromiumHarness> {
  const dir = path.resolve(extensionDir);
  const start = Date.now();
  const proxy = await startBlackholeProxy();
  const userDataDir = profileGrantedBefore(dir);
  const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: opts.executablePath ?? CHROMIUM_EXECUTABLE,
      headless: opts.headless ?? true,
      viewport: opts.viewport ?? { width: 1280, height: 800 },
      // playwright adds --disable-extensions; it is overridden by
      // --disable-extensions-except, but drop it to be explicit.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-default-apps',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check',
        '--no-pings',
        '--metrics-recording-only',
        '--safebrowsing-disable-auto-update',
        ...NO_NETWORK_ARGS(proxy.port),
        ...(opts.extraArgs ?? []),
      ],
      env: { ...process.env, HOME: process.env.HOME ?? os.homedir() },
    });
  } catch (e) {
    await proxy.close();
    removeProfile();
    throw e;
  }

  const requests: RequestRecord[] = [];
  const pageErrors: ErrorRecord[] = [];
  const consoleMessages: ConsoleRecord[] = [];
  let extensionOrigin = '';

  // Until the service worker has told us the id, any chrome-extension:// URL
  // is taken to be ours (--disable-extensions-except loads only this one).
  const isExtUrl = (u: string | undefined) =>
    !!u && (extensionOrigin ? u.startsWith(extensionOrigin + '/') : u.startsWith('chrome-extension://'));
  const classify = (pageUrl: string, scriptUrl: string | undefined, isWorker: boolean): ErrorSource => {
    if (isWorker) return isExtUrl(scriptUrl) ? 'background' : 'page';
    if (isExtUrl(pageUrl)) return 'extension-page';
    if (isExtUrl(scriptUrl)) return 'content-script';
    return 'page';
  };

  // --- requests -----------------------------------------------------------
  const onRequest = (r: Request) => {
    const url = r.url();
    const sw = r.serviceWorker();
    let documentUrl = '';
    let source: RequestSource;
    if (sw) {
      source = 'service-worker';
      documentUrl = sw.url();
    } else {
      try {
        documentUrl = r.frame().url();
      } catch {
        documentUrl = '';
      }
      source = isExtUrl(documentUrl) || (r.isNavigationRequest() && isExtUrl(url)) ? 'extension-page' : 'page';
    }
    const external = isExternalUrl(url);
    // Extension-origin resource loads (chrome-extension://…) are not network.
    if (source === 'page' && !external) return;
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    requests.push({ url, method: r.method(), resourceType: r.resourceType(), source, documentUrl, external, time: Date.now() });
  };
  context.on('request', onRequest);

  // --- console + uncaught page errors ------------------------------------
  context.on('console', (m: ConsoleMessage) => {
    const page = m.page();
    const worker = m.worker();
    const url = m.location()?.url || undefined;
    const isWorker = !page && (!!worker || isExtUrl(url));
    const pageUrl = page ? page.url() : '';
    const source = classify(pageUrl, url, isWorker);
    const rec: ConsoleRecord = { source, type: m.type(), text: m.text(), url, pageUrl, time: Date.now() };
    consoleMessages.push(rec);
    if (m.type() === 'error' || m.type() === 'assert') {
      pageErrors.push({ source, kind: 'console', message: m.text(), url, pageUrl, time: rec.time });
    }
  });
  context.on('weberror', (w: WebError) => {
    const err = w.error();
    const pageUrl = w.page()?.url() ?? '';
    const stack = err.stack ?? '';
    const scriptUrl = /chrome-extension:\/\/[a-p]{32}\/[^\s:)]*/.exec(stack)?.[0];
    pageErrors.push({
      source: classify(pageUrl, scriptUrl, false),
      kind: 'uncaught',
      message: err.message,
      url: scriptUrl,
      pageUrl,
      stack,
      time: Date.now(),
    });
  });
  // WebSockets opened by pages (the service worker's are caught below via CDP).
  const watchPage = (p: Page) => {
    p.on('websocket', (ws) => {
      const url = ws.url();
      const documentUrl = p.url();
      const source: RequestSource = isExtUrl(documentUrl) ? 'extension-page' : 'page';
      const external = isExternalUrl(url);
      if (source === 'page' && !external) return;
      requests.push({ url, method: 'GET', resourceType: 'websocket', source, documentUrl, external, time: Date.now() });
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  // --- the extension's service worker ----------------------------------------
  const swTimeout = opts.serviceWorkerTimeoutMs ?? 15_000;
  const isExtSw = (w: Worker) => w.url().startsWith('chrome-extension://');
  let serviceWorker = context.serviceWorkers().find(isExtSw);
  if (!serviceWorker) {
    try {
      serviceWorker = await context.waitForEvent('serviceworker', { predicate: isExtSw, timeout: swTimeout });
    } catch {
      const errs = pageErrors.map((e) => e.message).join('\n');
      await context.close().catch(() => {});
      await proxy.close();
      removeProfile();
      throw new Error(
        `launchChromium: no extension service worker within ${swTimeout} ms for ${dir}. ` +
          'Either the manifest has no background.service_worker, or the worker failed to register ' +
          '(an uncaught error at the top level of the worker script makes registration fail).' +
          (errs ? `\nErrors seen:\n${errs}` : ''),
      );
    }
  }
  const extensionId = new URL(serviceWorker.url()).host;
  extensionOrigin = `chrome-extension://${extensionId}`;
  if (extensionId !== unpackedExtensionId(dir)) {
    throw new Error(`launchChromium: the extension's id ${extensionId} is not the one its profile was written for`);
  }
  const launchMs = Date.now() - start;

  // The extension opens its welcome page on install, as the active tab. Headless Chromium then
  // draws a test page opened before or beside it at one or two frames a second (its rAF,
  // input and painting all crawl), so wait for the welcome tab and close it.
  // Before that, the onboarding: the reader chooses every site there (unless the test will).
  const isWelcome = (p: Page) => p.url() === `${extensionOrigin}/welcome.html`;
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const welcome = context.pages().find(isWelcome);
    if (welcome) {
      if (opts.grantEverySite ?? true) await chooseEverySite(welcome, serviceWorker);
      await welcome.close();
      break;
    }
  }

  // Playwright does not surface a service worker's uncaught exceptions (only
  // its console). Attach our own CDP session to every service-worker target of
  // the extension and listen for Runtime.exceptionThrown. Non-flat sessions
  // (Target.sendMessageToTarget) are used because playwright's browser
  // CDPSession does not expose child sessions.
  const browser = context.browser();
  if (!browser) throw new Error('launchChromium: persistent context has no browser() handle');
  const bcdp: CDPSession = await browser.newBrowserCDPSession();
  const swSessions = new Map<string, string>(); // sessionId -> targetId
  const attachedTargets = new Set<string>();
  let msgId = 0;
  const sendToTarget = (sessionId: string, method: string, params: object = {}) =>
    bcdp
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++msgId, method, params }) })
      .catch(() => {});
  /** Answers to requests sent with `askTarget`, by message id. */
  const answers = new Map<number, (result: unknown) => void>();
  const askTarget = (sessionId: string, method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = ++msgId;
      answers.set(id, resolve);
      bcdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => {
        answers.delete(id);
        resolve(null);
      });
    });
  const attachSw = async (targetId: string, url: string) => {
    if (attachedTargets.has(targetId) || !url.startsWith(extensionOrigin + '/')) return;
    attachedTargets.add(targetId);
    try {
      const { sessionId } = await bcdp.send('Target.attachToTarget', { targetId, flatten: false });
      swSessions.set(sessionId, targetId);
      await sendToTarget(sessionId, 'Runtime.enable');
      await sendToTarget(sessionId, 'Network.enable');
    } catch {
      attachedTargets.delete(targetId);
    }
  };
  bcdp.on('Target.receivedMessageFromTarget', (e: { sessionId?: string; message: string }) => {
    if (!e.sessionId || !swSessions.has(e.sessionId)) return;
    let msg: { id?: number; result?: unknown; method?: string; params?: Record<string, unknown> };
    try {
      msg = JSON.parse(e.message);
    } catch {
      return;
    }
    if (msg.id !== undefined && answers.has(msg.id)) {
      answers.get(msg.id)!(msg.result ?? null);
      answers.delete(msg.id);
      return;
    }
    if (msg.method === 'Runtime.exceptionThrown') {
      const d = (msg.params as { exceptionDetails: CdpExceptionDetails }).exceptionDetails;
      pageErrors.push({
        source: 'background',
        kind: 'uncaught',
        message: describeException(d),
        url: d.url ?? d.stackTrace?.callFrames?.[0]?.url,
        pageUrl: '',
        stack: d.stackTrace?.callFrames?.map((f) => `    at ${f.functionName || '<anonymous>'} (${f.url}:${f.lineNumber + 1}:${f.columnNumber + 1})`).join('\n'),
        time: Date.now(),
      });
    } else if (msg.method === 'Network.webSocketCreated') {
      const url = String((msg.params as { url: string }).url);
      requests.push({
        url,
        method: 'GET',
        resourceType: 'websocket',
        source: 'service-worker',
        documentUrl: '',
        external: isExternalUrl(url),
        time: Date.now(),
      });
    }
  });
  bcdp.on('Target.detachedFromTarget', (e: { sessionId?: string }) => {
    if (!e.sessionId) return;
    const t = swSessions.get(e.sessionId);
    swSessions.delete(e.sessionId);
    if (t) attachedTargets.delete(t);
  });
  bcdp.on('Target.targetCreated', (e: { targetInfo: { targetId: string; type: string; url: string } }) => {
    if (e.targetInfo.type === 'service_worker') void attachSw(e.targetInfo.targetId, e.targetInfo.url);
  });
  await bcdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await bcdp.send('Target.getTargets');
  for (const t of targetInfos) if (t.type === 'service_worker') await attachSw(t.targetId, t.url);

  const evaluateInContentScript = async <T>(page: Page, expression: string): Promise<T> => {
    const cdp = await context.newCDPSession(page);
    try {
      const contexts: CdpExecutionContext[] = [];
      cdp.on('Runtime.executionContextCreated', (e: { context: CdpExecutionContext }) => contexts.push(e.context));
      const { frameTree } = await cdp.send('Page.getFrameTree');
      await cdp.send('Runtime.enable'); // replays existing contexts synchronously before resolving
      const ctx = contexts.find(
        (c) =>
          c.auxData?.frameId === frameTree.frame.id &&
          c.auxData?.type === 'isolated' &&
          c.origin === extensionOrigin, // the content-script world's origin is the extension's
      );
      if (!ctx) {
        throw new Error(
          `evaluateInContentScript: no content-script world of ${extensionOrigin} in ${page.url()} ` +
            `(worlds: ${contexts.map((c) => `${c.auxData?.type}:${c.origin}:${c.name}`).join(', ')})`,
        );
      }
      const r = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: ctx.id,
        returnByValue: true,
        awaitPromise: true,
      });
      if (r.exceptionDetails) throw new Error(`evaluateInContentScript: ${describeException(r.exceptionDetails as CdpExceptionDetails)}`);
      return r.result.value as T;
    } finally {
      await cdp.detach().catch(() => {});
    }
  };

  const workerHeap = async (): Promise<{ usedBytes: number; totalBytes: number } | null> => {
    const sessionId = [...swSessions.keys()].at(-1);
    if (!sessionId) return null;
    await askTarget(sessionId, 'HeapProfiler.collectGarbage');
    const usage = (await askTarget(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number; totalSize: number } | null;
    return usage ? { usedBytes: usage.usedSize, totalBytes: usage.totalSize } : null;
  };

  let closed: Promise<void> | undefined;
  return {
    context,
    serviceWorker,
    workerHeap,
    extensionId,
    extensionOrigin,
    newPage: () => context.newPage(),
    openExtensionPage: async (pagePath: string) => {
      const p = await context.newPage();
      await p.goto(`${extensionOrigin}/${pagePath.replace(/^\//, '')}`);
      return p;
    },
    requests,
    outbound: proxy.attempts,
    pageErrors,
    consoleMessages,
    externalRequests: () => [
      ...requests.filter((r) => r.external).map((r) => `${r.source}: ${r.method} ${r.url}`),
      ...proxy.attempts.map((a) => `proxy: ${a.method} ${a.url}`),
    ],
    evaluateInContentScript,
    launchMs,
    close: () =>
      (closed ??= (async () => {
        await bcdp.detach().catch(() => {});
        await context.close().catch(() => {});
        await proxy.close();
        removeProfile();
      })()),
  };
}

/**
 * The onboarding on the welcome page: a real click on "Read articles on every site", then wait
 * until the worker has registered the content script for the grant (pages opened before that
 * would not be read).
 */
async function chooseEverySite(welcome: Page, worker: Worker): Promise<void> {
  await welcome.getByRole('button', { name: 'Read articles on every site' }).click();
  const registered = () => worker.evaluate('chrome.scripting.getRegisteredContentScripts().then((s) => s.length)') as Promise<number>;
  for (const deadline = Date.now() + 15_000; (await registered()) === 0; await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > deadline) throw new Error('launchChromium: no content script registered after choosing every site');
  }
}

interface CdpExceptionDetails {
  text: string;
  url?: string | undefined;
  lineNumber: number;
  columnNumber: number;
  exception?: { description?: string; value?: unknown };
  stackTrace?: { callFrames: { functionName: string; url: string; lineNumber: number; columnNumber: number }[] };
}

interface CdpExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; type?: string; isDefault?: boolean };
}

function describeException(d: CdpExceptionDetails): string {
  const desc = d.exception?.description ?? (d.exception?.value !== undefined ? String(d.exception.value) : '');
  // description is "Error: msg\n    at …"; keep the first line.
  const first = desc.split('\n')[0];
  return first ? `${d.text}: ${first}`.replace(/^Uncaught: /, 'Uncaught ') : d.text;
}

/** A browser without the extension, kept off the network like the harness's, for baselines. */
export interface PlainChromium {
  browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launch Chromium with no extension (same switches and blackhole proxy as `launchChromium`). */
export async function launchPlainChromium(opts: Pick<LaunchChromiumOptions, 'executablePath' | 'viewport'> = {}): Promise<PlainChromium> {
  const proxy = await startBlackholeProxy();
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: opts.executablePath ?? CHROMIUM_EXECUTABLE,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...NO_NETWORK_ARGS(proxy.port)],
    });
  } catch (e) {
    await proxy.close();
    throw e;
  }
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 } });
  return {
    browser,
    newPage: () => context.newPage(),
    close: async () => {
      await browser.close().catch(() => {});
      await proxy.close();
    },
  };
}
