/**
 * Inside the chosen body, decide which elements are furniture after all:
 *
 * - by name: share boxes, photo credits, blocks whose class/id says furniture (unless they hold
 *   prose), headings with furniture class names;
 * - by what they say: "Advertisement" / "Continue reading" labels between paragraphs, and
 *   "Related:" pointers and link lists under a "More on this" label;
 * - by shape (Readability's conditional cleaning): containers that look "fishy" for their kind
 *   (more images than paragraphs, more list items than paragraphs outside a list, forms, mostly
 *   links, lone embeds). Inner elements are judged before the ones around them, and what is left
 *   out no longer counts for its ancestors. Data tables and code are kept.
 *
 * The result is a set of elements the text flattening skips; the page itself is not touched.
 */
import { BLOCK_TAGS, classWeight, hintsOf, looksLikeBoilerplate } from './dom-rules.ts';
import { linkDensity } from './find-article-root.ts';
import { weightedLength, type ElementStats, type PageWalk } from './walk-page.ts';

/** Limits of the cleaning rules. */
const LIMITS = {
  /** Share boxes shorter than this (characters) go. */
  shareMaxChars: 500,
  /** A container with this many commas is prose, whatever else it holds. */
  proseCommas: 10,
  /** …or this many paragraphs. */
  proseParagraphs: 3,
  proseChars: 500,
  /** List items beyond this many are not held against a container. */
  liAllowance: 100,
  /** Link density limits for ordinary and content-named containers. */
  linkDensity: 0.2,
  linkDensityContent: 0.5,
  /** Shorter containers with links and no heading are labels. */
  shortChars: 25,
  /** A lone embed needs this much text around it. */
  embedChars: 75,
  /** Share of list text that makes a container a list. */
  listShare: 0.9,
  /** Share of heading text under which a short container is suspicious. */
  headingShare: 0.9,
};
/** Photo credits: whole class/id words. */
const CREDIT_HINT = /(?:^|[\s_-])(?:credits?|copyright|photographer|photo-?credit|image-?credit|image-?source|photo-?source|attribution)(?:$|[\s_-])/i;
/** Longest credit line (characters). */
const CREDIT_MAX_CHARS = 200;
/** Elements judged between yields, and tables (whose check reads their cells). */
const ELEMENTS_PER_STEP = 300;
const TABLES_PER_STEP = 10;
const SHARE_HINT = /(\b|_)(share|sharedaddy)(\b|_)/i;
const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
/** Longest text an "Advertisement" / "Loading…" label can have. */
const AD_LABEL_MAX = 24;
/** Labels a page puts between paragraphs: ad markers and "continue reading" prompts. */
const INTERSTITIAL =
  /^(?:ad(?:vertising|vertisement)?|sponsored( content)?|pub(?:licité)?|werbung|anzeige|publicidad|story continues below( this)?( advertisement| ad)?|article continues below( this)?( advertisement| ad)?|continue reading( the main story| below)?|scroll to continue( with content)?|advertisement - scroll to continue|skip advertisement|the story continues below)$/i;
