/**
 * The options page: the reader's choices apply to an open article at once (off → marks gone; a
 * kind unticked → its marks gone), survive a reload of the article, and a reset brings the
 * defaults back. The same checks run in Chromium and Firefox ESR.
 */
import { beforeAll, expect, test } from 'vitest';
import { openSeedPage } from './seed-session.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import type { ExtensionPage } from './extension-page.ts';
import { LIST_HIGHLIGHTS } from './page-probes.ts';

interface Mark {
  name: string;
}

export function describeOptions(makeDriver: () => Promise<BrowserDriver>): void {
  const seed = openSeedPage(makeDriver);
  let options: ExtensionPage;
  const marks = () => seed().evaluate<Mark[]>(LIST_HIGHLIGHTS);

  beforeAll(async () => {
    options = await seed().openExtensionPage('options.html');
    await waitFor('the options page', () => options.text(), (text) => text.includes('Where Backstory marks'), 10_000);
  });

  test('lists the bundled pack with its publisher, version and entry count', async () => {
    expect(await options.text()).toMatch(/Backstory world affairs\s+On\s+by Backstory · version \d{4}\.\d{2}\.\d{2} · \d,\d{3} entries · comes with Backstory/);
  });

  test('turning Backstory off clears the marks on the open article at once', async () => {
    await options.setChecked('checkbox', 'Backstory is on', false);
    await waitFor('marks to go', marks, (list) => list.length === 0, 5_000);
    await options.setChecked('checkbox', 'Backstory is on', true);
    await waitFor('marks to return', marks, (list) => list.length > 100, 5_000);
  });

  test('unticking a kind removes only that kind, also after a reload', async () => {
    await options.setChecked('checkbox', 'Place', false);
    await waitFor('places to go', marks, (list) => list.length > 0 && !list.some((m) => m.name === 'backstory-place'), 5_000);
    await seed().reload();
    const after = await waitFor('marks after reload', marks, (list) => list.length > 50, 15_000);
    expect(after.some((m) => m.name === 'backstory-place')).toBe(false);
    expect(after.some((m) => m.name === 'backstory-person')).toBe(true);
  });

  test('first mention per section keeps fewer marks; reset brings every mark back', async () => {
    const before = (await marks()).length;
    await options.setChecked('radio', 'Only the first mention in each section', true);
    const fewer = await waitFor('fewer marks', marks, (list) => list.length > 0 && list.length < before, 5_000);
    expect(fewer.length).toBeLessThan(before);
    await options.click('button', 'Reset all settings');
    await waitFor('all marks back', marks, (list) => list.some((m) => m.name === 'backstory-place') && list.length > before, 5_000);
  });

  test('the options page and the article reported no errors; nothing left the machine', () => {
    expect(seed().extensionErrors()).toEqual([]);
    expect(seed().externalRequests()).toEqual([]);
  });
}
