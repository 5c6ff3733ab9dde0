/**
 * "First mention per section": readers who find every repetition marked noisy can keep only the
 * first mention of each entry in each section of the article (sections start at headings).
 */
import type { Mention } from './match-entities.ts';

/**
 * Keep the first mention of each entry per section. `sectionStarts` are the text offsets where
 * sections begin (headings), ascending; text before the first one is a section too.
 */
export function firstMentionPerSection(mentions: readonly Mention[], sectionStarts: readonly number[]): Mention[] {
  const seen = new Set<string>();
  let section = 0;
  const kept: Mention[] = [];
  for (const mention of mentions) {
    while (section < sectionStarts.length && sectionStarts[section]! <= mention.start) section++;
    const key = `${section}\u0000${mention.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(mention);
  }
  return kept;
}
