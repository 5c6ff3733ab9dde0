/**
 * Everything marked on the page, as chunks: the article read at start, plus text the page added
 * later (lazy paragraphs, "read more"). Each chunk keeps its own flattened text and offsets; the
 * painted marks of all chunks are registered together and hit-tested chunk by chunk.
 */
import type { FlatText } from '../core/flatten-text.ts';
import type { Mention } from '../core/match-entities.ts';
import { firstMentionPerSection } from '../core/first-mentions.ts';
import { MentionHitTester } from './hit-test.ts';
import { rangesFor, registerHighlights, clearHighlights, type PaintedMention } from './paint-mentions.ts';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

interface Chunk {
  flat: FlatText;
  mentions: Mention[];
  /** The recognised mentions with their ranges; `painted` is a subset of the same objects. */
  located: PaintedMention[];
  painted: PaintedMention[];
  hitTester: MentionHitTester;
}

/** Which mentions count (corrections), which the reader wants painted, and how many per section. */
export interface PaintFilter {
  /** False for a mention the reader reported as a wrong match: it is not recognised at all. */
  recognised: (mention: Mention, surface: string) => boolean;
  /** Whether a recognised mention is painted (kinds, mutes, panel-only mode). */
  paint: (mention: Mention) => boolean;
  firstPerSection: boolean;
}

export class MarkedText {
  private chunks: Chunk[] = [];
  private ordered: PaintedMention[] = [];
  private allRecognised: PaintedMention[] = [];
  /** Every text node some chunk has read. */
  private readonly read = new Set<Node>();

  /** Painted marks of every chunk, in document order. */
  get painted(): readonly PaintedMention[] {
    return this.ordered;
  }

  /**
   * Every recognised mention, painted or not (muted, a kind not marked, panel-only mode), in
   * document order: what the context panel lists and steps through.
   */
  get recognised(): readonly PaintedMention[] {
    return this.allRecognised;
  }

  get isEmpty(): boolean {
    return this.chunks.every((c) => c.mentions.length === 0);
  }

  /** Add a chunk of text with the mentions found in it, and repaint everything. */
  add(doc: Document, flat: FlatText, mentions: Mention[], filter: PaintFilter): void {
    this.chunks.push({ flat, mentions, located: [], painted: [], hitTester: new MentionHitTester(flat, []) });
    for (const seg of flat.segments) this.read.add(seg.node);
    this.repaint(doc, filter);
  }

  /** Re-apply the reader's filter to every chunk and paint the result. */
  repaint(doc: Document, filter: PaintFilter): void {
    for (const chunk of this.chunks) {
      const recognised = chunk.mentions.filter((m) => filter.recognised(m, chunk.flat.text.slice(m.start, m.end)));
      chunk.located = rangesFor(doc, chunk.flat, recognised);
      let kept = recognised.filter(filter.paint);
      if (filter.firstPerSection) kept = firstMentionPerSection(kept, sectionStarts(chunk.flat));
      const keep = new Set(kept);
      chunk.painted = chunk.located.filter((p) => keep.has(p.mention));
      chunk.hitTester = new MentionHitTester(chunk.flat, chunk.painted);
    }
    const inDocumentOrder = (a: PaintedMention, b: PaintedMention) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    this.ordered = this.chunks.flatMap((c) => c.painted).sort(inDocumentOrder);
    this.allRecognised = this.chunks.flatMap((c) => c.located).sort(inDocumentOrder);
    registerHighlights(this.ordered);
  }

  /** Forget everything (a client-side navigation, or Backstory switched off here). */
  clear(): void {
    this.chunks = [];
    this.ordered = [];
    this.allRecognised = [];
    this.read.clear();
    clearHighlights();
  }

  /** The mark under viewport point (x, y), if any. */
  at(doc: Document, x: number, y: number): PaintedMention | null {
    for (const chunk of this.chunks) {
      const hit = chunk.hitTester.at(doc, x, y);
      if (hit) return hit;
    }
    return null;
  }

  /** Whether a node (or, for an element, any text in it) was already read, so a rescan skips it. */
  covers(doc: Document, node: Node): boolean {
    if (this.read.has(node)) return true;
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) if (this.read.has(text)) return true;
    return false;
  }
}

/** Offsets where a chunk's sections begin: the start of each heading's text. */
function sectionStarts(flat: FlatText): number[] {
  const starts: number[] = [];
  let lastHeading: Element | null = null;
  for (const seg of flat.segments) {
    const heading = seg.node.parentElement?.closest(HEADINGS) ?? null;
    if (heading && heading !== lastHeading) starts.push(seg.start);
    lastHeading = heading;
  }
  return starts;
}
