/**
 * The extraction corpus and how its references are read, shared by `scripts/eval-extraction.ts`,
 * `scripts/bench-extraction.ts` and the corpus regression test.
 *
 * - `../shared/corpus/readability/<slug>/`: `source.html`, `expected.html` (reference article;
 *   its text is the reference body) and `expected-metadata.json`.
 * - `tests/fixtures/non-articles/<slug>/source.html`: pages that are not articles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { articleBodyText, extractArticle, type ExtractedArticle } from '../../core/extract-article.ts';
import type { ArticleMetadata } from '../../core/article-metadata.ts';

export const CORPUS_DIR = '../shared/corpus/readability';
export const NON_ARTICLE_DIR = 'tests/fixtures/non-articles';

/** What `expected-metadata.json` holds (Readability's test metadata). */
export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

/** One corpus page. */
export interface CorpusPage {
  slug: string;
  html: string;
  /** Text of `expected.html`: the reference article body. */
  reference: string;
  expected: ExpectedMetadata;
}

/** One saved page without an article. */
export interface NonArticlePage {
  slug: string;
  html: string;
}

function folders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

/** The text of an HTML fragment or page, as `textContent` gives it. */
export function htmlText(html: string): string {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  return document.body?.textContent ?? document.documentElement?.textContent ?? '';
}

/** Every corpus page, in slug order. */
export function loadCorpus(dir = CORPUS_DIR): CorpusPage[] {
  return folders(dir).map((slug) => {
    const read = (name: string) => readFileSync(join(dir, slug, name), 'utf8');
    const metaPath = join(dir, slug, 'expected-metadata.json');
    return {
      slug,
      html: read('source.html'),
      reference: existsSync(join(dir, slug, 'expected.html')) ? htmlText(read('expected.html')) : '',
      expected: existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as ExpectedMetadata) : {},
    };
  });
}

/** Every non-article fixture, in slug order. */
export function loadNonArticles(dir = NON_ARTICLE_DIR): NonArticlePage[] {
  return folders(dir).map((slug) => ({ slug, html: readFileSync(join(dir, slug, 'source.html'), 'utf8') }));
}

/** Parse with linkedom (what the CLI uses) and run the detector. */
export function extractFromHtml(html: string, force = false): ExtractedArticle {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, null, { force });
}

/** The article body our detector reads, as the benchmark defines it (no headline, no captions). */
export function bodyTextOf(article: ExtractedArticle): string {
  return articleBodyText(article);
}

// ---- metadata comparison -------------------------------------------------------------------

/** Metadata fields scored, with the reference field of `expected-metadata.json`. */
export const METADATA_FIELDS = ['title', 'byline', 'siteName', 'lang', 'published'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032`´]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033«»]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

function normalizeLoose(value: string): string {
  return value
    .normalize('NFKC')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function normalizeByline(value: string): string {
  return normalizeLoose(value)
    .replace(/^(?:by|par|von|por|door|di|written by)\s*:?\s+/i, '')
    .replace(/[.,;:|]+$/, '')
    .trim();
}

/** `YYYY-MM-DD` of a reference time stamp (date as written, like `toIsoDay`). */
function referenceDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The reference value of a field, or null when the corpus gives none. */
export function referenceValue(expected: ExpectedMetadata, field: MetadataField): string | null {
  const raw = field === 'published' ? expected.publishedTime : expected[field];
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  return field === 'published' ? referenceDay(raw) : raw;
}

/**
 * Whether a detected value agrees with the reference. Titles and site names must match once
 * quotes, dashes, case and spacing are normalised; bylines may differ by a "By" prefix or by
 * the date some sites print in the same element (one must contain the other); languages compare
 * their primary subtag; dates compare the day.
 */
export function metadataAgrees(field: MetadataField, detected: string | null | undefined, reference: string): boolean {
  if (!detected) return false;
  switch (field) {
    case 'title':
    case 'siteName':
      return normalizeLoose(detected) === normalizeLoose(reference);
    case 'byline': {
      const a = normalizeByline(detected);
      const b = normalizeByline(reference);
      return a !== '' && b !== '' && (a === b || a.includes(b) || b.includes(a));
    }
    case 'lang':
      return normalizeLoose(detected).split(/[-_]/)[0] === normalizeLoose(reference).split(/[-_]/)[0];
    case 'published':
      return (referenceDay(detected) ?? detected) === reference;
  }
}

/** Our metadata as the fields scored. */
export function ourMetadata(meta: ArticleMetadata): Record<MetadataField, string | null> {
  return { title: meta.title, byline: meta.byline, siteName: meta.siteName, lang: meta.lang, published: meta.published };
}
