/**
 * A pack's changelog and version, derived from its entries at build time: each entry may carry
 * its own dated changes (`changelog: [{ date, change }]` in its source file); the pack lists
 * them grouped by day, newest first, so the options page can say what changed in this version.
 *
 * The version is the day of the newest change written `YYYY.MM.DD` (calendar versioning): a
 * pack is content, and the question a reader has is "how recent is it", not "is it compatible"
 * (compatibility is the pack file's `format`). Two builds on the same day with the same changes
 * have the same version, which is what they are. Until entries carry changelogs, the newest
 * `reviewed` day stands in, so the version still moves when content is rechecked.
 */
import type { PackChange } from './types.ts';

/** One dated change as an entry's source file records it. */
interface EntryChange {
  date: string;
  change: string;
}

/** What the changelog needs from an entry; the field is optional while sources gain it. */
export interface ChangelogSource {
  id: string;
  name: string;
  reviewed: string;
  changelog?: readonly EntryChange[];
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every entry's changes grouped by day, newest day first; within a day, in entry order. */
export function packChangelog(entries: readonly ChangelogSource[]): PackChange[] {
  const byDate = new Map<string, string[]>();
  for (const entry of entries) {
    // Read defensively: this runs on sources that passed validation, but the field is new.
    const items: unknown = (entry as { changelog?: unknown }).changelog;
    if (!Array.isArray(items)) continue;
    for (const item of items as unknown[]) {
      const { date, change } = (item ?? {}) as Partial<EntryChange>;
      if (typeof date !== 'string' || !FULL_DATE.test(date) || typeof change !== 'string' || !change.trim()) continue;
      const list = byDate.get(date) ?? [];
      list.push(`${entry.name}: ${change.trim()}`);
      byDate.set(date, list);
    }
  }
  return [...byDate.keys()]
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    .map((date) => ({ date, changes: byDate.get(date)! }));
}

/** `YYYY.MM.DD` of the newest change, else of the newest full `reviewed` day, else `0.0.0`. */
export function packVersion(changelog: readonly PackChange[], entries: readonly ChangelogSource[]): string {
  const newest = changelog[0]?.date ?? entries.map((e) => e.reviewed).filter((d) => FULL_DATE.test(d)).sort().at(-1);
  return newest ? newest.replaceAll('-', '.') : '0.0.0';
}
