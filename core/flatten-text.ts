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

/** Options that let the caller add what markup alone cannot know. */
export interface FlattenOptions {
  /** Extra test for elements to leave out (e.g. computed visibility in the browser). */
  isHidden?: (el: Element) => boolean;
  /**
   * Elements article detection left out (furniture inside or around the body). When given, it
   * replaces the class/id furniture rule, which detection has already applied with more care.
   */
  skip?: ReadonlySet<Element>;
}

/** Whether an element's subtree is left out of the article text. */
export function isExcludedElement(el: Element, options: FlattenOptions = {}): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || isHiddenByMarkup(el)) return true;
  if (options.skip ? options.skip.has(el) : BLOCK_TAGS.has(el.tagName.toUpperCase()) && looksLikeBoilerplate(el)) return true;
  return options.isHidden?.(el) ?? false;
}

/** Nodes visited between yields of `flattenTextSteps`. */
const NODES_PER_STEP = 500;

/** Flatten the readable text under `roots`, in document order. */
export function flattenText(roots: readonly Element[], options: FlattenOptions = {}): FlatText {
  const steps = flattenTextSteps(roots, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `flattenText` as a generator that yields every few hundred nodes (for slicing in the browser). */
export function* flattenTextSteps(roots: readonly Element[], options: FlattenOptions = {}): Generator<void, FlatText> {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let atBlockStart = true;
  let visited = 0;

  const breakBlock = () => {
    if (!atBlockStart) {
      parts.push('\n');
      length += 1;
      atBlockStart = true;
    }
  };
  const isBlock = (node: Node) => BLOCK_TAGS.has((node as Element).tagName.toUpperCase());

  for (const root of roots) {
    let node: Node | null = root.firstChild;
    while (node) {
      let entered = false;
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length > 0 && !(atBlockStart && data.trim() === '')) {
          segments.push({ node: node as Text, start: length });
          parts.push(data.replace(/[\n\r\t]/g, ' '));
          length += data.length;
          atBlockStart = false;
        }
      } else if (node.nodeType === ELEMENT_NODE && !isExcludedElement(node as Element, options)) {
        if (isBlock(node)) breakBlock();
        entered = true;
      }
      if (++visited % NODES_PER_STEP === 0) yield;
      if (entered && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (entered && isBlock(node)) breakBlock();
      while (node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (!node) break;
        if (node !== root && isBlock(node)) breakBlock();
      }
      if (!node || node === root) break;
      node = node.nextSibling;
    }
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
