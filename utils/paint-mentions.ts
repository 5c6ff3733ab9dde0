/**
 * Painting: mentions become DOM Ranges registered with the CSS Custom Highlight API, one
 * highlight per entry kind. The page's DOM tree is never touched, so frameworks, editors and
 * the page's own scripts see exactly the page they built.
 */
import type { Mention } from '../core/match-entities.ts';
import { locateOffset, type FlatText } from '../core/flatten-text.ts';
import { ENTRY_KINDS } from '../core/types.ts';

/** A mention with the live Range that covers it. */
export interface PaintedMention {
  mention: Mention;
  range: Range;
}

/** The highlight name for a kind; the page-level stylesheet styles `::highlight(<name>)`. */
export function highlightName(kind: string): string {
  return `backstory-${kind}`;
}

/** Whether this browser can paint highlights at all. */
export function canPaintHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Build live ranges for `mentions` (sorted, non-overlapping) of `flat`. */
export function rangesFor(doc: Document, flat: FlatText, mentions: readonly Mention[]): PaintedMention[] {
  const painted: PaintedMention[] = [];
  for (const mention of mentions) {
    const start = locateOffset(flat, mention.start);
    const end = locateOffset(flat, mention.end, true);
    // Text the page removed while it was being matched is not painted, nor kept alive by a range.
    if (!start || !end || !start.node.isConnected || !end.node.isConnected) continue;
    const range = doc.createRange();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      // The page changed the node since it was read; the next scan will pick the text up again.
      continue;
    }
    painted.push({ mention, range });
  }
  return painted;
}

/** Paint exactly `painted`: one highlight per kind, replacing what was painted before. */
export function registerHighlights(painted: readonly PaintedMention[]): void {
  clearHighlights();
  const byKind = new Map<string, Range[]>();
  for (const { mention, range } of painted) {
    const list = byKind.get(mention.kind) ?? [];
    list.push(range);
    byKind.set(mention.kind, list);
  }
  for (const [kind, ranges] of byKind) CSS.highlights.set(highlightName(kind), new Highlight(...ranges));
}

/** Remove every highlight this extension registered. */
export function clearHighlights(): void {
  if (!canPaintHighlights()) return;
  for (const kind of [...ENTRY_KINDS, 'active']) CSS.highlights.delete(highlightName(kind));
}

/** Mark one mention as the one whose card is open (or none). */
export function paintActive(range: Range | null): void {
  if (range) CSS.highlights.set(highlightName('active'), new Highlight(range));
  else CSS.highlights.delete(highlightName('active'));
}
