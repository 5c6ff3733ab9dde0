/**
 * Is this page an article? Two stages, so pages that are clearly not articles cost the reader
 * nothing beyond a glance:
 *
 * 1. `quickPageCheck` (before detection): what the page says about itself (JSON-LD and Open
 *    Graph types, a site's root address as canonical, an application role) and whether it holds
 *    any run of prose at all.
 * 2. `judgeArticle` (after detection): how the chosen body reads. Articles are runs of prose
 *    paragraphs; listings (home pages, section fronts, search results, blog indexes) are linked
 *    headings each with a short text; feeds and forums are many dated posts; apps are controls.
 *
 * Each piece of evidence has a named weight; the sum is compared with one threshold.
 */
import { BLOCK_TAGS, SKIPPED_TAGS, isHiddenByMarkup } from './dom-rules.ts';
import type { PageSignals } from './page-signals.ts';

/** Named weights of the evidence; the verdict is `score >= THRESHOLD`. */
export const EVIDENCE = {
  /** Prose in the body, scaled from 0 at `minProseChars` to full at `fullProseChars`. */
  prose: 0.6,
  /** The page declares itself an article (JSON-LD Article types, og:type article). */
  declaredArticle: 0.35,
  /** The page declares another kind (video, product, collection, search results, profile…). */
  declaredOther: -0.5,
  /** The canonical address is the site's root: a home page. */
  homePage: -0.6,
  /** Linked headings with short texts under them: a listing. */
  listing: -0.6,
  /** Several dated posts in the body: a feed, forum thread or comment stream. */
  feed: -0.5,
  /** Form controls outnumber prose paragraphs, or the page says it is an application. */
  application: -0.6,
};
/** Verdict threshold on the summed evidence. */
export const THRESHOLD = 0.3;
/** Prose limits (characters of paragraph text with few links). */
const PROSE = { minBlockChars: 80, maxLinkDensity: 0.3, minProseChars: 400, fullProseChars: 1500 };
/** Listings: at least this many linked headings, at least this many per prose paragraph. */
const LISTING = { minHeadings: 3, perParagraph: 0.25 };
/** Feeds: at least this many time stamps or author names in the body. */
const FEED = { minPosts: 3 };
/** Elements measured between yields. */
const ELEMENTS_PER_STEP = 300;
/** Shortest text that makes a time stamp or author name a post. */
const POST_MIN_CHARS = 40;

/** What the body looks like; see `measureBody`. */
export interface BodyMeasures {
  proseChars: number;
  proseBlocks: number;
  linkedHeadings: number;
  /** `<article>` elements inside the body (teasers or posts). */
  nestedArticles: number;
  posts: number;
  controls: number;
}

/** The verdict and the evidence behind it. */
export interface Verdict {
  isArticle: boolean;
  score: number;
  evidence: Partial<Record<keyof typeof EVIDENCE, number>>;
}

function sum(evidence: Verdict['evidence']): number {
  return Object.values(evidence).reduce((a, b) => a + (b ?? 0), 0);
}

/** Evidence from the page's own declarations, shared by both stages. */
function declared(signals: PageSignals): Verdict['evidence'] {
  const evidence: Verdict['evidence'] = {};
  if (signals.declaresArticle) evidence.declaredArticle = EVIDENCE.declaredArticle;
  else if (signals.declaresOther) evidence.declaredOther = EVIDENCE.declaredOther;
  if (signals.isSiteRoot) evidence.homePage = EVIDENCE.homePage;
  if (signals.isApplication) evidence.application = EVIDENCE.application;
  return evidence;
}

/**
 * Before detection: false when the page cannot be an article even with the most prose its
 * paragraphs could hold (`proseUpperBound`, from `PageSignals`).
 */
export function quickPageCheck(signals: PageSignals): boolean {
  const evidence = declared(signals);
  evidence.prose = proseEvidence(signals.proseUpperBound);
  return sum(evidence) >= THRESHOLD;
}

function proseEvidence(chars: number): number {
  if (chars < PROSE.minProseChars) return 0;
  return EVIDENCE.prose * Math.min(1, (chars - PROSE.minProseChars) / (PROSE.fullProseChars - PROSE.minProseChars) + 0.25);
}

