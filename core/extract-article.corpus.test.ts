/**
 * Corpus regression: article detection on ../shared/corpus/readability, scored with the
 * article-extraction-benchmark metric against each expected.html, and metadata against each
 * expected-metadata.json. The floors sit just under what the detector reaches today (see
 * `npm run eval:extraction`), so a change that loses quality fails here.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { scorePages, shingleCounts } from './shingle-score.ts';
import {
  METADATA_FIELDS,
  bodyTextOf,
  extractFromHtml,
  loadCorpus,
  metadataAgrees,
  ourMetadata,
  referenceValue,
  type CorpusPage,
  type MetadataField,
} from '../tests/extraction/corpus.ts';

/** Reached when these floors were set: extraction F1 0.978 (P 0.992, R 0.964). */
const FLOORS = { f1: 0.97, precision: 0.985, recall: 0.955, gatedF1: 0.935 };
/** Reached: title 0.99, byline 0.95, site name 1, language 1, published 1. */
const METADATA_FLOORS: Record<MetadataField, number> = { title: 0.97, byline: 0.9, siteName: 0.97, lang: 0.98, published: 0.95 };
/** Pages Readability's own check calls readerable that must be articles for us too, at least. */
const MIN_ARTICLE_SHARE = 0.95;

const pages = loadCorpus();

function run(page: CorpusPage) {
  const article = extractFromHtml(page.html);
  const best = article.isArticle ? article : extractFromHtml(page.html, true);
  const body = bodyTextOf(best);
  return {
    page,
    isArticle: article.isArticle,
    counts: shingleCounts(page.reference, body),
    gated: shingleCounts(page.reference, article.isArticle ? body : ''),
    metadata: ourMetadata(best.metadata),
  };
}

describe('article detection on the Readability corpus', () => {
  let runs: ReturnType<typeof run>[] = [];
  beforeAll(() => {
    runs = pages.map(run);
  }, 180_000);

  test('the corpus is there', () => {
    expect(pages.length).toBeGreaterThanOrEqual(100);
  });

  test(`body F1 stays at or above ${FLOORS.f1}`, () => {
    const scores = scorePages(runs.map((r) => r.counts));
    expect(scores.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(scores.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(FLOORS.recall);
  });

  test(`what a reader gets (nothing on pages judged not to be articles) stays at or above ${FLOORS.gatedF1}`, () => {
    expect(scorePages(runs.map((r) => r.gated)).f1).toBeGreaterThanOrEqual(FLOORS.gatedF1);
  });

  test('readerable pages are articles', () => {
    const readerable = runs.filter((r) => r.page.expected.readerable !== false);
    const share = readerable.filter((r) => r.isArticle).length / readerable.length;
    expect(share).toBeGreaterThanOrEqual(MIN_ARTICLE_SHARE);
  });

  test.each(METADATA_FIELDS)('%s accuracy stays above its floor', (field) => {
    const judged = runs.map((r) => ({ r, reference: referenceValue(r.page.expected, field) })).filter((x) => x.reference !== null);
    const correct = judged.filter(({ r, reference }) => metadataAgrees(field, r.metadata[field], reference!)).length;
    expect(correct / judged.length).toBeGreaterThanOrEqual(METADATA_FLOORS[field]);
  });
});
