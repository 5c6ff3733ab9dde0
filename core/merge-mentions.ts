/**
 * Mentions found by several packs' indexes, merged as one index would have found them: read left
 * to right, the earliest mention wins, and of mentions starting together the longest; when two
 * packs find the same span, the earlier pack's is kept. Each list comes from `matchEntities`
 * (non-overlapping, in text order).
 */
import type { Mention } from './match-entities.ts';

export function mergeMentions(lists: readonly (readonly Mention[])[]): Mention[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return [...(nonEmpty[0] ?? [])];
  // The sort is stable, and lists are concatenated in pack order: ties keep the earlier pack.
  const all = nonEmpty.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Mention[] = [];
  let end = 0;
  for (const mention of all) {
    if (mention.start < end) continue;
    merged.push(mention);
    end = mention.end;
  }
  return merged;
}
