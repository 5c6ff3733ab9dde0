/**
 * One interface over an extension page (options, welcome) in both browsers, so the same checks
 * drive it in Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
 * Controls are found by role and accessible name inside the page, then clicked or typed into
 * with real input events: that is how a reader reaches them, and it works the same in both.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export type ControlRole = 'button' | 'checkbox' | 'radio' | 'textbox' | 'link' | 'combobox' | 'spinbutton';

export interface ExtensionPage {
  /** Runs in the page, with the extension's privileges (`chrome.*` / `browser.*`). */
  evaluate<T>(expression: string): Promise<T>;
  /** A real click on the control with this role whose accessible name matches. */
  click(role: ControlRole, name: string | RegExp): Promise<void>;
  /** Tick or untick a checkbox or radio by its label, with a real click when it must change. */
  setChecked(role: 'checkbox' | 'radio', name: string | RegExp, checked: boolean): Promise<void>;
  /** Replace the value of a text field with `text`, typed. */
  fill(role: 'textbox' | 'spinbutton', name: string | RegExp, text: string): Promise<void>;
  /** Give a file input (found by CSS selector) these files, as the file picker would. */
  uploadFiles(selector: string, files: string[]): Promise<void>;
  /** A real click on the control, and the file the browser saved because of it. */
  clickAndDownload(role: ControlRole, name: string | RegExp): Promise<{ fileName: string; text: string }>;
  /** The page's visible text. */
  text(): Promise<string>;
  /** Make this the active tab: Firefox delivers input to a background tab only slowly. */
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Finds the control in the page, marks it with a one-off attribute and returns a CSS selector
 * for it. The name is the aria-label, else the text of its labels, else its own text.
 */
function locateScript(role: ControlRole, name: string | RegExp): string {
  const pattern = typeof name === 'string' ? { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' } : { source: name.source, flags: name.flags };
  return `(() => {
    const selectors = {
      button: 'button, [role=button], input[type=button], input[type=submit]',
      checkbox: 'input[type=checkbox], [role=checkbox], [role=switch]',
      radio: 'input[type=radio], [role=radio]',
      textbox: 'input:not([type]), input[type=text], input[type=search], input[type=url], textarea, [role=textbox]',
      link: 'a[href], [role=link]',
      combobox: 'select, [role=combobox]',
      spinbutton: 'input[type=number], [role=spinbutton]',
    };
    const pattern = new RegExp(${JSON.stringify(pattern.source)}, ${JSON.stringify(pattern.flags)});
    const nameOf = (el) => {
      const label = el.getAttribute('aria-label');
      if (label) return label.trim();
      const byId = el.getAttribute('aria-labelledby');
      if (byId) return byId.split(/\\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').replace(/\\s+/g, ' ').trim();
      if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(' ').replace(/\\s+/g, ' ').trim();
      return (el.textContent || el.value || '').replace(/\\s+/g, ' ').trim();
    };
    const found = [...document.querySelectorAll(selectors[${JSON.stringify(role)}])].filter((el) => pattern.test(nameOf(el)));
    if (found.length !== 1) return { error: found.length + ' ' + ${JSON.stringify(role)} + ' controls named ' + pattern };
    const token = 'e2e-' + Math.random().toString(36).slice(2);
    found[0].setAttribute('data-e2e-target', token);
    found[0].scrollIntoView({ block: 'center' });
    return { selector: '[data-e2e-target="' + token + '"]' };
  })()`;
}

async function locate(evaluate: (expression: string) => Promise<unknown>, role: ControlRole, name: string | RegExp): Promise<string> {
  const found = (await evaluate(locateScript(role, name))) as { selector?: string; error?: string };
  if (!found.selector) throw new Error(`extension page: ${found.error ?? 'control not found'}`);
  return found.selector;
}

const isChecked = (selector: string) => `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return el.checked ?? el.getAttribute('aria-checked') === 'true'; })()`;

export function playwrightExtensionPage(page: PlaywrightPage): ExtensionPage {
  const evaluate = <T>(expression: string) => page.evaluate(expression) as Promise<T>;
  return {
    evaluate,
    click: async (role, name) => page.click(await locate(evaluate, role, name)),
    setChecked: async (role, name, checked) => {
      const selector = await locate(evaluate, role, name);
      if ((await evaluate<boolean>(isChecked(selector))) !== checked) await page.click(selector);
    },
    fill: async (role, name, text) => {
      const selector = await locate(evaluate, role, name);
      await page.fill(selector, '');
      await page.type(selector, text);
    },
    uploadFiles: (selector, files) => page.setInputFiles(selector, files),
    clickAndDownload: async (role, name) => {
      const selector = await locate(evaluate, role, name);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    },
    text: () => page.evaluate(() => document.body.innerText),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file, fullPage: true });
    },
    close: () => page.close(),
  };
}

/**
 * A file Firefox saved into `dir` that was not there `before`. Firefox writes `name.part` and
 * may create `name` empty first; the file is whole once no `.part` is left and it has content.
 */
async function savedFile(dir: string, before: ReadonlySet<string>, timeoutMs = 10_000): Promise<{ fileName: string; text: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = (await readdir(dir)).filter((f) => !before.has(f));
    const done = files.find((f) => !f.endsWith('.part'));
    if (done && !files.some((f) => f.endsWith('.part'))) {
      const text = await readFile(join(dir, done), 'utf8');
      if (text.length > 0) return { fileName: done, text };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`extension page: no download arrived in ${dir}`);
}

/** `downloadDir`: where the browser was told to save downloads without asking. */
export function puppeteerExtensionPage(page: PuppeteerPage, downloadDir?: string): ExtensionPage {
  const evaluate = <T>(expression: string) => page.evaluate(expression) as Promise<T>;
  return {
    evaluate,
    click: async (role, name) => page.click(await locate(evaluate, role, name)),
    setChecked: async (role, name, checked) => {
      const selector = await locate(evaluate, role, name);
      if ((await evaluate<boolean>(isChecked(selector))) !== checked) await page.click(selector);
    },
    fill: async (role, name, text) => {
      const selector = await locate(evaluate, role, name);
      await page.click(selector, { count: 3 });
      await page.keyboard.press('Backspace');
      await page.type(selector, text);
    },
    uploadFiles: async (selector, files) => {
      const input = await page.waitForSelector(selector);
      if (!input) throw new Error(`extension page: no ${selector}`);
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...files);
    },
    clickAndDownload: async (role, name) => {
      if (!downloadDir) throw new Error('extension page: this browser was launched without a download folder');
      const selector = await locate(evaluate, role, name);
      const before = new Set(await readdir(downloadDir));
      await page.click(selector);
      return savedFile(downloadDir, before);
    },
    text: () => page.evaluate(() => document.body.innerText),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}
