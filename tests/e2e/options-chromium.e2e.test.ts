/**
 * The options page in real Chromium: the reader's choices apply to an open article at once
 * (off → marks gone; a kind unticked → its marks gone), survive a reload of the page, and a
 * reset brings the defaults back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumHarness } from './harness/chromium.ts';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { CHROME_BUILD, waitFor } from './drivers.ts';
import { LIST_HIGHLIGHTS } from './page-probes.ts';

interface Mark {
  name: string;
}

describe('options page in Chromium', () => {
  let server: LocalServer;
  let harness: ChromiumHarness;
  let article: Page;
  let options: Page;
  const marks = () => article.evaluate(LIST_HIGHLIGHTS) as Promise<Mark[]>;

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures/pages');
    harness = await launchChromium(CHROME_BUILD);
    article = await harness.newPage();
    await article.goto(`${server.origin}/seed/source.html`);
    await waitFor('highlights', marks, (list) => list.length > 100, 15_000);
    options = await harness.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Backstory', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  test('lists the bundled pack with its version and entry count', async () => {
    const row = options.getByRole('row', { name: /Backstory world affairs/ });
    await expect(row.textContent()).resolves.toMatch(/Backstory world affairs\s*0\.1\.0\s*\d{2,}/);
  });

  test('turning Backstory off clears the marks on the open article at once', async () => {
    await options.getByLabel('Backstory is on').uncheck();
    await waitFor('marks to go', marks, (list) => list.length === 0, 5_000);
    await options.getByLabel('Backstory is on').check();
    await waitFor('marks to return', marks, (list) => list.length > 100, 5_000);
  });

  test('unticking a kind removes only that kind, also after a reload', async () => {
    await options.getByLabel('Place', { exact: true }).uncheck();
    await waitFor('places to go', marks, (list) => list.length > 0 && !list.some((m) => m.name === 'backstory-place'), 5_000);
    await article.reload();
    const after = await waitFor('marks after reload', marks, (list) => list.length > 50, 15_000);
    expect(after.some((m) => m.name === 'backstory-place')).toBe(false);
    expect(after.some((m) => m.name === 'backstory-person')).toBe(true);
  });

  test('first mention per section keeps fewer marks; reset brings every mark back', async () => {
    const before = (await marks()).length;
    await options.getByLabel('Only the first mention in each section').check();
    const fewer = await waitFor('fewer marks', marks, (list) => list.length > 0 && list.length < before, 5_000);
    expect(fewer.length).toBeLessThan(before);
    await options.getByRole('button', { name: 'Reset all settings' }).click();
    await waitFor('all marks back', marks, (list) => list.some((m) => m.name === 'backstory-place') && list.length > before, 5_000);
  });

  test('the options page and the article reported no errors; nothing left the machine', () => {
    expect(harness.pageErrors.filter((e) => e.source !== 'page')).toEqual([]);
    expect(harness.requests.filter((r) => r.external || r.source !== 'page' && r.source !== 'extension-page')).toEqual([]);
  });
});
