/**
 * The shared setup of the end-to-end specs that work on the seed page: serve the fixtures, start a
 * browser with the built extension, open the seed article and wait until its marks are painted.
 */
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import { LIST_HIGHLIGHTS } from './page-probes.ts';

/** Register the hooks; the returned getter gives the driver once the page is marked. */
export function openSeedPage(makeDriver: () => Promise<BrowserDriver>): () => BrowserDriver {
  let server: LocalServer;
  let driver: BrowserDriver;
  beforeAll(async () => {
    server = await serveStatic('tests/fixtures/pages');
    driver = await makeDriver();
    await driver.open(`${server.origin}/seed/source.html`);
    await waitFor('highlights', () => driver.evaluate<unknown[]>(LIST_HIGHLIGHTS), (list) => list.length > 100, 15_000);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  return () => driver;
}
