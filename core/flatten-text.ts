/**
 * Text flattening: the article's visible text nodes become one string, with a map from string
 * offsets back to (text node, offset). Block boundaries become "\n" so names never match across
 * paragraphs; newlines inside a text node become spaces (the browser renders them so), which keeps
 * the string and the nodes the same length, segment by segment.
 */
import { BLOCK_TAGS, ELEMENT_NODE, SKIPPED_TAGS, TEXT_NODE, isHiddenByMarkup, looksLikeBoilerplate } from './dom-rules.ts';

/** A text node's place in the flattened string. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the flattened string. */
  start: number;
}

/** The flattened article. */
export interface FlatText {
  text: string;
  /** Segments in text order; a character not covered by one is a block separator. */
  segments: TextSegment[];
}

/** Options that let the browser shell add what markup alone cannot know. */
export interface FlattenOptions {
  /** Extra test for elements to leave out (e.g. computed visibility in the browser). */
  isHidden?: (el: Element) => boolean;
}

/** Whether an element's subtree is left out of the article text. */
export function isExcludedElement(el: Element, options: FlattenOptions = {}): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || isHiddenByMarkup(el) || looksLikeBoilerplate(el) || (options.isHidden?.(el) ?? false);
}

/** Flatten the readable text under `roots`, in document order. */
export function flattenText(roots: readonly Element[], options: FlattenOptions = {}): FlatText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let atBlockStart = true;

  const breakBlock = () => {
    if (!atBlockStart) {
      parts.push('\n');
      length += 1;
      atBlockStart = true;
    }
  };

  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      if (atBlockStart && data.trim() === '') return;
      segments.push({ node: node as Text, start: length });
      parts.push(data.replace(/[\n\r\t]/g, ' '));
      length += data.length;
      atBlockStart = false;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (isExcludedElement(el, options)) return;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) breakBlock();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakBlock();
  };

  for (const root of roots) {
    for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
    breakBlock();
  }
  return { text: parts.join(''), segments };
}

/**
 * The segment holding `offset` (binary search). For an end offset pass `preferEnd` so that an
 * offset at a node boundary resolves to the end of the earlier node, not the start of the next.
 */
export function locateOffset(flat: FlatText, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const { segments } = flat;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    const past = preferEnd ? seg.start >= offset : seg.start > offset;
    if (past) hi = mid - 1;
    else {
      found = mid;
      lo = mid + 1;
    }
  }
  if (found < 0) return null;
  const seg = segments[found]!;
  const within = offset - seg.start;
  if (within > seg.node.data.length) return null;
  return { node: seg.node, offset: within };
}

/** The article text for people and tools: blocks trimmed, whitespace collapsed, blank line between. */
export function paragraphsOf(flat: FlatText): string {
  return flat.text
    .split('\n')
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n\n');
}
