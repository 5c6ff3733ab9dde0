/**
 * What Backstory says through its live region to readers using a screen reader. Marks painted
 * with the Highlight API are invisible to assistive technology, so after the first scan the
 * reader is told how many names were marked; rescans of a page that keeps adding text stay quiet
 * unless the count changes enough to matter.
 */

/** Below this many names more or fewer, a rescan is not worth interrupting the reader for. */
const MIN_CHANGE = 3;
/** …nor a change of less than this share of what was last announced. */
const MIN_SHARE = 0.25;

/** "Backstory marked 14 names on this page". */
export function markedNamesMessage(count: number): string {
  return `Backstory marked ${count} ${count === 1 ? 'name' : 'names'} on this page`;
}

/**
 * Whether `count` names should be announced, given the count last announced on this page (null:
 * none yet). Nothing is said for zero: a page with nothing marked is not worth a word.
 */
export function shouldAnnounceCount(lastAnnounced: number | null, count: number): boolean {
  if (count === 0) return false;
  if (lastAnnounced === null) return true;
  const change = Math.abs(count - lastAnnounced);
  return change >= MIN_CHANGE && change >= lastAnnounced * MIN_SHARE;
}
