/**
 * Article detection quality: our detector against @mozilla/readability on the same pages in the
 * same run, with the article-extraction-benchmark metric (core/shingle-score.ts).
 *
 *   npx tsx scripts/eval-extraction.ts [--json] [--all] [--corpus DIR]
 *
 * - Reference body: the text of each `expected.html`.
 * - Ours: `extractArticle` under linkedom (as the CLI runs it). The body is `articleBodyText`:
 *   the benchmark's articleBody (running text and subheads; no headline, no image captions).
 *   "extraction" scores the best candidate even on pages our check calls non-articles (as
 *   Readability's `parse` runs whatever `isProbablyReaderable` says); "gated" scores what a
 *   reader gets: nothing when the page is judged not to be an article; "as read" scores the
 *   text the content script marks (body with captions, still without the headline).
 * - Readability 0.6: `parse()` on a jsdom document (as the benchmark's readability_js runner
 *   does), `textContent` as its body; gated by `isProbablyReaderable` on the same document.
 * - Metadata: title, byline, site name, language and published day against
 *   `expected-metadata.json`, over the pages where it gives a value.
 * - Non-articles: tests/fixtures/non-articles; the false-positive rate is the share judged to be
 *   articles (ours: `isArticle`; Readability: `isProbablyReaderable`).
 *
 * Prints the worst pages first (by our F1), then the totals; the last line is one JSON object.
 * `--json` prints only that line; `--all` lists every page instead of the worst 25.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { pagePrecision, pageRecall, scorePages, shingleCounts, type PageCounts, type ShingleScores } from '../core/shingle-score.ts';
import {
  CORPUS_DIR,
  METADATA_FIELDS,
  bodyTextOf,
  extractFromHtml,
  loadCorpus,
  loadNonArticles,
  metadataAgrees,
  ourMetadata,
  referenceValue,
  type MetadataField,
} from '../tests/extraction/corpus.ts';

const args = process.argv.slice(2);
const jsonOnly = args.includes('--json');
const listAll = args.includes('--all');
const corpusDir = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : CORPUS_DIR;
const WORST_SHOWN = 25;
/** jsdom needs a URL for relative links; Readability's own tests use this one. */
const FAKE_URL = 'http://fakehost/test/page.html';

const quiet = new VirtualConsole();

/** Run `use` on a jsdom document of `html`, then close its window (open windows pile up). */
function withJsdom<T>(html: string, use: (doc: Document) => T): T {
  const { window } = new JSDOM(html, { url: FAKE_URL, virtualConsole: quiet });
  try {
    return use(window.document as unknown as Document);
  } finally {
    window.close();
  }
}

interface SystemRun {
  counts: PageCounts;
  gated: PageCounts;
  /** Ours only: the body as the content script reads it (with captions). */
  read?: PageCounts;
  isArticle: boolean;
  metadata: Record<MetadataField, string | null>;
}

function runOurs(html: string, reference: string): SystemRun {
  const article = extractFromHtml(html);
  const best = article.isArticle ? article : extractFromHtml(html, true);
  const text = bodyTextOf(best);
  return {
    counts: shingleCounts(reference, text),
    gated: shingleCounts(reference, article.isArticle ? text : ''),
    read: shingleCounts(reference, best.flat.text.slice(best.bodyStart)),
    isArticle: article.isArticle,
    metadata: ourMetadata(best.metadata),
  };
}

function runReadability(html: string, reference: string): SystemRun {
  const { readerable, parsed } = withJsdom(html, (doc) => {
    const ok = isProbablyReaderable(doc);
    try {
      return { readerable: ok, parsed: new Readability(doc).parse() };
    } catch {
      return { readerable: ok, parsed: null };
    }
  });
  const text = parsed?.textContent ?? '';
  return {
    counts: shingleCounts(reference, text),
    gated: shingleCounts(reference, readerable ? text : ''),
    isArticle: readerable,
    metadata: {
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      siteName: parsed?.siteName ?? null,
      lang: parsed?.lang ?? null,
      published: parsed?.publishedTime ?? null,
    },
  };
}

