/**
 * The article's headline on the page: the h1/h2 (or `itemprop="headline"`) whose words match the
 * title the page declares. Read before the body so its names are marked too, but kept apart from
 * it (the body is what detection is scored on).
 */
import { SKIPPED_TAGS, isHiddenByMarkup } from './dom-rules.ts';

/** Heading words that must come from the title, and title words the heading must cover. */
const HEADING_IN_TITLE = 0.75;
const TITLE_IN_HEADING = 0.5;
/** Longest heading text considered (characters). */
const MAX_HEADLINE_CHARS = 400;

/** Lower-case word tokens in any script. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * How much of `b` is made of words found in `a`, by characters (1 = all of it), as Readability
 * compares headings with the title.
 */
export function textSimilarity(a: string, b: string): number {
  const tokensA = wordTokens(a);
  const tokensB = wordTokens(b);
  if (!tokensA.length || !tokensB.length) return 0;
  const inA = new Set(tokensA);
  const unique = tokensB.filter((t) => !inA.has(t));
  return 1 - unique.join(' ').length / tokensB.join(' ').length;
}

function readable(el: Element, isHidden?: (el: Element) => boolean): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (SKIPPED_TAGS.has(node.tagName.toUpperCase()) || isHiddenByMarkup(node) || isHidden?.(node)) return false;
  }
  return true;
}

/** The headline element among `headings` (h1, h2, itemprop=headline), or null when none matches `titles`. */
export function findHeadline(
  doc: Document,
  titles: readonly (string | null | undefined)[],
  isHidden?: (el: Element) => boolean,
  headings: Iterable<Element> = doc.querySelectorAll('h1, h2, [itemprop~="headline"]'),
): Element | null {
  const wanted = titles.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (wanted.length === 0) return null;
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of headings) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > MAX_HEADLINE_CHARS) continue;
    let score = 0;
    for (const title of wanted) {
      const inTitle = textSimilarity(title, text);
      const covered = textSimilarity(text, title);
      if (inTitle > HEADING_IN_TITLE && covered > TITLE_IN_HEADING) score = Math.max(score, inTitle + covered);
    }
    // An h1 is the likelier headline when two headings match equally.
    if (score > 0 && el.tagName.toUpperCase() === 'H1') score += 0.01;
    if (score > bestScore && readable(el, isHidden)) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
