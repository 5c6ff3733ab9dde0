/**
 * Article metadata from the page's own markup: JSON-LD first (publishers write it for search
 * engines, so it is usually the most careful), then Open Graph / `article:` meta, then visible
 * markup (`<time>`, `rel=author`), then the URL.
 */

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

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|LiveBlogPosting)$/;
const URL_DATE = /\/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/;

type Json = Record<string, unknown>;

function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Json);
      const graph = (value as Json)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is its own business; the other sources still apply.
    }
  }
  return out;
}

function typeMatches(obj: Json, pattern: RegExp): boolean {
  const type = obj['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && pattern.test(t));
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as Json).name);
  return null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** `YYYY-MM-DD` from an ISO-ish date string, or null when it is not one. */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = URL_DATE.exec(url);
  if (!m) return null;
  const [, y, mo, d] = m;
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return toIsoDay(iso) === iso && !Number.isNaN(Date.parse(iso)) ? iso : null;
}

function looksLikeUrl(value: string | null): boolean {
  return value !== null && /^https?:\/\//i.test(value);
}

/** Read the article's metadata; `url` is the page's address (for the URL date pattern). */
export function readArticleMetadata(doc: Document, url: string | null = null, articleRoot: Element | null = null): ArticleMetadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => typeMatches(o, ARTICLE_TYPES));
  const website = ld.find((o) => typeMatches(o, /^(?:WebSite|Organization|NewsMediaOrganization)$/));

  const scope: ParentNode = articleRoot?.closest('article') ?? articleRoot ?? doc;
  const timeEl = scope.querySelector('time[datetime]') ?? doc.querySelector('time[pubdate][datetime], time[datetime]');
  const authorMeta = meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author');
  const relAuthor = doc.querySelector('[rel~="author"], [itemprop~="author"] [itemprop~="name"], [itemprop~="author"]');

  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() || meta(doc, 'og:url') || null;
  const lang = (doc.documentElement?.getAttribute('lang') ?? meta(doc, 'og:locale', 'language'))?.trim().split(/[-_]/)[0]?.toLowerCase() || null;

  return {
    title: nameOf(article?.headline) ?? meta(doc, 'og:title', 'twitter:title') ?? (doc.querySelector('h1')?.textContent?.trim() || null) ?? (doc.title.trim() || null),
    byline: nameOf(article?.author) ?? (looksLikeUrl(authorMeta) ? null : authorMeta) ?? (relAuthor?.textContent?.replace(/\s+/g, ' ').trim() || null),
    siteName: meta(doc, 'og:site_name', 'application-name') ?? nameOf((article?.publisher as Json | undefined)?.name) ?? nameOf(website?.name),
    canonicalUrl: canonical,
    lang,
    published:
      toIsoDay(typeof article?.datePublished === 'string' ? article.datePublished : null) ??
      toIsoDay(meta(doc, 'article:published_time', 'datePublished', 'date', 'DC.date.issued', 'publish-date', 'pubdate')) ??
      toIsoDay(timeEl?.getAttribute('datetime')) ??
      dateFromUrl(canonical) ??
      dateFromUrl(url),
  };
}
