/**
 * Article detection speed: our detector against @mozilla/readability on the same pages, in the
 * same run, on the same DOM.
 *
 *   npx tsx scripts/bench-extraction.ts [--json] [--runs N] [--jsdom] [--corpus DIR]
 *
 * - Ours: `extractArticle(doc, null)`, the content script's call (quick check, detection,
 *   verdict, headline, text flattening with its offset map, metadata).
 * - Readability 0.6: `isProbablyReaderable(doc)` then `new Readability(doc).parse()`.
 * - Parsing the HTML is not timed; each timed run gets a freshly parsed document (Readability
 *   changes the one it parses). Runs of ours and Readability alternate page by page, so both
 *   see the same machine load. Per page the median of `--runs` (default 3) is kept; the table
 *   gives the median, 95th percentile and worst page.
 * - DOM: linkedom (what the CLI uses); `--jsdom` adds the same measurement under jsdom, one run
 *   per page (jsdom holds on to memory from every document walked in the process).
 * - Main-thread slices: ours run again through `runInSlices` with an 8 ms budget, as the
 *   content script runs it; the longest slice (per page the least of `--runs` runs, to set
 *   garbage collection and machine load aside) is the longest the page's thread would be held
 *   (the target in the browser is under 50 ms; linkedom's DOM is slower than a browser's).
 *
 * The last line is one JSON object.
 */
import { loadavg } from 'node:os';
import { parseHTML } from 'linkedom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle, extractArticleSteps } from '../core/extract-article.ts';
import { runInSlices } from '../core/run-in-slices.ts';
import { CORPUS_DIR, loadCorpus } from '../tests/extraction/corpus.ts';

const args = process.argv.slice(2);
const jsonOnly = args.includes('--json');
const withJsdom = args.includes('--jsdom');
const runs = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1])) : 3;
const corpusDir = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : CORPUS_DIR;
/** The content script's slice budget, and the most a slice may hold the thread. */
const SLICE_BUDGET_MS = 8;
const SLICE_LIMIT_MS = 50;

/** A parsed page and how to let it go (jsdom windows must be closed or they pile up). */
type Parse = (html: string) => { doc: Document; dispose: () => void };
const quiet = new VirtualConsole();
const DOMS: Record<string, Parse> = {
  linkedom: (html) => ({ doc: parseHTML(html).document as unknown as Document, dispose: () => {} }),
  jsdom: (html) => {
    const { window } = new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole: quiet });
    return { doc: window.document as unknown as Document, dispose: () => window.close() };
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function summary(perPage: number[]) {
  const sorted = [...perPage].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), worst: sorted[sorted.length - 1]!, total: sorted.reduce((a, b) => a + b, 0) };
}

function timeOnce(parse: Parse, html: string, run: (doc: Document) => unknown): number {
  const { doc, dispose } = parse(html);
  const start = performance.now();
  run(doc);
  const ms = performance.now() - start;
  dispose();
  return ms;
}

const ours = (doc: Document) => extractArticle(doc, null);
const readability = (doc: Document) => {
  isProbablyReaderable(doc);
  try {
    return new Readability(doc).parse();
  } catch {
    return null;
  }
};

const pages = loadCorpus(corpusDir);
const results: Record<string, { ours: ReturnType<typeof summary>; readability: ReturnType<typeof summary>; slowest: string[] }> = {};
for (const dom of withJsdom ? ['linkedom', 'jsdom'] : ['linkedom']) {
  const parse = DOMS[dom]!;
  // Warm up both (JIT, lazy module state) on a few pages.
  for (const page of pages.slice(0, 5)) {
    timeOnce(parse, page.html, ours);
    timeOnce(parse, page.html, readability);
  }
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  // jsdom keeps memory from every document that was walked, closed window or not: one run each.
  const domRuns = dom === 'jsdom' ? 1 : runs;
  for (const page of pages) {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < domRuns; i++) {
      a.push(timeOnce(parse, page.html, ours));
      b.push(timeOnce(parse, page.html, readability));
    }
    oursMs.push(median(a));
    theirsMs.push(median(b));
  }
  const slowest = pages
    .map((p, i) => ({ slug: p.slug, ms: oursMs[i]! }))
    .sort((x, y) => y.ms - x.ms)
    .slice(0, 5)
    .map((x) => `${x.slug} ${x.ms.toFixed(1)} ms`);
  results[dom] = { ours: summary(oursMs), readability: summary(theirsMs), slowest };
}

// Longest main-thread slice when run as the content script runs it. Per page the smallest of
// `runs` maxima is kept: a slice is as long as its work, and a run that a garbage collection or
// another process on the machine interrupted says more about the machine than about the code.
let longestSlice = 0;
let longestSlicePage = '';
for (const page of pages) {
  let pageLongest = Infinity;
  for (let i = 0; i < runs; i++) {
    let runLongest = 0;
    await runInSlices(extractArticleSteps(DOMS.linkedom!(page.html).doc, null), {
      budgetMs: SLICE_BUDGET_MS,
      now: () => performance.now(),
      pause: () => new Promise((resolve) => setImmediate(resolve)),
      onSlice: (ms) => {
        runLongest = Math.max(runLongest, ms);
      },
    });
    pageLongest = Math.min(pageLongest, runLongest);
  }
  if (pageLongest > longestSlice) {
    longestSlice = pageLongest;
    longestSlicePage = page.slug;
  }
}

const fmt = (x: number) => x.toFixed(1).padStart(8);
if (!jsonOnly) {
  console.log(`Corpus: ${corpusDir} (${pages.length} pages), median of ${runs} runs per page; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  console.log(`${'ms per page'.padEnd(46)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'worst'.padStart(8)} ${'total'.padStart(9)}`);
  for (const [dom, r] of Object.entries(results)) {
    console.log(`${`ours: extractArticle (${dom})`.padEnd(46)} ${fmt(r.ours.median)} ${fmt(r.ours.p95)} ${fmt(r.ours.worst)} ${fmt(r.ours.total).padStart(9)}`);
    console.log(`${`Readability: isProbablyReaderable+parse (${dom})`.padEnd(46)} ${fmt(r.readability.median)} ${fmt(r.readability.p95)} ${fmt(r.readability.worst)} ${fmt(r.readability.total).padStart(9)}`);
    console.log(`  our slowest pages (${dom}): ${r.slowest.join(', ')}`);
  }
  console.log(`\nLongest main-thread slice (ours, ${SLICE_BUDGET_MS} ms budget, linkedom): ${longestSlice.toFixed(1)} ms on ${longestSlicePage} (limit ${SLICE_LIMIT_MS} ms)\n`);
}
const round = (x: number) => Math.round(x * 100) / 100;
const roundAll = (s: ReturnType<typeof summary>) => ({ median: round(s.median), p95: round(s.p95), worst: round(s.worst), total: round(s.total) });
console.log(
  JSON.stringify({
    corpus: corpusDir,
    pages: pages.length,
    runs,
    ...Object.fromEntries(Object.entries(results).map(([dom, r]) => [dom, { ours: roundAll(r.ours), readability: roundAll(r.readability) }])),
    longestSliceMs: round(longestSlice),
    longestSlicePage,
  }),
);
