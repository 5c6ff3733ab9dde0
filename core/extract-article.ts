/**
 * The article on a page: its root(s), its readable text with the map back to the DOM, and its
 * metadata. One function for the content script and the CLI, so `backstory extract` shows
 * exactly what the extension reads.
 *
 * 1. Metadata and the page's own claims; a quick check stops here on pages that cannot be
 *    articles (`judge-article.ts`).
 * 2. One walk over the page (`walk-page.ts`), candidate scoring and the body's root(s)
 *    (`find-article-root.ts`), furniture inside them (`clean-article.ts`); with too little text,
 *    again with fewer rules.
 * 3. The verdict on the body; non-articles stop here.
 * 4. The headline, furniture at the body's edges (`trim-article-edges.ts`), and the text with
 *    its offset map (`flatten-text.ts`), from live nodes: nothing is cloned or changed.
 *
 * The work is a generator (`extractArticleSteps`) that yields every few hundred nodes so the
 * browser can run it in slices (`run-in-slices.ts`); `extractArticle` runs it in one go.
 */
import { chooseRoots, type DetectionFlags } from './find-article-root.ts';
import { cleanArticle, keptTextLength } from './clean-article.ts';
import { findHeadline } from './find-headline.ts';
import { trimArticleEdges } from './trim-article-edges.ts';
import { flattenTextSteps, type FlatText, type FlattenOptions } from './flatten-text.ts';
import { readArticleMetadata, type ArticleMetadata } from './article-metadata.ts';
import { runSteps, walkPage, weightedLength, type PageWalk } from './walk-page.ts';
import { jsonLdObjects } from './json-ld.ts';
import { hintsOf } from './dom-rules.ts';
import { betterRootForDeclaredBody, declaredBodyWords } from './declared-body.ts';
import { readPageSignals } from './page-signals.ts';
import { scanPage } from './scan-page.ts';
import { judgeArticle, measureBody, quickPageCheck, type Verdict } from './judge-article.ts';

/** The result of reading a page. */
export interface ExtractedArticle {
  isArticle: boolean;
  /** The article body's root(s), in document order; empty when the page is not an article. */
  roots: Element[];
  /** The headline element, read before the body; null when none was found. */
  headline: Element | null;
  /** Headline and body text (live text nodes, in reading order). */
  flat: FlatText;
  /** Offset in `flat.text` where the body starts (the headline comes before it). */
  bodyStart: number;
  /**
   * Ranges of `flat.text` (start inclusive, end exclusive) that are image captions: read and
   * marked, but not part of the running text (`articleBodyText` leaves them out).
   */
  captions: Array<[number, number]>;
  metadata: ArticleMetadata;
  /** Why the page is or is not an article; null when the quick check already said no. */
  verdict: Verdict | null;
}

/** How to read the page. */
export interface ExtractOptions {
  /** Extra test for elements to leave out (the browser's computed visibility). */
  isHidden?: FlattenOptions['isHidden'];
  /** Read the best candidate even when the page does not look like an article (tools, evaluation). */
  force?: boolean;
}

/** Fewer characters than this in the body, and detection retries with fewer rules. */
const MIN_ARTICLE_CHARS = 500;
/** Rule sets tried in turn, strictest first (Readability's sieve). */
const ATTEMPTS: DetectionFlags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

interface Detection {
  roots: Element[];
  skip: Set<Element>;
  walk: PageWalk;
  length: number;
}

/** Candidates compared with a declared article body: the best scored, and a few of their ancestors. */
const DECLARED_CANDIDATES = 12;
const DECLARED_ANCESTORS = 3;

function declaredCandidates(scores: Map<Element, number>): Set<Element> {
  const out = new Set<Element>();
  const best = [...scores].sort((a, b) => b[1] - a[1]).slice(0, DECLARED_CANDIDATES);
  for (const [el] of best) {
    let node: Element | null = el;
    for (let i = 0; node && i <= DECLARED_ANCESTORS && node.parentElement; i++, node = node.parentElement) out.add(node);
  }
  return out;
}

function* detect(page: Element, isHidden: ExtractOptions['isHidden'], declared: ReadonlySet<string> | null): Generator<void, Detection | null> {
  const walks = new Map<boolean, PageWalk>();
  let best: Detection | null = null;
  for (const flags of ATTEMPTS) {
    let walk = walks.get(flags.stripUnlikely);
    if (!walk) {
      walk = yield* walkPage(page, { stripUnlikely: flags.stripUnlikely, isHidden });
      walks.set(flags.stripUnlikely, walk);
    }
    const choice = yield* chooseRoots(page, walk, flags);
    if (!choice) continue;
    if (declared) {
      // The page says what its article is: trust that over scoring when they disagree.
      const better = betterRootForDeclaredBody(declared, choice.roots, declaredCandidates(choice.scores));
      if (better) {
        choice.roots = [better];
        choice.top = better;
      }
      yield;
    }
    const skip = yield* cleanArticle(choice.roots, choice.top, walk, { conditionally: flags.cleanConditionally, weightClasses: flags.weightClasses });
    const roots = choice.roots.filter((r) => !skip.has(r));
    const length = keptTextLength(roots, walk, skip);
    const detection = { roots, skip, walk, length };
    if (length >= MIN_ARTICLE_CHARS) return detection;
    if (!best || length > best.length) best = detection;
  }
  return best;
}

