/**
 * Read (and click into) the extension's CLOSED shadow root from end-to-end tests,
 * without weakening the product: no open shadow root, no test-only globals.
 *
 * Both browsers' automation protocols can reach closed shadow roots even though
 * page JavaScript cannot:
 *
 * - Chromium (playwright-core): a CDP session. `DOM.describeNode({ pierce: true })`
 *   on the host lists its shadow roots (closed included, `shadowRootType: 'closed'`),
 *   `DOM.resolveNode({ backendNodeId })` turns the shadow root into a JS object and
 *   `Runtime.callFunctionOn` runs a function with `this` = that ShadowRoot.
 *   Everything runs in an isolated world created with `Page.createIsolatedWorld`,
 *   so page scripts cannot interfere and nothing is added to the page's globals.
 *
 * - Firefox (puppeteer-core over WebDriver BiDi): `script.callFunction` with
 *   `serializationOptions.includeShadowTree: 'all'` serialises the host node with
 *   a `shadowRoot` shared reference even for `mode: 'closed'`; passing that
 *   reference back as `this` of another `script.callFunction` gives the function
 *   the ShadowRoot. Both calls run in a BiDi sandbox (isolated realm).
 *   Puppeteer's own selectors do NOT reach it: `pierce/…` and `::-p-aria(…)`
 *   (BiDi `browsingContext.locateNodes`, accessibility locator) find nothing in a
 *   closed root in Firefox 153, so this file talks raw BiDi through puppeteer's
 *   (internal, but stable in v24) `browser.connection`.
 *
 * Coordinates from the box functions are CSS pixels relative to the top-level
 * viewport, which is what both `page.mouse.click` APIs expect. Only the main
 * frame is searched (the product mounts its host on `document.documentElement`).
 *
 * The in-page functions are plain JavaScript strings on purpose: esbuild/tsx may
 * inject helpers such as `__name` into `Function.prototype.toString()` output,
 * which would throw inside the browser.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface ShadowLink {
  /** Resolved absolute URL (the `href` property). */
  href: string;
  target: string | null;
  rel: string | null;
  text: string;
}

export interface ShadowSnapshot {
  /** Rendered text: `innerText` of the root's children (style/script skipped), runs of spaces and of line breaks collapsed to one. */
  text: string;
  /** `innerHTML` of the shadow root (includes `<style>`). */
  html: string;
  links: ShadowLink[];
  /** Text of the visible h1–h6 and `[role="heading"]`, whitespace collapsed (links and buttons: visible ones too). */
  headings: string[];
  /** Text of button, `[role="button"]`, input type=button/submit/reset; falls back to aria-label/title/value. */
  buttons: string[];
}

export interface ShadowBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `this` is the ShadowRoot. Returns a JSON string of ShadowSnapshot. */
const SNAPSHOT_FN = `function () {
  var root = this;
  var clean = function (s) { return String(s == null ? '' : s).replace(/\\s+/g, ' ').trim(); };
  var skip = { STYLE: 1, SCRIPT: 1, TEMPLATE: 1, LINK: 1, NOSCRIPT: 1 };
  var parts = [];
  var kids = root.childNodes;
  for (var i = 0; i < kids.length; i++) {
    var n = kids[i];
    if (n.nodeType === 3) { parts.push(n.textContent || ''); continue; }
    if (n.nodeType !== 1 || skip[n.tagName]) continue;
    parts.push(typeof n.innerText === 'string' ? n.innerText : (n.textContent || ''));
  }
  var text = parts.join('\\n').replace(/[ \\t\\u00a0]+/g, ' ').replace(/ ?\\n ?/g, '\\n').replace(/\\n+/g, '\\n').trim();
  // Only what a reader can see: a card rendered ahead of its hover delay is laid out but hidden.
  var shown = function (el) { return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true }); };
  var all = function (sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)).filter(shown); };
  var links = all('a[href], area[href]').map(function (a) {
    return { href: String(a.href), target: a.getAttribute('target'), rel: a.getAttribute('rel'), text: clean(a.textContent) };
  });
  var headings = all('h1, h2, h3, h4, h5, h6, [role="heading"]').map(function (h) { return clean(h.textContent); });
  var buttons = all('button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]').map(function (b) {
    return clean(b.textContent) || clean(b.getAttribute('aria-label')) || clean(b.getAttribute('title')) || clean(b.value);
  });
  return JSON.stringify({ text: text, html: root.innerHTML, links: links, headings: headings, buttons: buttons });
}`;

/** `this` is the ShadowRoot. Scrolls the match into view if needed; returns a JSON string of ShadowBox, or null. */
const BOX_FN = `function (selector) {
  var el = this.querySelector(selector);
  if (!el) return null;
  if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  var r = el.getBoundingClientRect();
  return JSON.stringify({ x: r.x, y: r.y, width: r.width, height: r.height });
}`;

const WORLD_NAME = 'backstory-e2e';

function parseOrNull<T>(json: unknown): T | null {
  return typeof json === 'string' ? (JSON.parse(json) as T) : null;
}

// ---------------------------------------------------------------- Chromium (CDP)

