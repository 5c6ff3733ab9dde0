/**
 * Article detection: choose the element(s) that hold the article body. Text blocks vote for
 * their ancestors (parent fully, grandparent half, further ones a third per level) by how much
 * prose they hold; candidates start from their tag and class/id words and are scaled by how little
 * of their text is links. The winner may widen to an ancestor that several close runners-up share,
 * or to a parent that scores higher, and takes along siblings that look like more of the same
 * (content split by ads, a lede in its own box). Semantic markup (schema.org `articleBody`,
 * `<article>`, `<main>`) adds to a candidate's score.
 */
import { classWeight, isArticleMarkup } from './dom-rules.ts';
import { weightedLength, type ElementStats, type PageWalk } from './walk-page.ts';

/** Named weights; see the module comment. */
export const WEIGHTS = {
  /** Every scored block counts this much before its commas and length. */
  block: 1,
  /** Per comma (plus one): commas are the cheapest sign of sentences. */
  comma: 1,
  /** Per full 100 characters, capped at `lengthCap`. */
  per100Chars: 1,
  lengthCap: 3,
  /** Starting score by tag. */
  tag: { DIV: 5, PRE: 3, TD: 3, BLOCKQUOTE: 3, ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3, H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, TH: -5 } as Record<string, number>,
  /** Semantic article markup around a candidate: a share of the candidate's own score. */
  semantic: 0.25,
  /** Runners-up within this share of the winner may pull it up to their common ancestor. */
  runnerUpShare: 0.75,
  /** How many runners-up must share that ancestor. */
  runnersUpNeeded: 3,
  /** A sibling joins when it scores this share of the winner (and at least `siblingMin`). */
  siblingShare: 0.2,
  siblingMin: 10,
};
/** A block shorter than this is a label, not prose. */
const MIN_BLOCK_CHARS = 25;
/** How many ancestors a block votes for. */
const ANCESTOR_LEVELS = 5;
/** Candidates remembered for the runner-up rule. */
const TOP_CANDIDATES = 5;
/** Blocks scored between yields. */
const BLOCKS_PER_STEP = 100;
/** Tags whose whole text is one block even with blocks inside (as Readability scores them). */
const SCORED_TAGS: ReadonlySet<string> = new Set(['P', 'PRE', 'TD', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Siblings of these kinds are taken along as they are. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['P']);

/** Switches the detector can retry without (as Readability does when it finds too little). */
export interface DetectionFlags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

/** The chosen body and what scoring learnt on the way. */
export interface RootChoice {
  /** The article body: the winner and the siblings taken along, in document order. */
  roots: Element[];
  /** The winning element. */
  top: Element;
  /** Final scores of candidates (after link density). */
  scores: Map<Element, number>;
}

/** Candidate scores and, for every ancestor of a scored block, the undecayed sum of its blocks. */
export interface Scores {
  scores: Map<Element, number>;
  prose: Map<Element, number>;
}

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

function isPageLevel(el: Element): boolean {
  const tag = tagOf(el);
  return tag === 'BODY' || tag === 'HTML';
}

export function linkDensity(s: ElementStats | undefined): number {
  if (!s || s.text === 0) return 0;
  return Math.min(1, s.link / s.text);
}

/** The score a block of `length` characters with `commas` commas gives. */
function blockScore(length: number, commas: number): number {
  return WEIGHTS.block + (commas + 1) * WEIGHTS.comma + Math.min(Math.floor(length / 100), WEIGHTS.lengthCap) * WEIGHTS.per100Chars;
}

/** Where a block's vote starts and what it is worth, or null when it is too short to count. */
function voteOf(el: Element, s: ElementStats, walk: PageWalk): { from: Element | null; score: number } | null {
  const tag = tagOf(el);
  const whole = SCORED_TAGS.has(tag) || !s.hasBlockChild;
  const length = whole ? weightedLength(s.text, s.dense) : weightedLength(s.ownText, s.ownDense);
  if (length < MIN_BLOCK_CHARS) return null;
  const commas = whole ? s.commas : s.ownCommas;
  if (!whole) return { from: el, score: blockScore(length, commas) };
  let from = el.parentElement;
  // A wrapper holding nothing but this paragraph is the paragraph (Readability unwraps it).
  if (from && tagOf(from) === 'DIV' && from.children.length === 1) {
    const ws = walk.stats.get(from);
    if (ws && ws.ownText === 0 && linkDensity(ws) < 0.25) from = from.parentElement;
  }
  return { from, score: blockScore(length, commas) };
}

function startingScore(el: Element, flags: DetectionFlags): number {
  return (WEIGHTS.tag[tagOf(el)] ?? 0) + (flags.weightClasses ? classWeight(el) : 0);
}

/** Score every candidate; see the module comment. */
export function* scoreCandidates(walk: PageWalk, flags: DetectionFlags): Generator<void, Scores> {
  const raw = new Map<Element, number>();
  const prose = new Map<Element, number>();
  let counted = 0;
  for (const block of walk.blocks) {
    if (++counted % BLOCKS_PER_STEP === 0) yield;
    const s = walk.stats.get(block);
    if (!s) continue;
    const vote = voteOf(block, s, walk);
    if (!vote) continue;
    for (let node: Element | null = block; node; node = node.parentElement) {
      prose.set(node, (prose.get(node) ?? 0) + vote.score);
    }
    let node = vote.from;
    for (let level = 0; node && level < ANCESTOR_LEVELS; level++, node = node.parentElement) {
      if (!node.parentElement) break;
      if (!raw.has(node)) raw.set(node, startingScore(node, flags));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(node, raw.get(node)! + vote.score / divider);
    }
  }
  const scores = new Map<Element, number>();
  for (const [el, value] of raw) {
    if (++counted % BLOCKS_PER_STEP === 0) yield;
    let score = value;
    if (score > 0 && isArticleMarkup(el)) score *= 1 + WEIGHTS.semantic;
    scores.set(el, score * (1 - linkDensity(walk.stats.get(el))));
  }
  return { scores, prose };
}

function topCandidates(scores: Map<Element, number>): Element[] {
  const top: Element[] = [];
  for (const [el, score] of scores) {
    let i = top.findIndex((t) => score > scores.get(t)!);
    if (i < 0) i = top.length;
    if (i < TOP_CANDIDATES) {
      top.splice(i, 0, el);
      if (top.length > TOP_CANDIDATES) top.pop();
    }
  }
  return top;
}

/** Runners-up close to the winner that share an ancestor pull the winner up to it. */
function sharedAncestorOfRunnersUp(top: Element[], scores: Map<Element, number>): Element {
  const winner = top[0]!;
  const best = scores.get(winner)!;
  const close = top.slice(1).filter((el) => scores.get(el)! / best >= WEIGHTS.runnerUpShare);
  if (close.length < WEIGHTS.runnersUpNeeded) return winner;
  for (let node = winner.parentElement; node && !isPageLevel(node); node = node.parentElement) {
    const containing = close.filter((el) => node!.contains(el)).length;
    if (containing >= WEIGHTS.runnersUpNeeded) return node;
  }
  return winner;
}

/** A parent that scores higher than the winner (not too far below along the way) is better. */
function climbToBetterParent(winner: Element, scores: Map<Element, number>): Element {
  let last = scores.get(winner) ?? 0;
  const floor = last / 3;
  for (let node = winner.parentElement; node && !isPageLevel(node); node = node.parentElement) {
    const score = scores.get(node);
    if (score === undefined) continue;
    if (score < floor) break;
    if (score > last) return node;
    last = score;
  }
  return winner;
}

/** Whether a sibling of the winner belongs to the article; see the module comment. */
function siblingBelongs(sibling: Element, top: Element, { scores, prose }: Scores, walk: PageWalk): boolean {
  if (walk.excluded.has(sibling)) return false;
  const s = walk.stats.get(sibling);
  if (!s) return false;
  const cls = sibling.getAttribute('class');
  const sameClass = cls !== null && cls !== '' && cls === top.getAttribute('class');
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(WEIGHTS.siblingMin, topScore * WEIGHTS.siblingShare);
  const bonus = sameClass ? topScore * WEIGHTS.siblingShare : 0;
  const score = scores.get(sibling);
  if (score !== undefined && score + bonus >= threshold) return true;
  // Blocks too deep to vote for the sibling still show it holds prose like the winner's.
  const topProse = (prose.get(top) ?? 0) * (1 - linkDensity(walk.stats.get(top)));
  const ownProse = (prose.get(sibling) ?? 0) * (1 - linkDensity(s));
  if (sameClass && ownProse >= Math.max(WEIGHTS.siblingMin, topProse * WEIGHTS.siblingShare)) return true;
  const paragraph = PARAGRAPH_TAGS.has(tagOf(sibling)) || (tagOf(sibling) === 'DIV' && !s.hasBlockChild);
  if (!paragraph) return false;
  const density = linkDensity(s);
  if (s.text > 80) return density < 0.25;
  return s.text > 0 && density === 0 && /\.( |$)/.test((sibling.textContent ?? '').trim());
}

/** Choose the article body (in steps); null when nothing on the page scored. */
export function* chooseRoots(body: Element, walk: PageWalk, flags: DetectionFlags): Generator<void, RootChoice | null> {
  const scored = yield* scoreCandidates(walk, flags);
  const { scores } = scored;
  const ranked = topCandidates(scores);
  let top = ranked[0];
  if (!top || isPageLevel(top)) {
    // Nothing stands out: the whole body.
    const whole = body.ownerDocument?.body ?? body;
    return { roots: [whole], top: whole, scores };
  }
  top = sharedAncestorOfRunnersUp(ranked, scores);
  top = climbToBetterParent(top, scores);
  // An only child hands over to its parent so the sibling rule can see the neighbours.
  while (top.parentElement && !isPageLevel(top.parentElement) && top.parentElement.children.length === 1) top = top.parentElement;
  if (!scores.has(top)) scores.set(top, startingScore(top, flags));
  const parent = top.parentElement;
  if (!parent) return { roots: [top], top, scores };
  const roots = Array.from(parent.children).filter((sibling) => sibling === top || siblingBelongs(sibling, top!, scored, walk));
  return { roots, top, scores };
}

