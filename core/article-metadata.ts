/**
 * Article metadata from the page's own markup: JSON-LD first (publishers write it for search
 * engines, so it is usually the most careful), then Dublin Core / Open Graph / `article:` meta,
 * then visible markup (`<time>`, `itemprop`, `rel=author`, byline classes), then the URL.
 * `<meta>` tags are read in one pass; visible markup comes from the page scan (`scan-page.ts`).
 */
import { ARTICLE_TYPES, hasType, jsonLdObjects, type JsonObject } from './json-ld.ts';
import { dateFromUrl, toIsoDay } from './publication-date.ts';
import { textSimilarity } from './find-headline.ts';
import { isHiddenByMarkup } from './dom-rules.ts';
import { scanPageNow, type PageScan } from './scan-page.ts';

/** What a page says about its article. */
export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** Primary language subtag, lower-case (`en`), or null. */
  lang: string | null;
  /** Publication date as `YYYY-MM-DD`, or null. */
  published: string | null;
}


/** Postings that are not articles but date and sign their text the same way. */
const POSTING_TYPES = /^(?:SocialMediaPosting|DiscussionForumPosting|CreativeWork|WebPage)$/;
/** Title separators: a site name follows or precedes the headline in `<title>`. */
const TITLE_SEPARATOR = / [|\-–—\\/>»] /;
const HIERARCHY_SEPARATOR = / [\\/>»] /;
const BYLINE_PREFIX = /^(?:by|par|von|por|door|di|de|av|af|przez|written by|posted by)\s*:?\s+/i;
/** Longest visible byline (characters). */
const MAX_BYLINE_CHARS = 100;

type MetaValues = Map<string, string>;

/**
 * Every `<meta>` value by lower-cased key (`DC.date` reads as `dc:date`): values given by
 * `property` (each of a list) win over `name`, `itemprop` and `http-equiv` ones; the first of
 * each wins.
 */
function readMetaTags(metas: Iterable<Element>): MetaValues {
  const byProperty: MetaValues = new Map();
  const byName: MetaValues = new Map();
  const add = (map: MetaValues, key: string, content: string) => {
    const k = key.trim().toLowerCase().replace(/\s*[:.]\s*/g, ':');
    if (k && !map.has(k)) map.set(k, content);
  };
  for (const el of metas) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const key of (el.getAttribute('property') ?? '').split(/\s+/)) add(byProperty, key, content);
    for (const attr of ['name', 'itemprop', 'http-equiv']) add(byName, el.getAttribute(attr) ?? '', content);
  }
  for (const [key, value] of byName) if (!byProperty.has(key)) byProperty.set(key, value);
  return byProperty;
}

function first(values: MetaValues, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = values.get(key);
    if (value) return value;
  }
  return null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

function looksLikeUrl(value: string | null): boolean {
  return value !== null && /^(?:https?:)?\/\//i.test(value);
}