/** Longest interstitial label (characters). */
const INTERSTITIAL_MAX = 60;
/** Short labels that introduce a list of links to other stories. */
const RELATED_LABEL = /^(?:related|more|read more|see also|also read|read also|read next|recommended|more on this|more from|latest|popular|most read|trending|further reading)\b/i;
/** A paragraph that only points elsewhere: a label, a colon, a link ("Related: <a>…</a>"). */
const POINTER = new RegExp(`${RELATED_LABEL.source.replace(/\\b$/, '')}\\s*(?:stories|coverage|articles|links)?\\s*[:\\-–—»›|]`, 'i');
/** …and at most this long. */
const POINTER_MAX = 200;
const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
/** Containers judged by the fishiness rules. */
const JUDGED_TAGS: ReadonlySet<string> = new Set(['FORM', 'FIELDSET', 'TABLE', 'UL', 'DIV', 'SECTION']);
const HEADINGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LISTS: ReadonlySet<string> = new Set(['UL', 'OL']);
const TEXTISH: ReadonlySet<string> = new Set(['SPAN', 'LI', 'TD', 'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Whether an element holds prose whatever its name says: sentences or paragraphs, few links. */
function holdsProse(s: ElementStats): boolean {
  return linkDensity(s) <= LIMITS.linkDensity && (s.commas >= LIMITS.proseCommas || (s.p >= LIMITS.proseParagraphs && s.text >= LIMITS.proseChars));
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A block that only says "Advertisement" or "Continue reading". */
function isInterstitial(el: Element, s: ElementStats): boolean {
  if (s.text === 0 || s.text > INTERSTITIAL_MAX || s.hasBlockChild) return false;
  return INTERSTITIAL.test(textOf(el).replace(/[.:…›»]+$/, '').trim());
}

/** A list of links to other pages under a "Related" / "More" label: the label and the list. */
function isRelatedLinks(el: Element, s: ElementStats, walk: PageWalk): boolean {
  const tag = tagOf(el);
  const label = (node: Element | null) => {
    const ls = node && walk.stats.get(node);
    return ls !== undefined && ls !== null && ls.text > 0 && ls.text <= 40 && RELATED_LABEL.test(textOf(node!));
  };
  if (LISTS.has(tag)) return s.li >= 2 && linkDensity(s) >= 0.9 && label(el.previousElementSibling);
  // "Related: <a>Another story</a>" as a paragraph of its own.
  if (!s.hasBlockChild && s.text <= POINTER_MAX && linkDensity(s) >= 0.5 && POINTER.test(textOf(el))) return true;
  const next = el.nextElementSibling;
  if (!next || !LISTS.has(tagOf(next)) || !label(el)) return false;
  const ns = walk.stats.get(next);
  return ns !== undefined && ns.li >= 2 && linkDensity(ns) >= 0.9;
}

/** Whether a table holds data rather than layout (the accessibility heuristics browsers use). */
export function isDataTable(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return false;
  if (table.getAttribute('datatable') === '0') return false;
  if (table.getAttribute('summary')) return true;
  const caption = table.querySelector('caption');
  if (caption && caption.childNodes.length > 0) return true;
  if (table.querySelector('col, colgroup, tfoot, thead, th')) return true;
  if (table.querySelector('table')) return false;
  let rows = 0;
  let columns = 0;
  for (const tr of table.querySelectorAll('tr')) {
    rows += parseInt(tr.getAttribute('rowspan') ?? '', 10) || 1;
    let inRow = 0;
    for (const td of tr.querySelectorAll('td')) inRow += parseInt(td.getAttribute('colspan') ?? '', 10) || 1;
    columns = Math.max(columns, inRow);
  }
  if (rows === 1 || columns === 1) return false;
  if (rows >= 10 || columns > 4) return true;
  return rows * columns > 10;
}

/** Stats that change as elements are left out; copies on first write. */
class LiveStats {
  private readonly copies = new Map<Element, ElementStats>();
  constructor(private readonly base: Map<Element, ElementStats>) {}

  get(el: Element): ElementStats | undefined {
    return this.copies.get(el) ?? this.base.get(el);
  }

  /** Take `el`'s subtree out of every ancestor up to and including `stop`. */
  remove(el: Element, stop: Element): void {
    const s = this.get(el);
    if (!s) return;
    let heading = HEADINGS.has(tagOf(el));
    let list = LISTS.has(tagOf(el));
    let textish = TEXTISH.has(tagOf(el));
    const isP = tagOf(el) === 'P' ? 1 : 0;
    const isLi = tagOf(el) === 'LI' ? 1 : 0;
    for (let node = el.parentElement; node; node = node.parentElement) {
      const base = this.get(node);
      if (base) {
        let a = this.copies.get(node);
        if (!a) {
          a = { ...base };
          this.copies.set(node, a);
        }
        a.text -= s.text;
        a.link -= s.link;
        a.commas -= s.commas;
        a.dense -= s.dense;
        a.p -= s.p + isP;
        a.img -= s.img;
        a.li -= s.li + isLi;
        a.input -= s.input;
        a.embed -= s.embed;
        a.video -= s.video;
        a.headingText -= heading ? s.text : s.headingText;
        a.listText -= list ? s.text : s.listText;
        a.textishText -= textish ? s.text : s.textishText;
      }
      if (node === stop) break;
      const tag = tagOf(node);
      heading ||= HEADINGS.has(tag);
      list ||= LISTS.has(tag);
      textish ||= TEXTISH.has(tag);
    }
  }
}

/** Elements under the roots, in document order, that the walk did not leave out (in steps). */
function* readableElements(roots: readonly Element[], walk: PageWalk): Generator<void, Element[]> {
  const out: Element[] = [];
  const stack: Element[] = [...roots].reverse();
  const isRoot = new Set(roots);
  let visited = 0;
  while (stack.length) {
    const el = stack.pop()!;
    if (!isRoot.has(el)) out.push(el);
    if (++visited % ELEMENTS_PER_STEP === 0) yield;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      if (!walk.excluded.has(child) && walk.stats.has(child)) stack.push(child);
    }
  }
  return out;
}

function insideKept(el: Element, root: Element, dataTables: Set<Element>): boolean {
  for (let node = el.parentElement; node && node !== root.parentElement; node = node.parentElement) {
    if (dataTables.has(node) || tagOf(node) === 'CODE' || tagOf(node) === 'PRE') return true;
  }
  return false;
}

/** Whether a container looks like furniture for its kind; see the module comment. */
function isFishy(el: Element, s: ElementStats, weight: number): boolean {
  if (weight < 0) return true;
  if (s.commas >= LIMITS.proseCommas) return false;
  if (s.text > 0 && s.text < AD_LABEL_MAX) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;
  }
  if (s.video > 0) return false;
  const tag = tagOf(el);
  const isList = LISTS.has(tag) || (s.text > 0 && s.listText / s.text > LIMITS.listShare);
  const inFigure = el.closest('figure') !== null;
  const density = linkDensity(s);
  const headingDensity = s.text > 0 ? s.headingText / s.text : 0;
  const textDensity = s.text > 0 ? s.textishText / s.text : 0;
  let fishy =
    (!inFigure && s.img > 1 && s.p / s.img < 0.5) ||
    (!isList && s.li - LIMITS.liAllowance > s.p) ||
    s.input > Math.floor(s.p / 3) ||
    (!isList && !inFigure && headingDensity < LIMITS.headingShare && s.text < LIMITS.shortChars && (s.img === 0 || s.img > 2) && density > 0) ||
    (!isList && weight < 25 && density > LIMITS.linkDensity) ||
    (weight >= 25 && density > LIMITS.linkDensityContent) ||
    (s.embed === 1 && s.text < LIMITS.embedChars) ||
    s.embed > 1 ||
    (s.img === 0 && textDensity === 0);
  if (fishy && isList) {
    // A plain list of images stays.
    const items = Array.from(el.children);
    if (items.every((li) => li.children.length <= 1) && s.img === el.querySelectorAll('li').length) fishy = false;
  }
  return fishy;
}

/** Elements under `roots` to leave out of the article text (in steps); see the module comment. */
export function* cleanArticle(roots: readonly Element[], top: Element, walk: PageWalk, options: { conditionally: boolean; weightClasses: boolean }): Generator<void, Set<Element>> {
  const skip = new Set<Element>();
  const live = new LiveStats(walk.stats);
  const elements = yield* readableElements(roots, walk);
  const rootOf = (el: Element) => roots.find((r) => r.contains(el)) ?? top;
  const skipped = (el: Element) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (skip.has(node)) return true;
      if (roots.includes(node)) break;
    }
    return false;
  };
  const leaveOut = (el: Element) => {
    skip.add(el);
    live.remove(el, rootOf(el));
  };

  let judged = 0;
  let lastSkipped: Element | null = null;
  for (const el of elements) {
    if (++judged % ELEMENTS_PER_STEP === 0) yield;
    // In document order, a skipped element's descendants follow it directly.
    if (lastSkipped && lastSkipped.contains(el)) continue;
    lastSkipped = null;
    const s = walk.stats.get(el)!;
    const hints = hintsOf(el);
    const furniture =
      isInterstitial(el, s) ||
      isRelatedLinks(el, s, walk) ||
      (SHARE_HINT.test(hints) && s.text < LIMITS.shareMaxChars) ||
      (CREDIT_HINT.test(hints) && s.text < CREDIT_MAX_CHARS) ||
      (BLOCK_TAGS.has(tagOf(el)) && looksLikeBoilerplate(el) && !holdsProse(s)) ||
      ((tagOf(el) === 'H1' || tagOf(el) === 'H2') && options.weightClasses && classWeight(el) < 0);
    if (furniture) {
      leaveOut(el);
      lastSkipped = el;
    }
  }
  if (!options.conditionally) return skip;

  const dataTables = new Set<Element>();
  for (const el of elements) {
    if (tagOf(el) !== 'TABLE') continue;
    if (isDataTable(el)) dataTables.add(el);
    if (++judged % TABLES_PER_STEP === 0) yield;
  }
  const candidates = [...roots.filter((r) => r !== top), ...elements].filter((el) => {
    const tag = tagOf(el);
    if (!JUDGED_TAGS.has(tag)) return false;
    if (tag === 'DIV' || tag === 'SECTION') return walk.stats.get(el)?.hasBlockChild ?? false;
    return !(tag === 'TABLE' && dataTables.has(el));
  });
  // Containers of data tables are kept with them.
  const holdsData = new Set<Element>();
  for (const table of dataTables) for (let node = table.parentElement; node && !holdsData.has(node); node = node.parentElement) holdsData.add(node);
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (++judged % ELEMENTS_PER_STEP === 0) yield;
    const el = candidates[i]!;
    if (skipped(el) || holdsData.has(el) || insideKept(el, rootOf(el), dataTables)) continue;
    const s = live.get(el);
    if (!s) continue;
    if (isFishy(el, s, options.weightClasses ? classWeight(el) : 0)) leaveOut(el);
  }
  return skip;
}

/** Readable characters (dense scripts weighted) left under `roots` once `skip` is taken out. */
export function keptTextLength(roots: readonly Element[], walk: PageWalk, skip: ReadonlySet<Element>): number {
  let total = 0;
  const length = (el: Element) => {
    const s = walk.stats.get(el);
    return s ? weightedLength(s.text, s.dense) : 0;
  };
  for (const root of roots) total += length(root);
  for (const el of skip) {
    // Only outermost skipped elements count once.
    let outer = true;
    for (let node = el.parentElement; node && !roots.includes(node); node = node.parentElement) {
      if (skip.has(node)) {
        outer = false;
        break;
      }
    }
    if (outer) total -= length(el);
  }
  return total;
}
