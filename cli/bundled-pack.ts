/**
 * The bundled pack, built from the source files: what `npm run pack:build` writes for the
 * extension, and what the CLI matches against.
 */
import type { ContextPack } from '../core/types.ts';
import { PACK_FORMAT, validateEntries } from '../core/validate-pack.ts';
import type { Problem } from '../core/validate-entry.ts';
import { isoDay } from '../core/partial-date.ts';
import { loadEntrySources, DEFAULT_SOURCE_DIR } from './load-sources.ts';
import { packChangelog, packVersion } from '../core/pack-changelog.ts';

export const BUNDLED_PACK_ID = 'backstory-world-affairs';
export const BUNDLED_PACK_PUBLISHER = 'Backstory';

/** Build the bundled pack from `dir`; `pack` is absent when any error was found. */
export function buildBundledPack(dir: string = DEFAULT_SOURCE_DIR, today = isoDay(new Date())): { pack?: ContextPack; problems: Problem[] } {
  const sources = loadEntrySources(dir);
  const check = validateEntries(sources.values, today);
  const problems = [...sources.problems, ...check.problems];
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const entries = [...check.entries].sort((a, b) => a.id.localeCompare(b.id));
  // Version and changelog come from the entries themselves (core/pack-changelog.ts), so they
  // change exactly when the content does and the build stays reproducible.
  const changelog = packChangelog(entries);
  return {
    problems,
    pack: {
      format: PACK_FORMAT,
      id: BUNDLED_PACK_ID,
      name: 'Backstory world affairs',
      publisher: BUNDLED_PACK_PUBLISHER,
      version: packVersion(changelog),
      changelog,
      entries,
    },
  };
}
