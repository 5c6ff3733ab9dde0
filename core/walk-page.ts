/**
 * One pass over the page: which subtrees are left out of reading (hidden, never text, furniture),
 * and for every element that is read, the statistics article detection scores with: text length
 * (whitespace collapsed), linked text, commas, and counts of the elements Readability-style
 * cleaning looks at. Text directly inside a block (not inside a nested block) is that block's own
 * text: the unit that is scored as a paragraph.
 *
 * Nothing is cloned or changed. The walk is a generator that yields every few hundred nodes, so
 * the browser can run it in slices (see `runSteps`).
 */
import { ELEMENT_NODE, SKIPPED_TAGS, TEXT_NODE, isHiddenByMarkup, isUnlikelyCandidate } from './dom-rules.ts';

/** Statistics of an element's readable subtree. */
export interface ElementStats {
  /** Characters of text, runs of whitespace counted as one. */
  text: number;
  /** Characters inside links (same-page `#` links count 0.3). */
  link: number;
  commas: number;
  /** Characters of dense scripts (Chinese, Japanese, Korean), which say more per character. */
  dense: number;
  /** Text that is directly in this element when it is a block, not inside a nested block. */
  ownText: number;
  ownLink: number;
  ownCommas: number;
  ownDense: number;
  /** Whether a block that breaks a paragraph (p, div, list, table, image…) is inside. */
  hasBlockChild: boolean;
  p: number;
  img: number;
  li: number;
  input: number;
  /** Embedded frames and objects that are not known video players. */
  embed: number;
  /** Embedded video players (YouTube, Vimeo…). */
  video: number;
  /** Text inside headings / lists / "textish" elements, for densities. */
  headingText: number;
  listText: number;
  textishText: number;
}

/** What the walk found. */
export interface PageWalk {
  stats: Map<Element, ElementStats>;
  /** Roots of subtrees left out (hidden, never text, or furniture when `stripUnlikely`). */
  excluded: Set<Element>;
  /** Elements holding own text, in document order of their first text. */
  blocks: Element[];
}

/** What the walk leaves out besides what is never text. */
export interface WalkRules {
  /** Leave out furniture by class/id/role before scoring. */
  stripUnlikely: boolean;
  /** Extra visibility test (the browser's computed style). */
  isHidden?: (el: Element) => boolean;
}

/** Nodes visited between yields. */
const NODES_PER_STEP = 400;

