/**
 * What a page says about itself, read cheaply before any detection: its declared type (JSON-LD,
 * Open Graph, microdata), whether its canonical address is a site's root, whether it calls itself
 * an application, and how much prose its paragraphs could hold at most (from `scan-page.ts`).
 */
import { ARTICLE_TYPES, hasType, type JsonObject } from './json-ld.ts';
import { scanPageNow, type PageScan } from './scan-page.ts';

/** The page's own claims; see the module comment. */
export interface PageSignals {
  /** JSON-LD Article types, og:type article or schema.org Article microdata. */
  declaresArticle: boolean;
  /** A live blog (many dated posts, still an article). */
  declaresLiveBlog: boolean;
  /** A type that is not an article (video, product, profile, collection, search results…). */
  declaresOther: boolean;
  /** The canonical address (or the page's own) is a site's root. */
  isSiteRoot: boolean;
  /** An application role holds most of the page. */
  isApplication: boolean;
  /** Characters in paragraph-like elements long enough to be prose (an upper bound). */
  proseUpperBound: number;
}

/** JSON-LD types of pages that are not articles. */
const OTHER_TYPES =
  /^(?:VideoObject|Product|ProductGroup|CollectionPage|SearchResultsPage|ItemList|ProfilePage|QAPage|FAQPage|DiscussionForumPosting|WebApplication|SoftwareApplication|MobileApplication|Movie|TVSeries|MusicRecording|MusicAlbum|Event|JobPosting|RealEstateListing|Hotel|Restaurant|LocalBusiness)$/;
const OG_OTHER = /^(?:video|music|product|profile|book|place|business|restaurant)\b/i;
/** Share of the body's text an application role must hold. */
const APPLICATION_SHARE = 0.5;

function metaContent(metas: readonly Element[], key: string): string | null {
  for (const el of metas) {
    if (el.getAttribute('property') === key || el.getAttribute('name') === key) {
      const content = el.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return null;
}

function isRootAddress(address: string | null | undefined, base: string | null): boolean {
  if (!address) return false;
  try {
    const url = new URL(address, base ?? undefined);
    return /^https?:$/.test(url.protocol) && (url.pathname === '/' || url.pathname === '') && url.search === '';
  } catch {
    return false;
  }
}

/** Read the page's signals from its JSON-LD and a scan of the page; `url` is its address when known. */
export function readPageSignals(doc: Document, ld: readonly JsonObject[], url: string | null = null, scan: PageScan = scanPageNow(doc)): PageSignals {
  const ogType = metaContent(scan.metas, 'og:type') ?? '';
  const declaresArticle = ld.some((o) => hasType(o, ARTICLE_TYPES)) || /^article$/i.test(ogType) || scan.microdataArticle;
  const declaresOther = ld.some((o) => hasType(o, OTHER_TYPES)) || OG_OTHER.test(ogType);
  const declaresLiveBlog = ld.some((o) => hasType(o, /^LiveBlogPosting$/));

  let canonical: string | null = null;
  for (const link of scan.links) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) {
      canonical = link.getAttribute('href');
      break;
    }
  }
  canonical ??= metaContent(scan.metas, 'og:url');
  const isSiteRoot = canonical ? isRootAddress(canonical, url) : isRootAddress(url, null);

  let isApplication = false;
  if (scan.application) {
    const bodyText = ((doc.body ?? doc.documentElement)?.textContent ?? '').length;
    isApplication = bodyText === 0 || (scan.application.textContent ?? '').length >= bodyText * APPLICATION_SHARE;
  }
  return { declaresArticle, declaresLiveBlog, declaresOther, isSiteRoot, isApplication, proseUpperBound: scan.prose };
}