async function withShadowRootChromium<T>(
  page: PlaywrightPage,
  hostTag: string,
  fn: (session: CDPSession, shadowObjectId: string) => Promise<T>,
): Promise<T | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const { executionContextId } = await session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: WORLD_NAME,
    });
    const { result: host } = await session.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(hostTag)})`,
      contextId: executionContextId,
    });
    if (!host.objectId) return null; // no such element (result is `null`)
    const { node } = await session.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null; // host exists, shadow root not attached yet
    const { object } = await session.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId,
    });
    if (!object.objectId) return null;
    return await fn(session, object.objectId);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function callOnShadowChromium(
  session: CDPSession,
  objectId: string,
  functionDeclaration: string,
  args: unknown[] = [],
): Promise<unknown> {
  const res = await session.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
  });
  if (res.exceptionDetails) {
    throw new Error(`in-page function threw: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
  }
  return res.result.value;
}

/** Snapshot of the closed shadow root of the first `hostTag` element, or null when absent. */
export async function readShadowChromium(page: PlaywrightPage, hostTag: string): Promise<ShadowSnapshot | null> {
  const json = await withShadowRootChromium(page, hostTag, (session, id) => callOnShadowChromium(session, id, SNAPSHOT_FN));
  return parseOrNull<ShadowSnapshot>(json);
}

/** Viewport box (CSS px) of the first `selector` match inside the closed root, or null. */
export async function boxInShadowChromium(
  page: PlaywrightPage,
  hostTag: string,
  selector: string,
): Promise<ShadowBox | null> {
  const json = await withShadowRootChromium(page, hostTag, (session, id) =>
    callOnShadowChromium(session, id, BOX_FN, [selector]),
  );
  return parseOrNull<ShadowBox>(json);
}

/** Real mouse click at the centre of `selector` inside the closed root. Returns false when not found. */
export async function clickInShadowChromium(page: PlaywrightPage, hostTag: string, selector: string): Promise<boolean> {
  const box = await boxInShadowChromium(page, hostTag, selector);
  if (!box || box.width === 0 || box.height === 0) return false;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return true;
}

// ---------------------------------------------------------------- Firefox (WebDriver BiDi)

interface BidiConnectionLike {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiRemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

type BidiEvaluateResult =
  | { type: 'success'; result: BidiRemoteValue }
  | { type: 'exception'; exceptionDetails: { text?: string } };

/** Raw BiDi access through puppeteer-core 24 internals (`BidiBrowser.connection`, `Frame._id`). */
function bidiOf(page: PuppeteerPage): { conn: BidiConnectionLike; context: string } {
  const browser = page.browser() as unknown as { protocol?: string; connection?: BidiConnectionLike };
  if (browser.protocol !== 'webDriverBiDi') {
    throw new Error(`readShadowFirefox needs a WebDriver BiDi browser, got protocol ${String(browser.protocol)}`);
  }
  const conn = browser.connection;
  const frame = page.mainFrame() as unknown as { _id?: string; browsingContext?: { id?: string } };
  const context = frame.browsingContext?.id ?? frame._id;
  if (!conn || typeof conn.send !== 'function' || typeof context !== 'string') {
    throw new Error('puppeteer-core internals changed: no BiDi connection / browsing context id on this page');
  }
  return { conn, context };
}

async function bidiCall(
  conn: BidiConnectionLike,
  params: Record<string, unknown>,
): Promise<BidiRemoteValue> {
  const { result } = await conn.send('script.callFunction', { awaitPromise: false, resultOwnership: 'none', ...params });
  const r = result as BidiEvaluateResult;
  if (r.type === 'exception') throw new Error(`in-page function threw: ${r.exceptionDetails.text ?? 'unknown error'}`);
  return r.result;
}

async function callOnShadowFirefox(
  page: PuppeteerPage,
  hostTag: string,
  functionDeclaration: string,
  args: string[] = [],
): Promise<unknown> {
  const { conn, context } = bidiOf(page);
  const target = { context, sandbox: WORLD_NAME };
  const host = await bidiCall(conn, {
    functionDeclaration: '(tag) => document.querySelector(tag)',
    arguments: [{ type: 'string', value: hostTag }],
    target,
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  if (host.type !== 'node') return null; // `null` remote value: no such element
  const shadow = (host.value as { shadowRoot?: BidiRemoteValue | null } | undefined)?.shadowRoot;
  if (!shadow?.sharedId) return null; // no shadow root (yet)
  const out = await bidiCall(conn, {
    functionDeclaration,
    this: { sharedId: shadow.sharedId },
    arguments: args.map((value) => ({ type: 'string', value })),
    target,
    serializationOptions: { maxDomDepth: 0 },
  });
  return out.type === 'string' ? out.value : null;
}

/** Snapshot of the closed shadow root of the first `hostTag` element, or null when absent. */
export async function readShadowFirefox(page: PuppeteerPage, hostTag: string): Promise<ShadowSnapshot | null> {
  return parseOrNull<ShadowSnapshot>(await callOnShadowFirefox(page, hostTag, SNAPSHOT_FN));
}

/** Viewport box (CSS px) of the first `selector` match inside the closed root, or null. */
export async function boxInShadowFirefox(
  page: PuppeteerPage,
  hostTag: string,
  selector: string,
): Promise<ShadowBox | null> {
  return parseOrNull<ShadowBox>(await callOnShadowFirefox(page, hostTag, BOX_FN, [selector]));
}

/** Real mouse click at the centre of `selector` inside the closed root. Returns false when not found. */
export async function clickInShadowFirefox(page: PuppeteerPage, hostTag: string, selector: string): Promise<boolean> {
  const box = await boxInShadowFirefox(page, hostTag, selector);
  if (!box || box.width === 0 || box.height === 0) return false;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return true;
}
