/**
 * Article detection: choose the element that holds the article body. Paragraph-like blocks vote
 * for their parent (fully) and grandparent (half) by how much prose they hold; candidates lose
 * score for link density and furniture class names and gain it for content class names. Semantic
 * markup (schema.org articleBody, a single <article>) is trusted when it holds most of the prose.
 */
import { CONTENT_HINT, ELEMENT_NODE, isHiddenByMarkup, looksLikeBoilerplate } from './dom-rules.ts';
import { isExcludedElement } from './flatten-text.ts';

/** Named weights; see the module comment. */
const WEIGHTS = {
  /** Every prose block counts this much before its length and commas. */
  block: 1,
  /** Per comma: commas are the cheapest sign of sentences. */
  comma: 1,
  /** Per 100 characters, capped at `lengthCap`. */
  per100Chars: 1,
  lengthCap: 3,
  /** Class/id words of content (+) or furniture (-). */
  classHint: 25,
};
/** A block shorter than this is a label, not prose. */
const MIN_BLOCK_CHARS = 25;
/** Below this much prose in the winner, the page is not an article. */
const MIN_ARTICLE_CHARS = 500;
/** An enclosing <article> or articleBody replaces the winner when it adds at most this share. */
const SEMANTIC_SLACK = 0.5;
const PROSE_TAGS = 'p, pre, blockquote, h2, h3, li, td';

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textLength(a);
  return Math.min(1, linked / total);
}

function classWeight(el: Element): number {
  let weight = 0;
  const hints = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (CONTENT_HINT.test(hints)) weight += WEIGHTS.classHint;
  if (looksLikeBoilerplate(el)) weight -= WEIGHTS.classHint;
  return weight;
}

/** Whether `el` or an ancestor (below body) is excluded from reading. */
function insideExcluded(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (isExcludedElement(node) || isHiddenByMarkup(node)) return true;
  }
  return false;
}

/** The detected article body, or null when the page holds too little prose to be an article. */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  for (const block of body.querySelectorAll(PROSE_TAGS)) {
    const length = textLength(block);
    if (length < MIN_BLOCK_CHARS || insideExcluded(block)) continue;
    const text = block.textContent ?? '';
    const score = WEIGHTS.block + (text.split(',').length - 1) * WEIGHTS.comma + Math.min(WEIGHTS.lengthCap, (length / 100) * WEIGHTS.per100Chars);
    const parent = block.parentElement;
    const grandparent = parent?.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    if (grandparent && grandparent.nodeType === ELEMENT_NODE) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const score = (raw + classWeight(el)) * (1 - linkDensity(el));
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return null;
  best = widenToSemanticContainer(doc, best);
  return textLength(best) >= MIN_ARTICLE_CHARS ? best : null;
}

/** Prefer articleBody or <article> around the winner when it adds little besides the winner. */
function widenToSemanticContainer(doc: Document, winner: Element): Element {
  const own = textLength(winner);
  const containers = [
    ...doc.querySelectorAll('[itemprop~="articleBody"]'),
    ...doc.querySelectorAll('article'),
  ];
  let chosen = winner;
  for (const container of containers) {
    if (container === winner || !container.contains(winner) || insideExcluded(container)) continue;
    if (textLength(container) <= own * (1 + SEMANTIC_SLACK) && container.contains(chosen)) {
      chosen = container;
    }
  }
  return chosen;
}