/** After detection: the verdict on the chosen body. */
export function judgeArticle(signals: PageSignals, body: BodyMeasures): Verdict {
  const evidence = declared(signals);
  evidence.prose = proseEvidence(body.proseChars);
  const teasers = Math.max(body.linkedHeadings, body.nestedArticles);
  if (teasers >= LISTING.minHeadings && teasers >= body.proseBlocks * LISTING.perParagraph) evidence.listing = EVIDENCE.listing;
  if (body.posts >= FEED.minPosts && !signals.declaresLiveBlog) evidence.feed = EVIDENCE.feed;
  if (!evidence.application && body.controls > Math.max(2, body.proseBlocks)) evidence.application = EVIDENCE.application;
  const score = sum(evidence);
  return { isArticle: evidence.prose > 0 && score >= THRESHOLD, score, evidence };
}

// ---- measuring the body --------------------------------------------------------------------

const CONTROL_TAGS: ReadonlySet<string> = new Set(['INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const AUTHOR_HINT = /(?:^|[\s_-])(?:author|username|user-name|screen-name|display-name|byline|handle|poster)(?:$|[\s_-])/i;

/** Element statistics measuring needs (a subset of the walk's). */
export interface MeasureStats {
  text: number;
  link: number;
  ownText: number;
  ownLink: number;
  hasBlockChild: boolean;
}

/**
 * Measure the body: `roots` with `skip`ped subtrees left out; `statsOf` gives walk statistics,
 * `blockLength` a block's paragraph length and linked characters (0 when it is no paragraph).
 * A post is a time stamp or author name followed by text before the next one (co-authors in one
 * byline count once).
 */
export function* measureBody(
  roots: readonly Element[],
  skip: ReadonlySet<Element>,
  statsOf: (el: Element) => MeasureStats | undefined,
  blockLength: (el: Element) => { length: number; link: number },
): Generator<void, BodyMeasures> {
  const m: BodyMeasures = { proseChars: 0, proseBlocks: 0, linkedHeadings: 0, nestedArticles: 0, posts: 0, controls: 0 };
  let markerPending = false;
  let visited = 0;
  // Inside left-out furniture (`counting` false) only posts and headings are looked for: a
  // post's header or a teaser's title is often named like furniture.
  const stack: { el: Element; inLink: boolean; counting: boolean }[] = roots.map((el) => ({ el, inLink: false, counting: true })).reverse();
  while (stack.length) {
    if (++visited % ELEMENTS_PER_STEP === 0) yield;
    const frame = stack.pop()!;
    const el = frame.el;
    let counting = frame.counting;
    const tag = el.tagName.toUpperCase();
    if (counting && skip.has(el)) {
      if (isHiddenByMarkup(el)) continue;
      counting = false;
    }
    if (CONTROL_TAGS.has(tag)) {
      if (counting) m.controls += 1;
      continue;
    }
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'TIME' || isAuthorMarker(el)) markerPending = true;
    if (tag === 'ARTICLE' && !roots.includes(el)) m.nestedArticles += 1;
    const inLink = frame.inLink || tag === 'A';
    if (HEADING_TAGS.has(tag)) {
      const s = statsOf(el);
      const text = s?.text ?? (el.textContent ?? '').trim().length;
      if (text > 0 && (inLink || (s ? s.link / s.text >= 0.5 : el.querySelector('a') !== null))) m.linkedHeadings += 1;
    }
    if (counting && (BLOCK_TAGS.has(tag) || tag === 'BODY')) {
      const { length, link } = blockLength(el);
      const linkShare = length > 0 ? link / length : 1;
      if (length >= PROSE.minBlockChars && linkShare <= PROSE.maxLinkDensity) {
        m.proseChars += length;
        m.proseBlocks += 1;
      }
      if (markerPending && length >= POST_MIN_CHARS && linkShare <= PROSE.maxLinkDensity) {
        m.posts += 1;
        markerPending = false;
      }
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push({ el: child, inLink, counting });
  }
  return m;
}

function isAuthorMarker(el: Element): boolean {
  if (el.getAttribute('rel') === 'author') return true;
  if (/\bauthor\b/.test(el.getAttribute('itemprop') ?? '')) return true;
  const cls = el.getAttribute('class');
  return cls !== null && AUTHOR_HINT.test(cls);
}