/** Blocks that keep a container from being one paragraph (as Readability's DIV_TO_P_ELEMS). */
const PARAGRAPH_BREAKERS: ReadonlySet<string> = new Set(['BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL', 'SECTION', 'ARTICLE', 'MAIN', 'FIGURE', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements whose own text is a unit of its own. */
const OWN_TEXT_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
const HEADINGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LISTS: ReadonlySet<string> = new Set(['UL', 'OL']);
const TEXTISH: ReadonlySet<string> = new Set(['SPAN', 'LI', 'TD', 'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const EMBEDS: ReadonlySet<string> = new Set(['IFRAME', 'EMBED', 'OBJECT']);
/** Video players people want to see (Readability's list). */
export const VIDEO_HOSTS =
  /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
/** Weight of same-page links in link density. */
const HASH_LINK_WEIGHT = 0.3;

function emptyStats(): ElementStats {
  return {
    text: 0, link: 0, commas: 0, dense: 0, ownText: 0, ownLink: 0, ownCommas: 0, ownDense: 0, hasBlockChild: false,
    p: 0, img: 0, li: 0, input: 0, embed: 0, video: 0, headingText: 0, listText: 0, textishText: 0,
  };
}

function isComma(code: number): boolean {
  return code === 0x2c || code === 0x060c || code === 0xfe50 || code === 0xfe10 || code === 0xfe11 || code === 0x2e41 || code === 0x2e34 || code === 0x2e32 || code === 0xff0c;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0;
}

function isDense(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

/** Length with whitespace runs as one character, commas and dense-script characters; 0 for whitespace only. */
export function measureText(data: string): { length: number; commas: number; dense: number } {
  let length = 0;
  let commas = 0;
  let dense = 0;
  let inSpace = false;
  let any = false;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isSpace(code)) {
      if (!inSpace) length += 1;
      inSpace = true;
    } else {
      inSpace = false;
      any = true;
      length += 1;
      if (isComma(code)) commas += 1;
      else if (code >= 0x3040 && isDense(code)) dense += 1;
    }
  }
  return any ? { length, commas, dense } : { length: 0, commas: 0, dense: 0 };
}

function embedIsVideo(el: Element): boolean {
  for (const attr of Array.from(el.attributes)) if (VIDEO_HOSTS.test(attr.value)) return true;
  return el.tagName.toUpperCase() === 'OBJECT' && VIDEO_HOSTS.test(el.innerHTML);
}

interface Frame {
  el: Element;
  tag: string;
  stats: ElementStats;
  /** Nearest frame whose own text this element's loose text counts toward. */
  block: Frame;
  linkWeight: number;
  /** Inside a table or code (furniture words are not trusted there). */
  guarded: boolean;
}

/** Walk `root` (usually the body); see the module comment. */
export function* walkPage(root: Element, rules: WalkRules): Generator<void, PageWalk> {
  const stats = new Map<Element, ElementStats>();
  const excluded = new Set<Element>();
  const blocks: Element[] = [];
  const blockSeen = new Set<Element>();
  const stack: Frame[] = [];

  const enter = (el: Element, tag: string) => {
    const parent = stack[stack.length - 1];
    const s = emptyStats();
    stats.set(el, s);
    let linkWeight = parent?.linkWeight ?? 0;
    if (tag === 'A') {
      const href = el.getAttribute('href');
      linkWeight = href && /^#./.test(href) ? HASH_LINK_WEIGHT : 1;
    }
    const frame: Frame = {
      el,
      tag,
      stats: s,
      block: parent?.block ?? (undefined as unknown as Frame),
      linkWeight,
      guarded: (parent?.guarded ?? false) || tag === 'TABLE' || tag === 'CODE' || tag === 'PRE',
    };
    if (!parent || OWN_TEXT_TAGS.has(tag)) frame.block = frame;
    stack.push(frame);
  };

  const exit = () => {
    const frame = stack.pop()!;
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const s = frame.stats;
    const p = parent.stats;
    p.text += s.text;
    p.link += s.link;
    p.commas += s.commas;
    p.dense += s.dense;
    p.p += s.p + (frame.tag === 'P' ? 1 : 0);
    p.img += s.img;
    p.li += s.li + (frame.tag === 'LI' ? 1 : 0);
    p.input += s.input;
    p.embed += s.embed;
    p.video += s.video;
    p.headingText += HEADINGS.has(frame.tag) ? s.text : s.headingText;
    p.listText += LISTS.has(frame.tag) ? s.text : s.listText;
    p.textishText += TEXTISH.has(frame.tag) ? s.text : s.textishText;
    if (s.hasBlockChild || PARAGRAPH_BREAKERS.has(frame.tag)) p.hasBlockChild = true;
  };

  /** Count what cleaning needs to know about a left-out element; true when it is left out. */
  const leaveOut = (el: Element, tag: string, frame: Frame): boolean => {
    if (SKIPPED_TAGS.has(tag)) {
      const s = frame.stats;
      if (tag === 'IMG') {
        s.img += 1;
        s.hasBlockChild = true;
      } else if (tag === 'PICTURE') {
        s.img += 1;
        s.hasBlockChild = true;
      } else if (tag === 'INPUT') s.input += 1;
      else if (EMBEDS.has(tag)) {
        if (embedIsVideo(el)) s.video += 1;
        else s.embed += 1;
      }
      return true;
    }
    if (isHiddenByMarkup(el) || (rules.isHidden?.(el) ?? false)) return true;
    return rules.stripUnlikely && !frame.guarded && isUnlikelyCandidate(el);
  };

  enter(root, root.tagName.toUpperCase());
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (leaveOut(el, tag, stack[stack.length - 1]!)) excluded.add(el);
      else {
        enter(el, tag);
        descend = true;
      }
    } else if (node.nodeType === TEXT_NODE) {
      const { length, commas, dense } = measureText((node as Text).data);
      if (length > 0) {
        const frame = stack[stack.length - 1]!;
        const s = frame.stats;
        s.text += length;
        s.commas += commas;
        s.dense += dense;
        const linked = length * frame.linkWeight;
        s.link += linked;
        const block = frame.block;
        block.stats.ownText += length;
        block.stats.ownLink += linked;
        block.stats.ownCommas += commas;
        block.stats.ownDense += dense;
        if (!blockSeen.has(block.el)) {
          blockSeen.add(block.el);
          blocks.push(block.el);
        }
      }
    }
    if (++visited % NODES_PER_STEP === 0) yield;
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) exit();
    while (node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node) break;
      if (node !== root) exit();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return { stats, excluded, blocks };
}

/** Weight of a dense-script character against a Latin one (a Chinese character is about a word). */
export const DENSE_WEIGHT = 2.5;

/** Text length with dense-script characters weighted as what they say. */
export function weightedLength(text: number, dense: number): number {
  return text + dense * (DENSE_WEIGHT - 1);
}

/** Run a step generator to completion (Node, tests, the CLI). */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