/** Decode the entities some pages leave escaped in their meta values. */
function unescapeEntities(value: string | null): string | null {
  if (!value || !value.includes('&')) return value;
  return value
    .replace(/&(quot|amp|apos|lt|gt);/g, (_, name: string) => ({ quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' })[name]!)
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (whole, hex: string | undefined, dec: string | undefined) => {
      const code = parseInt(hex ?? dec ?? '', hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    });
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The headline in a `<title>`: the site's name cut off at a separator, as readers see it. */
export function cleanDocumentTitle(doc: Document, headings: readonly Element[] = scanPageNow(doc).headings): string | null {
  const original = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  if (!original) return null;
  let title = original;
  let hierarchical = false;
  if (TITLE_SEPARATOR.test(title)) {
    hierarchical = HIERARCHY_SEPARATOR.test(title);
    const separators = [...original.matchAll(/ [|\-–—\\/>»] /g)];
    title = original.slice(0, separators[separators.length - 1]!.index);
    if (wordCount(title) < 3) title = original.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  } else if (title.includes(': ')) {
    if (!headings.some((h) => /^H[12]$/i.test(h.tagName) && (h.textContent ?? '').trim() === original)) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = headings.filter((h) => /^H1$/i.test(h.tagName));
    if (h1s.length === 1) title = (h1s[0]!.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  title = title.replace(/\s+/g, ' ').trim();
  const words = wordCount(title);
  if (words <= 4 && (!hierarchical || words !== wordCount(original.replace(/[|\-–—\\/>»]+/g, '')) - 1)) title = original;
  return title || null;
}

/** JSON-LD title: `name` unless only `headline` resembles the page title. */
function jsonLdTitle(article: JsonObject | undefined, doc: Document, headings: readonly Element[]): string | null {
  if (!article) return null;
  const name = typeof article.name === 'string' ? article.name.trim() : null;
  const headline = typeof article.headline === 'string' ? article.headline.trim() : null;
  if (name && headline && name !== headline) {
    const pageTitle = cleanDocumentTitle(doc, headings) ?? '';
    const nameMatches = textSimilarity(name, pageTitle) > 0.75;
    const headlineMatches = textSimilarity(headline, pageTitle) > 0.75;
    return headlineMatches && !nameMatches ? headline : name;
  }
  return name || headline;
}

function cleanByline(text: string | null): string | null {
  if (!text) return null;
  const cleaned = text.replace(/\s+/g, ' ').trim().replace(BYLINE_PREFIX, '').trim();
  return cleaned || null;
}

/** The first visible element marked as a byline (rel=author, itemprop=author, byline classes). */
function visibleByline(candidates: readonly Element[]): string | null {
  for (const node of candidates) {
    const text = (node.textContent ?? '').trim();
    if (!text || text.length >= MAX_BYLINE_CHARS || isHiddenByMarkup(node)) continue;
    const name = node.querySelector('[itemprop~="name"]');
    return cleanByline(name?.textContent ?? text);
  }
  return null;
}

/** The first `itemprop=datePublished` or `<time>` day on the page (a marked one first). */
function visibleDate(scan: PageScan): string | null {
  for (const el of scan.datePublished) {
    const day = toIsoDay(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
    if (day) return day;
  }
  let fallback: string | null = null;
  for (const time of scan.times) {
    const day = toIsoDay(time.getAttribute('datetime') ?? time.textContent);
    if (!day) continue;
    if (time.hasAttribute('pubdate') || /\b(?:published|pubdate|entry-date|post-date)\b/i.test(time.getAttribute('class') ?? '')) return day;
    fallback ??= day;
  }
  return fallback;
}

/** Read the article's metadata; `url` is the page's address (for the URL date pattern). */
export function readArticleMetadata(doc: Document, url: string | null = null, ld?: readonly JsonObject[], scan: PageScan = scanPageNow(doc)): ArticleMetadata {
  ld ??= jsonLdObjects(doc, scan.jsonLd);
  const meta = readMetaTags(scan.metas);
  const article = ld.find((o) => hasType(o, ARTICLE_TYPES)) ?? ld.find((o) => hasType(o, POSTING_TYPES));
  const website = ld.find((o) => hasType(o, /^(?:WebSite|NewsMediaOrganization|Organization)$/));

  const title =
    jsonLdTitle(article, doc, scan.headings) ??
    first(meta, 'dc:title', 'dcterm:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title') ??
    cleanDocumentTitle(doc, scan.headings);

  const articleAuthor = first(meta, 'article:author', 'og:article:author');
  const byline =
    nameOf(article?.author) ??
    first(meta, 'dc:creator', 'dcterm:creator', 'author', 'parsely-author') ??
    (looksLikeUrl(articleAuthor) ? null : articleAuthor) ??
    visibleByline(scan.bylines);

  const publisher = article?.publisher as JsonObject | undefined;
  const siteName = nameOf(publisher?.name) ?? first(meta, 'og:site_name') ?? first(meta, 'application-name') ?? nameOf(website?.name);

  const canonicalLink = scan.links.find((link) => /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? ''));
  const canonical = canonicalLink?.getAttribute('href')?.trim() || first(meta, 'og:url');
  const inLanguage = typeof article?.inLanguage === 'string' ? article.inLanguage : null;
  const langSource = doc.documentElement?.getAttribute('lang') || first(meta, 'content-language', 'og:locale', 'language', 'dc:language') || inLanguage;
  const lang = langSource?.trim().split(/[-_\s,]/)[0]?.toLowerCase() || null;

  const published =
    toIsoDay(typeof article?.datePublished === 'string' ? article.datePublished : null) ??
    toIsoDay(first(meta, 'article:published_time', 'parsely-pub-date', 'datepublished', 'dc:date:issued', 'dcterm:date', 'dc:date', 'date', 'publish-date', 'pubdate', 'sailthru:date')) ??
    visibleDate(scan) ??
    dateFromUrl(canonical) ??
    dateFromUrl(url);

  return {
    title: unescapeEntities(title)?.replace(/\s+/g, ' ').trim() || null,
    byline: unescapeEntities(cleanByline(byline)),
    siteName: unescapeEntities(siteName),
    canonicalUrl: canonical || null,
    lang,
    published,
  };
}
