/**
 * When Backstory speaks through its live region to readers using a screen reader. Marks painted
 * with the Highlight API are invisible to assistive technology, so after the first scan the
 * reader is told how many names were marked; rescans of a page that keeps adding text stay quiet
 * unless the count changes enough to matter. What it says is worded in the UI's language
 * (components/live-messages.ts).
 */

/** Below this many names more or fewer, a rescan is not worth interrupting the reader for. */
const MIN_CHANGE = 3;
/** …nor a change of less than this share of what was last announced. */
const MIN_SHARE = 0.25;

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
