/**
 * The statistics `backstory pack check --json` prints. Checks outside the repo read these keys:
 * keep them.
 */
import type { ContextEntry, EntryKind } from '../core/types.ts';
import type { Problem } from '../core/validate-entry.ts';

/** Counts over a pack. */
export interface PackStatistics {
  entries: number;
  byKind: Partial<Record<EntryKind, number>>;
  /** Entries with perspectives (a contested entry has at least two). */
  contested: number;
  withPerspectives: number;
  perspectives: number;
  sources: number;
  aliases: number;
  errors: number;
  warnings: number;
}

export function packStatistics(entries: readonly ContextEntry[], problems: readonly Problem[]): PackStatistics {
  const byKind: Partial<Record<EntryKind, number>> = {};
  let perspectives = 0;
  let sources = 0;
  let aliases = 0;
  let withPerspectives = 0;
  let contested = 0;
  for (const e of entries) {
    byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    const count = e.perspectives?.length ?? 0;
    perspectives += count;
    if (count > 0) withPerspectives++;
    if (count >= 2) contested++;
    sources += e.sources.length + (e.perspectives ?? []).reduce((n, p) => n + p.sources.length, 0);
    aliases += e.aliases.length;
  }
  return {
    entries: entries.length,
    byKind,
    contested,
    withPerspectives,
    perspectives,
    sources,
    aliases,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