function f1Of(c: PageCounts): number {
  const p = pagePrecision(c);
  const r = pageRecall(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

const fmt = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const pages = loadCorpus(corpusDir);
const rows = pages.map((page) => {
  const ours = runOurs(page.html, page.reference);
  const theirs = runReadability(page.html, page.reference);
  return { slug: page.slug, expected: page.expected, ours, theirs };
});

function totals(pick: (r: (typeof rows)[number]) => SystemRun) {
  const scores: ShingleScores = scorePages(rows.map((r) => pick(r).counts));
  const gated: ShingleScores = scorePages(rows.map((r) => pick(r).gated));
  const read: ShingleScores | null = rows.every((r) => pick(r).read) ? scorePages(rows.map((r) => pick(r).read!)) : null;
  const metadata = {} as Record<MetadataField, { accuracy: number; correct: number; of: number }>;
  for (const field of METADATA_FIELDS) {
    let correct = 0;
    let of = 0;
    for (const r of rows) {
      const reference = referenceValue(r.expected, field);
      if (reference === null) continue;
      of += 1;
      if (metadataAgrees(field, pick(r).metadata[field], reference)) correct += 1;
    }
    metadata[field] = { accuracy: of ? correct / of : 0, correct, of };
  }
  return { ...scores, gated, read, metadata };
}

const ours = totals((r) => r.ours);
const readability = totals((r) => r.theirs);

const nonArticles = loadNonArticles().map((page) => ({
  slug: page.slug,
  ours: extractFromHtml(page.html).isArticle,
  readability: withJsdom(page.html, (doc) => isProbablyReaderable(doc)),
}));
const falsePositiveRate = (pick: (p: (typeof nonArticles)[number]) => boolean) =>
  nonArticles.length ? nonArticles.filter(pick).length / nonArticles.length : 0;
const fpr = { ours: falsePositiveRate((p) => p.ours), readability: falsePositiveRate((p) => p.readability) };

if (!jsonOnly) {
  const sorted = [...rows].sort((a, b) => f1Of(a.ours.counts) - f1Of(b.ours.counts) || a.slug.localeCompare(b.slug));
  const shown = listAll ? sorted : sorted.slice(0, WORST_SHOWN);
  console.log(`Corpus: ${corpusDir} (${rows.length} pages); ${listAll ? 'all pages' : `worst ${shown.length}`} by our F1\n`);
  console.log(`${'page'.padEnd(40)} ${'ours P'.padStart(7)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'Rdb P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  article?`);
  for (const r of shown) {
    const o = r.ours.counts;
    const t = r.theirs.counts;
    console.log(
      `${r.slug.padEnd(40)} ${fmt(pagePrecision(o)).padStart(7)} ${fmt(pageRecall(o)).padStart(6)} ${fmt(f1Of(o)).padStart(6)}   ${fmt(pagePrecision(t)).padStart(6)} ${fmt(pageRecall(t)).padStart(6)} ${fmt(f1Of(t)).padStart(6)}  ${r.ours.isArticle ? 'yes' : 'no'}/${r.theirs.isArticle ? 'yes' : 'no'}`,
    );
  }
  const line = (label: string, x: { precision: number; recall: number; f1: number }) =>
    console.log(`  ${label.padEnd(44)} ${fmt(x.precision).padStart(9)} ${fmt(x.recall).padStart(7)} ${fmt(x.f1).padStart(7)}`);
  console.log(`\n${'Article body (shingle metric)'.padEnd(46)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`);
  line('ours, extraction', ours);
  line('Readability parse (jsdom)', readability);
  line('ours, gated by isArticle', ours.gated);
  line('Readability, gated by isProbablyReaderable', readability.gated);
  if (ours.read) line('ours, as read (body with captions)', ours.read);
  console.log(`\n${'Metadata accuracy (pages with a reference)'.padEnd(46)} ${'ours'.padStart(16)} ${'Readability'.padStart(16)}`);
  for (const field of METADATA_FIELDS) {
    const o = ours.metadata[field];
    const t = readability.metadata[field];
    const cell = (a: typeof o) => `${pct(a.accuracy)} (${a.correct}/${a.of})`.padStart(16);
    console.log(`  ${field.padEnd(44)} ${cell(o)} ${cell(t)}`);
  }
  console.log(`\nNon-articles (${nonArticles.length} fixtures): false-positive rate ours ${pct(fpr.ours)}, Readability isProbablyReaderable ${pct(fpr.readability)}`);
  for (const p of nonArticles.filter((n) => n.ours || n.readability)) {
    console.log(`  judged an article: ${p.slug} (ours ${p.ours ? 'yes' : 'no'}, Readability ${p.readability ? 'yes' : 'no'})`);
  }
  console.log('');
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const summary = (s: typeof ours) => ({
  precision: round(s.precision),
  recall: round(s.recall),
  f1: round(s.f1),
  gated: { precision: round(s.gated.precision), recall: round(s.gated.recall), f1: round(s.gated.f1) },
  ...(s.read ? { asRead: { precision: round(s.read.precision), recall: round(s.read.recall), f1: round(s.read.f1) } } : {}),
  metadata: Object.fromEntries(METADATA_FIELDS.map((f) => [f, round(s.metadata[f].accuracy)])),
});
console.log(
  JSON.stringify({
    corpus: corpusDir,
    pages: rows.length,
    ours: { ...summary(ours), falsePositiveRate: round(fpr.ours) },
    readability: { ...summary(readability), falsePositiveRate: round(fpr.readability) },
    nonArticles: nonArticles.length,
  }),
);
