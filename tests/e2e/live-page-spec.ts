/**
 * Pages that change after load: a single-page site that appends "read more" paragraphs and
 * navigates with history.pushState. Backstory reads only the new text, and after a navigation
 * the old marks are gone and the new article is marked.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import { LIST_HIGHLIGHTS } from './page-probes.ts';

interface Mark {
  text: string;
  region: string;
}

export function describeLivePage(makeDriver: () => Promise<BrowserDriver>): void {
  let server: LocalServer;
  let driver: BrowserDriver;
  const texts = async () => (await driver.evaluate<Mark[]>(LIST_HIGHLIGHTS)).map((m) => m.text);

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures/pages');
    driver = await makeDriver();
    await driver.open(`${server.origin}/spa/source.html`);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  test('the article rendered by the page script is marked; the sidebar is not', async () => {
    const marked = await waitFor('marks', texts, (list) => list.includes('Angela Merkel'), 10_000);
    expect(marked).toContain('Minsk Agreement');
    expect(marked.filter((t) => t === 'Angela Merkel')).toHaveLength(1);
  });

  test('a paragraph added later is read and marked, once', async () => {
    const before = (await texts()).length;
    await driver.evaluate('window.readMore()');
    const after = await waitFor('the new paragraph to be marked', texts, (list) => list.includes('Rex Tillerson'), 10_000);
    expect(after.length).toBeGreaterThan(before);
    expect(after.filter((t) => t === 'Angela Merkel')).toHaveLength(1);
  });

  test('after a client-side navigation the old marks are gone and the new article is marked', async () => {
    await driver.evaluate('window.navigateToSecond()');
    const marked = await waitFor('the second article', texts, (list) => list.includes('Oliver Stone') && !list.includes('Angela Merkel'), 10_000);
    expect(marked).not.toContain('Rex Tillerson');
    expect(driver.extensionErrors()).toEqual([]);
  });
}
