/**
 * The context panel on the seed page: toggled the way the toolbar button and the shortcut do it,
 * it profiles the publication, lists what was recognised (contested topics first), and choosing
 * an entry opens its card.
 */
import { expect, test } from 'vitest';
import { openSeedPage } from './seed-session.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import { PAGE_UNCHANGED } from './page-probes.ts';

export function describePanel(makeDriver: () => Promise<BrowserDriver>): void {
  const seed = openSeedPage(makeDriver);

  test('the toolbar command opens the panel with the publication and everything recognised', async () => {
    await seed().sendTabCommand({ type: 'toggle-panel' });
    const panel = await waitFor('the panel', () => seed().readCard(), (ui) => Boolean(ui?.headings.includes('Backstory')), 5_000);
    expect(panel!.headings).toContain('The Duran');
    expect(panel!.headings).toContain('Publication profile');
    const recognised = panel!.headings.find((h) => h.startsWith('Recognised here'));
    expect(recognised).toMatch(/Recognised here \(\d{2}\)/);
    // Contested topics come first.
    const groups = panel!.headings.filter((h) => ['Contested topics', 'People', 'Organisations', 'Places', 'Events', 'Works', 'Publications'].includes(h));
    expect(groups[0]).toBe('Contested topics');
    expect(panel!.text).toContain('9 July 2017');
  });

  test('choosing an entry scrolls to its mention and opens its card', async () => {
    expect(await seed().clickInUi('.bs-entity[data-entity="rex-tillerson"]')).toBe(true);
    const ui = await waitFor('the Tillerson card', () => seed().readCard(), (s) => Boolean(s?.headings.includes('Rex Tillerson')), 5_000);
    expect(ui!.text).toContain('United States Secretary of State');
  });

  test('the command again hides the panel; the page is unchanged', async () => {
    await seed().press('Escape');
    await seed().sendTabCommand({ type: 'toggle-panel' });
    await waitFor('the panel to close', () => seed().readCard(), (ui) => !ui?.headings.includes('Backstory'), 5_000);
    expect(await seed().evaluate(PAGE_UNCHANGED)).toEqual({ recorded: true, textSame: true, htmlSame: true });
    expect(seed().extensionErrors()).toEqual([]);
  });
}
