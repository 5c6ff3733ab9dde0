/**
 * The main job, end to end: serve the seed article on 127.0.0.1, open Debian's Chromium with the
 * built extension (headed where there is a display, headless otherwise), rest the pointer on
 * "Putin", wait for his card and save a screenshot of it. `npm run demo` builds first.
 */
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { serveStatic } from '../tests/e2e/harness/serve-static.ts';
import { chromiumDriver, waitFor } from '../tests/e2e/drivers.ts';
import { centreOfMark, LIST_HIGHLIGHTS } from '../tests/e2e/page-probes.ts';

const SCREENSHOT = 'docs/screenshots/seed-card.png';
const NAME = process.argv[2] ?? 'Putin';

execFileSync('bash', ['scripts/ensure-browsers.sh', 'chromium'], { stdio: 'inherit' });
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await serveStatic('tests/fixtures/pages');
const driver = await chromiumDriver({ headless: !headed });
try {
  const url = `${server.origin}/seed/source.html`;
  console.log(`demo: opening ${url} in Chromium (${headed ? 'headed' : 'headless'}) with Backstory loaded`);
  await driver.open(url);
  const marks = await waitFor('highlights', () => driver.evaluate<unknown[]>(LIST_HIGHLIGHTS), (list) => list.length > 0, 15_000);
  console.log(`demo: ${marks.length} mentions marked`);
  const centre = await driver.evaluate<{ x: number; y: number } | null>(centreOfMark(NAME));
  if (!centre) throw new Error(`no mark "${NAME}" on the page`);
  await driver.moveMouse(centre.x, centre.y);
  const card = await waitFor('the card', () => driver.readCard(), (c) => Boolean(c?.headings.length), 5_000);
  console.log(`demo: card open for ${card?.headings[0]}`);
  // Let the card's short fade-in finish so the screenshot shows it as a reader does.
  await new Promise((resolve) => setTimeout(resolve, 400));
  mkdirSync('docs/screenshots', { recursive: true });
  await driver.screenshot(SCREENSHOT);
  console.log(`demo: screenshot saved to ${SCREENSHOT}`);
  if (headed && process.stdin.isTTY) {
    console.log('demo: the browser stays open; press Enter to close it');
    await new Promise((resolve) => process.stdin.once('data', resolve));
  }
} finally {
  await driver.close();
  await server.close();
}
