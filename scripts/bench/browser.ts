/**
 * Browser benchmarks: the built extension in real Chromium and Firefox ESR, pages from
 * 127.0.0.1. Reads the User Timing marks the content script sets (utils/timing-marks.ts) from a
 * page-world observer installed before any page script.
 *
 * - highlights painted: `backstory:painted` minus DOMContentLoaded, on the seed page and on the
 *   largest corpus page (median of repeated fresh loads);
 * - card open: from the end of the hover-intent delay (`backstory:card-intent`) to the first
 *   animation frame after the card was rendered and placed (`backstory:card-shown` + rAF);
 * - long tasks (Chromium; Firefox has no longtask entries): the longest task that overlaps the
 *   extension's work window, on the seed page and on every corpus page (`--all-pages`);
 * - background cold start (Chromium): the service worker is stopped over CDP, then the time from
 *   the content script's match request to its answer.
 *
 *   npx tsx scripts/bench/browser.ts [--runs N] [--all-pages] [--json-only]
 */
import { readdirSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../tests/e2e/harness/chromium.ts';
import { launchFirefox } from '../../tests/e2e/harness/firefox.ts';
import { serveStatic } from '../../tests/e2e/harness/serve-static.ts';
import { CHROME_BUILD, FIREFOX_BUILD } from '../../tests/e2e/drivers.ts';
import { centreOfMark } from '../../tests/e2e/page-probes.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const ALL_PAGES = args.includes('--all-pages');
const CORPUS = '../shared/corpus/readability';

/** Installed before any page script: records DOMContentLoaded, our marks, long tasks, card frames. */
const PROBE = `
  window.__bsBench = { dcl: null, marks: {}, longtasks: [], cardPainted: [] };
  document.addEventListener('DOMContentLoaded', () => { window.__bsBench.dcl = performance.now(); }, { once: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.name.startsWith('backstory:')) continue;
      (window.__bsBench.marks[e.name] = window.__bsBench.marks[e.name] || []).push(e.startTime);
      if (e.name === 'backstory:card-shown') requestAnimationFrame(() => window.__bsBench.cardPainted.push(performance.now()));
    }
  }).observe({ type: 'mark', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bsBench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

interface Probe {
  dcl: number | null;
  marks: Record<string, number[]>;
  longtasks: [number, number][];
  cardPainted: number[];
}

interface PageLike {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
  mouse: { move(x: number, y: number): Promise<void> };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const round = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readProbe(page: PageLike): Promise<Probe> {
  return (await page.evaluate('window.__bsBench')) as Probe;
}

async function waitForMark(page: PageLike, name: string, timeoutMs = 20_000): Promise<Probe> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe = await readProbe(page);
    if (probe?.marks[`backstory:${name}`]?.length) return probe;
    if (Date.now() > deadline) throw new Error(`no backstory:${name} mark within ${timeoutMs} ms`);
    await sleep(25);
  }
}

/** The longest long task overlapping the extension's work (start → painted), in ms (0: none). */
function longestOwnTask(probe: Probe): number {
  const start = probe.marks['backstory:start']?.[0];
  const end = probe.marks['backstory:painted']?.[0];
  if (start === undefined || end === undefined) return 0;
  return Math.max(0, ...probe.longtasks.filter(([t, d]) => t < end && t + d > start).map(([, d]) => d));
}

/** Corpus pages, largest first (the largest one that holds an article is benchmarked). */
function corpusPagesBySize(): string[] {
  return readdirSync(CORPUS)
    .filter((slug) => existsSync(join(CORPUS, slug, 'source.html')))
    .sort((a, b) => statSync(join(CORPUS, b, 'source.html')).size - statSync(join(CORPUS, a, 'source.html')).size);
}

interface BrowserResult {
  browser: string;
  seedPaintedMs: number;
  largestPaintedMs: number | null;
  largestPage: string | null;
  cardOpenMs: number;
  /** Intent → card rendered and placed, before the browser paints the frame. */
  cardWorkMs: number;
  seedLongestTaskMs: number | null;
  coldStartMatchMs: number | null;
  warmMatchMs: number;
  corpusLongestTaskMs?: number | null;
  corpusPagesOverBudget?: string[];
}

async function measure(browserName: 'chromium' | 'firefox'): Promise<BrowserResult> {
  const seedServer = await serveStatic('tests/fixtures/pages');
  const corpusServer = await serveStatic(CORPUS);
  let largest = '';
  let newPage: () => Promise<PageLike>;
  let close: () => Promise<void>;
  let stopWorkers: (() => Promise<void>) | null = null;
  if (browserName === 'chromium') {
    const h = await launchChromium(CHROME_BUILD);
    newPage = async () => {
      const p = await h.newPage();
      await p.addInitScript(PROBE);
      return p as unknown as PageLike;
    };
    stopWorkers = async () => {
      const page = await h.newPage();
      const cdp = await h.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.close();
    };
    close = () => h.close();
  } else {
    const h = await launchFirefox(FIREFOX_BUILD);
    newPage = async () => {
      const p = await h.newPage();
      await p.evaluateOnNewDocument(PROBE);
      return p as unknown as PageLike;
    };
    close = () => h.close();
  }
  try {
    const load = async (url: string, until = 'painted') => {
      const page = await newPage();
      await page.goto(url);
      const probe = await waitForMark(page, until, 6_000);
      return { page, probe };
    };
    const painted = (p: Probe) => p.marks['backstory:painted']![0]! - p.dcl!;
    const matchMs = (p: Probe) => p.marks['backstory:match-answered']![0]! - p.marks['backstory:match-sent']![0]!;

    const seed: number[] = [];
    const seedTasks: number[] = [];
    const warm: number[] = [];
    let cardOpen: number[] = [];
    let cardWork: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, probe } = await load(`${seedServer.origin}/seed/source.html`);
      seed.push(painted(probe));
      seedTasks.push(longestOwnTask(probe));
      warm.push(matchMs(probe));
      if (i === 0) {
        // Card open: rest on a few different marks, one after another.
        for (const name of ['Putin', 'Secretary of State Tillerson', 'Maidan coup', 'Minsk Agreement', 'NATO']) {
          const c = (await page.evaluate(centreOfMark(name))) as { x: number; y: number } | null;
          if (!c) continue;
          await page.mouse.move(5, 5);
          await sleep(400);
          await page.mouse.move(c.x, c.y);
          await sleep(700);
        }
        const probe2 = await readProbe(page);
        const intents = probe2.marks['backstory:card-intent'] ?? [];
        cardOpen = probe2.cardPainted.map((t, k) => t - (intents[k] ?? t));
        const shown = probe2.marks['backstory:card-shown'] ?? [];
        cardWork = shown.map((t, k) => t - (intents[k] ?? t));
      }
      await page.close();
    }
    const largestRuns: number[] = [];
    for (const slug of corpusPagesBySize().slice(0, 8)) {
      try {
        const { page, probe } = await load(`${corpusServer.origin}/${slug}/source.html`, 'painted');
        largest = slug;
        largestRuns.push(painted(probe));
        await page.close();
        break;
      } catch {
        // No article (or nothing recognised) on this page: try the next largest.
      }
    }
    for (let i = 1; largest && i < Math.min(RUNS, 5); i++) {
      const { page, probe } = await load(`${corpusServer.origin}/${largest}/source.html`);
      largestRuns.push(painted(probe));
      await page.close();
    }
    const cold: number[] = [];
    if (stopWorkers) {
      for (let i = 0; i < Math.min(RUNS, 5); i++) {
        await stopWorkers();
        await sleep(300);
        const { page, probe } = await load(`${seedServer.origin}/seed/source.html`);
        cold.push(matchMs(probe));
        await page.close();
      }
    }
    const result: BrowserResult = {
      browser: browserName,
      seedPaintedMs: round(median(seed)),
      largestPaintedMs: largestRuns.length ? round(median(largestRuns)) : null,
      largestPage: largest || null,
      cardOpenMs: round(median(cardOpen)),
      cardWorkMs: round(median(cardWork)),
      seedLongestTaskMs: browserName === 'chromium' ? round(Math.max(...seedTasks)) : null,
      coldStartMatchMs: cold.length ? round(median(cold)) : null,
      warmMatchMs: round(median(warm)),
    };
    if (ALL_PAGES && browserName === 'chromium') {
      let worst = 0;
      const over: string[] = [];
      for (const slug of readdirSync(CORPUS).sort()) {
        if (!existsSync(join(CORPUS, slug, 'source.html'))) continue;
        const page = await newPage();
        await page.goto(`${corpusServer.origin}/${slug}/source.html`).catch(() => undefined);
        await sleep(1500);
        const probe = await readProbe(page).catch(() => null);
        await page.close();
        if (!probe) continue;
        const own = longestOwnTask(probe);
        worst = Math.max(worst, own);
        if (own > 50) over.push(`${slug} (${round(own)} ms)`);
      }
      result.corpusLongestTaskMs = round(worst);
      result.corpusPagesOverBudget = over;
    }
    return result;
  } finally {
    await close();
    await seedServer.close();
    await corpusServer.close();
  }
}

export async function runBrowserBench(): Promise<BrowserResult[]> {
  const results = [await measure('chromium'), await measure('firefox')];
  const budget = (v: number | null | undefined, limit: number) => (v === null || v === undefined ? 'n/a' : `${v} ms ${v <= limit ? '✓' : '✗'} (≤ ${limit})`);
  console.log('\nBrowser benchmarks (medians; built extension, pages from 127.0.0.1)');
  console.log(['metric'.padEnd(44), 'chromium'.padEnd(24), 'firefox'].join(''));
  const row = (label: string, f: (r: BrowserResult) => string) => console.log([label.padEnd(44), f(results[0]!).padEnd(24), f(results[1]!)].join(''));
  row('highlights painted after DOMContentLoaded, seed', (r) => budget(r.seedPaintedMs, 50));
  row(`highlights painted, largest article page`, (r) => (r.largestPaintedMs === null ? 'no article' : `${r.largestPaintedMs} ms (${r.largestPage})`));
  row('card painted after the hover-intent delay', (r) => budget(r.cardOpenMs, 16));
  row('  of which our work (intent → rendered, placed)', (r) => `${r.cardWorkMs} ms`);
  row('longest own long task, seed page', (r) => budget(r.seedLongestTaskMs, 50));
  row('match round trip, warm worker', (r) => `${r.warmMatchMs} ms`);
  row('match round trip, cold worker', (r) => (r.coldStartMatchMs === null ? 'n/a' : `${r.coldStartMatchMs} ms`));
  if (ALL_PAGES) row('longest own long task, every corpus page', (r) => budget(r.corpusLongestTaskMs ?? null, 50));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runBrowserBench();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/browser.json', JSON.stringify(results, null, 2));
  console.log(JSON.stringify({ bench: 'browser', results }));
}
