/**
 * A pack's changelog and version, derived from its entries at build time: each entry carries
 * its own dated changes (`changelog: [{ date, change }]` in its source file, checked by
 * validate-entry); the pack lists them grouped by day, newest first, so the options page can say
 * what changed in this version.
 *
 * The version is the day of the newest change written `YYYY.MM.DD` (calendar versioning): a
 * pack is content, and the question a reader has is "how recent is it", not "is it compatible"
 * (compatibility is the pack file's `format`). Two builds with the same changes have the same
 * version, which is what they are.
 */
import type { ChangelogItem, PackChange } from './types.ts';

/** What the changelog needs from an entry. */
export interface ChangelogSource {
  name: string;
  changelog: readonly ChangelogItem[];
}

/** Every entry's changes grouped by day, newest day first; within a day, in entry order. */
export function packChangelog(entries: readonly ChangelogSource[]): PackChange[] {
  const byDate = new Map<string, string[]>();
  for (const entry of entries) {
    for (const { date, change } of entry.changelog) {
      const list = byDate.get(date) ?? [];
      list.push(`${entry.name}: ${change.trim()}`);
      byDate.set(date, list);
    }
  }
  return [...byDate.keys()]
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    .map((date) => ({ date, changes: byDate.get(date)! }));
}

/** `YYYY.MM.DD` of the newest change (`0.0.0` for a pack with none). */
export function packVersion(changelog: readonly PackChange[]): string {
  return changelog[0]?.date.replaceAll('-', '.') ?? '0.0.0';
}
