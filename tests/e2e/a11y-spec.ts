/**
 * axe-core finds no accessibility violations in the card and the panel on the seed page.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import { centreOfMark, LIST_HIGHLIGHTS } from './page-probes.ts';
import { auditShadowClone, type AxeViolation } from './a11y.ts';

/** `panel`: also audit the panel (needs a handle on the background to toggle it: Chromium). */
export function describeAccessibility(makeDriver: () => Promise<BrowserDriver>, { panel }: { panel: boolean }): void {
  let server: LocalServer;
  let driver: BrowserDriver;

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures/pages');
    driver = await makeDriver();
    await driver.open(`${server.origin}/seed/source.html`);
    await waitFor('highlights', () => driver.evaluate<unknown[]>(LIST_HIGHLIGHTS), (l) => l.length > 100, 15_000);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  for (const [label, mark, title] of [
    ['a person card', 'Secretary of State Tillerson', 'Rex Tillerson'],
    ['a contested topic card with a loaded term', 'Maidan coup', "Euromaidan and Ukraine's 2014 change of power"],
  ] as const) {
    test(`${label} has no axe violations`, async () => {
      await driver.press('Escape');
      await driver.moveMouse(3, 3);
      const c = await driver.evaluate<{ x: number; y: number }>(centreOfMark(mark));
      await driver.moveMouse(c.x, c.y);
      const card = await waitFor('the card', () => driver.readCard(), (s) => s?.headings[0] === title, 5_000);
      await new Promise((r) => setTimeout(r, 300));
      const violations = await driver.evaluate<AxeViolation[]>(auditShadowClone(card!.html));
      expect(violations).toEqual([]);
    });
  }

  if (!panel) return;
  test('the panel has no axe violations', async () => {
    await driver.press('Escape');
    await driver.sendTabCommand!({ type: 'toggle-panel' });
    const ui = await waitFor('the panel', () => driver.readCard(), (s) => Boolean(s?.headings.includes('Backstory')), 5_000);
    const violations = await driver.evaluate<AxeViolation[]>(auditShadowClone(ui!.html));
    expect(violations).toEqual([]);
  });
}
