/**
 * One cheap pass over the whole page, before any detection, collecting what the page says about
 * itself and where: JSON-LD scripts, headings that may be the headline, bylines, time stamps,
 * article microdata, an application role, and an upper bound on its prose. No selector engine,
 * no per-element allocation; a generator that yields every few hundred elements.
 */
import { measureText, weightedLength } from './walk-page.ts';

/** What the pass found, in document order. */
export interface PageScan {
  /** `<script type="application/ld+json">` elements. */
  jsonLd: Element[];
  /** `<meta>` and `<link>` elements. */
  metas: Element[];
  links: Element[];
  /** h1, h2 and `itemprop=headline` elements. */
  headings: Element[];
  /** Elements marked as bylines (rel=author, itemprop=author, byline/author classes), the first few. */
  bylines: Element[];
  /** `<time>` elements and `itemprop=datePublished` elements. */
  times: Element[];
  datePublished: Element[];
  /** Schema.org Article microdata or `itemprop=articleBody` somewhere on the page. */
  microdataArticle: boolean;
  /** The first element with `role="application"`. */
  application: Element | null;
  /** Characters (dense scripts weighted) of paragraph-like own text in runs long enough to be prose. */
  prose: number;
}

/** Paragraph-like elements for the prose bound, and the shortest own text that counts. */
const PROSE_TAGS: ReadonlySet<string> = new Set(['P', 'PRE', 'BLOCKQUOTE', 'DD', 'TD', 'LI', 'ARTICLE', 'SECTION', 'DIV', 'MAIN', 'BODY']);
const MIN_PROSE_CHARS = 80;
/** Children that are not part of their parent's own text. */
const NOT_INLINE = /^(?:P|DIV|SECTION|ARTICLE|UL|OL|TABLE|PRE|BLOCKQUOTE|SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i;
/** Subtrees never read. */
const UNREAD: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
const BYLINE_HINT = /byline|author|dateline|writtenby|p-author/i;
/** Bylines kept (the first valid one is used). */
const MAX_BYLINES = 20;
/** Elements scanned between yields. */
const ELEMENTS_PER_STEP = 300;

/** Weighted length of the text nodes under `node`. */
function inlineLength(node: Node): number {
  if (node.nodeType === 3) {
    const { length, dense } = measureText((node as Text).data);
    return weightedLength(length, dense);
  }
  let total = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 3 || child.nodeType === 1) total += inlineLength(child);
  return total;
}

/** Own text (outside nested blocks) of an element, dense scripts weighted. */
function ownProse(el: Element): number {
  let own = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || (child.nodeType === 1 && !NOT_INLINE.test((child as Element).tagName))) own += inlineLength(child);
  }
  return own;
}

/** Scan the page; see the module comment. */
export function* scanPage(doc: Document): Generator<void, PageScan> {
  const scan: PageScan = { jsonLd: [], metas: [], links: [], headings: [], bylines: [], times: [], datePublished: [], microdataArticle: false, application: null, prose: 0 };
  const root = doc.documentElement;
  if (!root) return scan;
  const stack: Element[] = [root];
  let visited = 0;
  while (stack.length) {
    if (++visited % ELEMENTS_PER_STEP === 0) yield;
    const el = stack.pop()!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT') {
      if ((el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') scan.jsonLd.push(el);
      continue;
    }
    if (UNREAD.has(tag)) continue;
    if (tag === 'META') {
      scan.metas.push(el);
      continue;
    }
    if (tag === 'LINK') {
      scan.links.push(el);
      continue;
    }
    const itemprop = el.getAttribute('itemprop');
    if (tag === 'H1' || tag === 'H2' || (itemprop && /\bheadline\b/.test(itemprop))) scan.headings.push(el);
    if (tag === 'TIME') scan.times.push(el);
    if (itemprop && /\bdatePublished\b/.test(itemprop)) scan.datePublished.push(el);
    if (scan.bylines.length < MAX_BYLINES && tag !== 'HEAD') {
      const hints = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (el.getAttribute('rel') === 'author' || (itemprop && itemprop.includes('author')) || BYLINE_HINT.test(hints)) scan.bylines.push(el);
    }
    if (!scan.microdataArticle) {
      const itemtype = el.getAttribute('itemtype');
      if ((itemtype && /schema\.org\/(?:\w*Article|BlogPosting|Report)\b/.test(itemtype)) || (itemprop && /\barticleBody\b/.test(itemprop))) scan.microdataArticle = true;
    }
    if (!scan.application && el.getAttribute('role') === 'application') scan.application = el;
    if (PROSE_TAGS.has(tag)) {
      const own = ownProse(el);
      if (own >= MIN_PROSE_CHARS) scan.prose += own;
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return scan;
}

/** Run `scanPage` in one go. */
export function scanPageNow(doc: Document): PageScan {
  const steps = scanPage(doc);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
