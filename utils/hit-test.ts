/**
 * Hover hit-testing without touching the page's DOM: the caret position under the pointer gives
 * a text node and offset, the flattened text's segment map turns that into an article offset,
 * and a binary search over the painted mentions finds the one there, if any.
 */
import type { FlatText } from '../core/flatten-text.ts';
import type { PaintedMention } from './paint-mentions.ts';

/** Slack around a mention's boxes, in CSS pixels, so the pointer need not be pixel-exact. */
const EDGE_SLACK_PX = 1;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Finds the painted mention under a point. */
export class MentionHitTester {
  private readonly starts = new Map<Node, number>();

  constructor(flat: FlatText, private readonly painted: readonly PaintedMention[]) {
    for (const seg of flat.segments) this.starts.set(seg.node, seg.start);
  }

  /** The mention under viewport point (x, y), or null. */
  at(doc: Document, x: number, y: number): PaintedMention | null {
    const caret = caretAt(doc as CaretDocument, x, y);
    if (!caret) return null;
    const start = this.starts.get(caret.node);
    if (start === undefined) return null;
    const offset = start + caret.offset;
    const found = this.search(offset);
    return found && this.contains(found.range, x, y) ? found : null;
  }

  private search(offset: number): PaintedMention | null {
    let lo = 0;
    let hi = this.painted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const { mention } = this.painted[mid]!;
      if (offset < mention.start) hi = mid - 1;
      else if (offset > mention.end) lo = mid + 1;
      else return this.painted[mid]!;
    }
    return null;
  }

  /** The caret snaps to the nearest text even from the margin; require the point on the words. */
  private contains(range: Range, x: number, y: number): boolean {
    for (const r of range.getClientRects()) {
      if (x >= r.left - EDGE_SLACK_PX && x <= r.right + EDGE_SLACK_PX && y >= r.top - EDGE_SLACK_PX && y <= r.bottom + EDGE_SLACK_PX) return true;
    }
    return false;
  }
}
