/**
 * axe-core finds no accessibility violations in the card, the panel and the options page.
 */
import { expect, test } from 'vitest';
import { openSeedPage } from './seed-session.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import { centreOfMark } from './page-probes.ts';
import { auditDocument, auditShadowClone, type AxeViolation } from './a11y.ts';

export function describeAccessibility(makeDriver: () => Promise<BrowserDriver>): void {
  const seed = openSeedPage(makeDriver);

  for (const [label, mark, title] of [
    ['a person card', 'Secretary of State Tillerson', 'Rex Tillerson'],
    ['a contested topic card with a loaded term', 'Maidan coup', "Euromaidan and Ukraine's 2014 change of power"],
  ] as const) {
    test(`${label} has no axe violations`, async () => {
      await seed().press('Escape');
      await seed().moveMouse(3, 3);
      const c = await seed().evaluate<{ x: number; y: number }>(centreOfMark(mark));
      await seed().moveMouse(c.x, c.y);
      const card = await waitFor('the card', () => seed().readCard(), (s) => s?.headings[0] === title, 5_000);
      await new Promise((r) => setTimeout(r, 300));
      const violations = await seed().evaluate<AxeViolation[]>(auditShadowClone(card!.html));
      expect(violations).toEqual([]);
    });
  }

  test('a pinned card with a folded section has no axe violations', async () => {
    await seed().press('Escape');
    await seed().moveMouse(3, 3);
    const c = await seed().evaluate<{ x: number; y: number }>(centreOfMark('Secretary of State Tillerson'));
    await seed().moveMouse(c.x, c.y);
    await waitFor('the card', () => seed().readCard(), (s) => s?.headings[0] === 'Rex Tillerson', 5_000);
    expect(await seed().clickInUi('.bs-pin')).toBe(true);
    expect(await seed().clickInUi('#bs-sources-title')).toBe(true);
    const card = await waitFor(
      'pinned, Sources folded',
      () => seed().readCard(),
      (s) => Boolean(s?.html.includes('aria-pressed="true"') && /id="bs-sources-title"[^>]*aria-expanded="false"|aria-expanded="false"[^>]*id="bs-sources-title"/.test(s.html)),
      5_000,
    );
    await new Promise((r) => setTimeout(r, 300));
    const violations = await seed().evaluate<AxeViolation[]>(auditShadowClone(card!.html));
    expect(violations).toEqual([]);
    // Leave the card as the next test expects it: Sources open again, closed.
    expect(await seed().clickInUi('#bs-sources-title')).toBe(true);
    await seed().press('Escape');
  });
  test('the panel has no axe violations', async () => {
    await seed().press('Escape');
    await seed().sendTabCommand({ type: 'toggle-panel' });
    const ui = await waitFor('the panel', () => seed().readCard(), (s) => Boolean(s?.headings.includes('Backstory')), 5_000);
    const violations = await seed().evaluate<AxeViolation[]>(auditShadowClone(ui!.html));
    expect(violations).toEqual([]);
  });

  test('the options page has no axe violations', async () => {
    const options = await seed().openExtensionPage('options.html');
    await waitFor('the options page', () => options.text(), (text) => text.includes('Where Backstory marks'), 10_000);
    const violations = await options.evaluate<AxeViolation[]>(auditDocument());
    expect(violations).toEqual([]);
    await options.close();
  });

  test('the welcome page, with its choice of sites, has no axe violations', async () => {
    const welcome = await seed().openExtensionPage('welcome.html');
    await waitFor('the welcome page', () => welcome.text(), (text) => text.includes('Backstory reads articles on every site.'), 10_000);
    const violations = await welcome.evaluate<AxeViolation[]>(auditDocument());
    expect(violations).toEqual([]);
    await welcome.close();
  });
}
