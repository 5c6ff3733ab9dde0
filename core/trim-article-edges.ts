/**
 * Article header and footer furniture inside the body: the short lines before the first
 * paragraph of prose (category labels, bylines, datelines, "5 Comments", reading times) and
 * after the last one (share prompts, "last updated", tag links). Only short blocks at the edges
 * go, so a one-line paragraph in the middle of the story is never touched.
 */
import { BLOCK_TAGS, hintsOf } from './dom-rules.ts';
import { weightedLength, type PageWalk } from './walk-page.ts';

/** Limits of the edge rules. */
const EDGE = {
  /** A block with at least this many (weighted) characters and few links is prose. */
  proseChars: 80,
  proseLinkDensity: 0.3,
  /** Furniture lines are shorter than this. */
  maxChars: 120,
  /** Labels (category, kicker) are at most this many words. */
  labelWords: 3,
  labelChars: 30,
  /** Blocks looked at from each edge. */
  maxBlocks: 12,
};
const BYLINE_TEXT = /^(?:by|par|von|por|door|di|de|av|af|przez|written by|edited by|posted by|reported by|text by|words by)\s*[:\s]/i;
const DATE_TEXT =
  /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zäé]*|updated|published|posted|\d+\s+(?:min|minutes?)\s+read|\d+\s+comments?)\b|\d{1,2}:\d{2}|\d+年\d+月|\d+\/\d+\(/i;
const FURNITURE_HINT = /(?:^|[\s_-])(?:byline|author|date|dateline|time|timestamp|meta|kicker|eyebrow|category|section-label|label|tags?|share|sharing|social|updated|published|reading-time|read-time)(?:$|[\s_-])/i;
const HEADINGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SHARE_TEXT = /^(?:share|tweet|email|print|ツイート|シェアする|teilen|partager|compartir|condividi|delen)$/i;

interface Unit {
  el: Element;
  text: string;
  length: number;
  linkShare: number;
  leaf: boolean;
}

function isFurnitureLine(unit: Unit, where: 'beforeHeadline' | 'head' | 'tail'): boolean {
  if (unit.length >= EDGE.maxChars) return false;
  if (where === 'beforeHeadline') return true;
  // Section headings are the article's own, wherever they are.
  if (HEADINGS.has(unit.el.tagName.toUpperCase())) return false;
  const text = unit.text;
  if (unit.linkShare >= 0.5) return true;
  if (BYLINE_TEXT.test(text) || DATE_TEXT.test(text) || SHARE_TEXT.test(text)) return true;
  // Markers and names count for the block itself, not for a container's nested blocks.
  if (unit.leaf) {
    if (unit.el.querySelector('time, [rel~="author"], [itemprop~="author"], [itemprop~="datePublished"]')) return true;
    if (FURNITURE_HINT.test(hintsOf(unit.el))) return true;
  }
  // A label before the story: a few short words without sentence punctuation.
  return where === 'head' && text.length <= EDGE.labelChars && text.split(/\s+/).length <= EDGE.labelWords && !/[.!?。]$/.test(text);
}

/** A block's own text: its text outside nested blocks. */
function ownTextOf(el: Element, leaf: boolean, walk: PageWalk): string {
  if (leaf) return el.textContent ?? '';
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1 && !BLOCK_TAGS.has((child as Element).tagName.toUpperCase()) && !(walk.stats.get(child as Element)?.hasBlockChild ?? true)) text += child.textContent ?? '';
  }
  return text;
}

/** Inline element children carrying a container's own text (what can be left out of it). */
function ownInlineChildren(el: Element, walk: PageWalk): Element[] | null {
  const out: Element[] = [];
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if ((child as Text).data.trim() !== '') return null;
    } else if (child.nodeType === 1) {
      const c = child as Element;
      const s = walk.stats.get(c);
      if (s && !BLOCK_TAGS.has(c.tagName.toUpperCase()) && !s.hasBlockChild && s.ownText === 0 && s.text > 0) out.push(c);
    }
  }
  return out;
}

/**
 * Elements to leave out at the edges of the body. `skip` holds what is already left out;
 * `headline` is the headline element when it lies inside the body.
 */
export function trimArticleEdges(roots: readonly Element[], skip: ReadonlySet<Element>, walk: PageWalk, headline: Element | null): Element[] {
  const inBody = (el: Element) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (skip.has(node) || node === headline) return false;
      if (roots.includes(node)) return true;
    }
    return false;
  };
  const units: Unit[] = [];
  for (const el of walk.blocks) {
    if (!inBody(el)) continue;
    const s = walk.stats.get(el)!;
    const leaf = !s.hasBlockChild;
    const text = leaf ? s.text : s.ownText;
    if (text === 0) continue;
    units.push({
      el,
      text: '',
      length: leaf ? weightedLength(s.text, s.dense) : weightedLength(s.ownText, s.ownDense),
      linkShare: (leaf ? s.link : s.ownLink) / text,
      leaf,
    });
  }
  const isProse = (u: Unit) => u.length >= EDGE.proseChars && u.linkShare < EDGE.proseLinkDensity;
  const first = units.findIndex(isProse);
  if (first < 0) return [];
  let last = units.length - 1;
  while (last > first && !isProse(units[last]!)) last--;

  const out: Element[] = [];
  const drop = (u: Unit) => {
    // Tables hold data (an infobox's short cells are not furniture).
    if (u.el.closest('table')) return;
    if (u.leaf && !roots.includes(u.el)) out.push(u.el);
    else out.push(...(ownInlineChildren(u.el, walk) ?? []));
  };
  const headlineAt = headline ? units.findIndex((u) => headline.compareDocumentPosition(u.el) & 4 /* FOLLOWING */) : -1;
  for (let i = Math.max(0, first - EDGE.maxBlocks); i < first; i++) {
    const u = units[i]!;
    u.text = ownTextOf(u.el, u.leaf, walk).replace(/\s+/g, ' ').trim();
    if (isFurnitureLine(u, headlineAt > i ? 'beforeHeadline' : 'head')) drop(u);
  }
  for (let i = last + 1; i < Math.min(units.length, last + 1 + EDGE.maxBlocks); i++) {
    const u = units[i]!;
    u.text = ownTextOf(u.el, u.leaf, walk).replace(/\s+/g, ' ').trim();
    if (isFurnitureLine(u, 'tail')) drop(u);
  }
  return out;
}
