/**
 * The README's screenshots: a card, the context panel, the options page and the welcome page
 * (where a new install asks which sites it may read), each in the light
 * and the dark theme, taken in Chromium with the built extension on the seed article (served on
 * 127.0.0.1). The card is Rex Tillerson's, pinned, with its then-and-now line; dark is the
 * system's colour scheme (emulated), which the card, the panel and the options page follow when
 * the theme setting is "system", as it is by default. `npm run screenshots` builds first.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness/chromium.ts';
import { serveStatic } from '../tests/e2e/harness/serve-static.ts';
import { clickInShadowChromium, readShadowChromium } from '../tests/e2e/harness/read-closed-shadow.ts';
import { CARD_HOST, CHROME_BUILD, sendToEveryTab, waitFor } from '../tests/e2e/drivers.ts';
import { centreOfMark, LIST_HIGHLIGHTS } from '../tests/e2e/page-probes.ts';

const OUT = 'docs/screenshots';
const THEMES = ['light', 'dark'] as const;
/** Let the card's short fade-in and the live region settle, so the picture is what a reader sees. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

mkdirSync(OUT, { recursive: true });
const server = await serveStatic('tests/fixtures/pages');
const harness = await launchChromium(CHROME_BUILD, { viewport: { width: 1280, height: 800 } });
const saved: string[] = [];
try {
  const article = await harness.newPage();
  await article.goto(`${server.origin}/seed/source.html`, { waitUntil: 'load' });
  await waitFor('the marks', () => article.evaluate(LIST_HIGHLIGHTS) as Promise<unknown[]>, (list) => list.length > 100, 15_000);
  const ui = () => readShadowChromium(article, CARD_HOST);
  const shoot = async (page: Page, name: string, fullPage = false) => {
    const file = `${OUT}/${name}.png`;
    await page.screenshot({ path: file, fullPage });
    saved.push(file);
  };

  for (const theme of THEMES) {
    await article.emulateMedia({ colorScheme: theme });

    // A card, pinned so that it stays put while the picture is taken.
    await article.mouse.move(3, 3);
    const centre = (await article.evaluate(centreOfMark('Secretary of State Tillerson'))) as { x: number; y: number } | null;
    if (!centre) throw new Error('no mark "Secretary of State Tillerson" on the seed page');
    await article.mouse.move(centre.x, centre.y, { steps: 4 });
    await waitFor('the card', ui, (s) => s?.headings[0] === 'Rex Tillerson', 10_000);
    if (!(await clickInShadowChromium(article, CARD_HOST, '.bs-pin'))) throw new Error('no pin button on the card');
    await waitFor('the card pinned', ui, (s) => Boolean(s?.html.includes('aria-pressed="true"')), 5_000);
    await article.mouse.move(3, 3);
    await settle();
    await shoot(article, `card-${theme}`);
    await article.keyboard.press('Escape');
    await waitFor('the card closed', ui, (s) => !s?.headings.length, 5_000);

    // The context panel, opened the way the toolbar button opens it.
    await harness.serviceWorker.evaluate(sendToEveryTab('chrome', { type: 'toggle-panel' }));
    await waitFor('the panel', ui, (s) => Boolean(s?.headings.includes('Backstory')), 10_000);
    await settle();
    await shoot(article, `panel-${theme}`);
    await harness.serviceWorker.evaluate(sendToEveryTab('chrome', { type: 'toggle-panel' }));
    await waitFor('the panel closed', ui, (s) => !s?.headings.includes('Backstory'), 5_000);

    // The options page, whole.
    const options = await harness.openExtensionPage('options.html');
    await options.emulateMedia({ colorScheme: theme });
    await options.getByRole('heading', { name: 'Backstory', level: 1 }).waitFor();
    await settle();
    await shoot(options, `options-${theme}`, true);
    await options.close();

    // The welcome page a new install opens, with its site-access choice (every site granted here).
    const welcome = await harness.openExtensionPage('welcome.html');
    await welcome.emulateMedia({ colorScheme: theme });
    await welcome.getByRole('heading', { name: 'Backstory is ready', level: 1 }).waitFor();
    await welcome.getByText('Backstory reads articles on every site.').waitFor();
    await settle();
    await shoot(welcome, `welcome-${theme}`, true);
    await welcome.close();
    await article.bringToFront();
  }
  const errors = harness.pageErrors.filter((e) => e.source !== 'page');
  if (errors.length > 0) throw new Error(`the extension reported errors:\n${errors.map((e) => `${e.source}: ${e.message}`).join('\n')}`);
  console.log(`screenshots: saved ${saved.join(', ')}`);
} finally {
  await harness.close();
  await server.close();
}