/** Read the article on `doc` in steps; see the module comment. */
export function* extractArticleSteps(doc: Document, url: string | null = null, options: ExtractOptions = {}): Generator<void, ExtractedArticle> {
  const scan = yield* scanPage(doc);
  const ld = jsonLdObjects(doc, scan.jsonLd);
  const metadata = readArticleMetadata(doc, url, ld, scan);
  yield;
  const signals = readPageSignals(doc, ld, url, scan);
  const none = (verdict: Verdict | null): ExtractedArticle => ({ isArticle: false, roots: [], headline: null, flat: { text: '', segments: [] }, bodyStart: 0, captions: [], metadata, verdict });
  // The whole document is walked: a parser may leave content outside a misplaced <body>.
  const page = doc.documentElement;
  if (!page || (!options.force && !quickPageCheck(signals))) return none(null);
  yield;
  const detection = yield* detect(page, options.isHidden, declaredBodyWords(ld));
  if (!detection || detection.length === 0) return none(null);

  const { walk } = detection;
  const skip = new Set<Element>(walk.excluded);
  for (const el of detection.skip) skip.add(el);
  const measures = yield* measureBody(detection.roots, skip, (el) => walk.stats.get(el), (el) => {
    const s = walk.stats.get(el);
    if (!s) return { length: 0, link: 0 };
    return s.hasBlockChild ? { length: weightedLength(s.ownText, s.ownDense), link: s.ownLink } : { length: weightedLength(s.text, s.dense), link: s.link };
  });
  const verdict = judgeArticle(signals, measures);
  if (!verdict.isArticle && !options.force) return none(verdict);
  yield;

  const headline = findHeadline(doc, [metadata.title, doc.title], options.isHidden, scan.headings);
  if (headline) skip.add(headline);
  const roots = detection.roots.filter((r) => r !== headline);
  for (const el of trimArticleEdges(roots, skip, walk, headline)) skip.add(el);
  yield;
  // What the walk read was visible; only what it never reached (the headline's furniture
  // header, say) needs the browser's visibility test again.
  const isHidden = options.isHidden;
  const flat = yield* flattenTextSteps(headline ? [headline, ...roots] : roots, {
    isHidden: isHidden && ((el: Element) => !walk.stats.has(el) && isHidden(el)),
    skip,
  });
  let bodyStart = 0;
  if (headline) {
    const first = flat.segments.find((seg) => !headline.contains(seg.node));
    bodyStart = first ? first.start : flat.text.length;
  }
  return { isArticle: verdict.isArticle, roots, headline, flat, bodyStart, captions: captionRanges(flat, roots, skip), metadata, verdict };
}

/** Caption elements: `<figcaption>` and elements whose class/id says caption. */
const CAPTION_HINT = /(?:^|[\s_-])(?:caption|captions|wp-caption-text|image-caption|photo-caption|media-caption)(?:$|[\s_-])/i;

function captionRanges(flat: FlatText, roots: readonly Element[], skip: ReadonlySet<Element>): Array<[number, number]> {
  const inCaption = new Set<Text>();
  const collect = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) inCaption.add(child as Text);
      else if (child.nodeType === 1 && !skip.has(child as Element)) collect(child as Element);
    }
  };
  const find = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (skip.has(child)) continue;
      if (child.tagName.toUpperCase() === 'FIGCAPTION' || CAPTION_HINT.test(hintsOf(child))) collect(child);
      else find(child);
    }
  };
  for (const root of roots) find(root);
  if (inCaption.size === 0) return [];
  const ranges: Array<[number, number]> = [];
  for (const seg of flat.segments) {
    if (!inCaption.has(seg.node)) continue;
    const end = seg.start + seg.node.data.length;
    const last = ranges[ranges.length - 1];
    // Join a caption's pieces (and the separators between them) into one range.
    if (last && /^\s*$/.test(flat.text.slice(last[1], seg.start))) last[1] = end;
    else ranges.push([seg.start, end]);
  }
  return ranges;
}

/**
 * The article's running text as the article-extraction benchmark defines `articleBody`: the
 * body without the headline and without image captions, paragraphs one per line.
 */
export function articleBodyText(article: ExtractedArticle): string {
  const { text } = article.flat;
  let out = '';
  let at = article.bodyStart;
  for (const [start, end] of article.captions) {
    if (end <= at) continue;
    out += text.slice(at, Math.max(at, start));
    at = end;
  }
  out += text.slice(at);
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Read the article on `doc`; `url` is the page's address when known. */
export function extractArticle(doc: Document, url: string | null = null, options: ExtractOptions = {}): ExtractedArticle {
  return runSteps(extractArticleSteps(doc, url, options));
}
