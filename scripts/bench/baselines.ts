/**
 * The matcher's baselines, doing the same work as `matchEntities` over a plain pack (every alias
 * `always`): find every alias occurrence, case as written, at word boundaries (words are runs of
 * `[\p{L}\p{M}\p{N}]`), longest first at each start, leftmost first, never overlapping, never
 * across a line break; typographic apostrophes, dashes, spaces and Latin diacritics folded
 * (`foldForMatching`); between two words any white space equals one space and white space around
 * punctuation is ignored ("Al - Qaeda" is "Al-Qaeda"). Output: [start, end) spans into the text.
 * `matcher.ts` checks that both return exactly the matcher's spans before it times anything.
 *
 * - `RegExpBaseline`: one alternation of every alias over the folded text, flags `gu`, between
 *   `(?<![\p{L}\p{M}\p{N}])` and `(?![\p{L}\p{M}\p{N}])`; in each alias a space between words
 *   is `[^\S\n]+` and punctuation may have `[^\S\n]*` around it. Aliases with more words come
 *   first, so the first alternative that matches at a start is the longest. V8's irregexp scans it.
 * - `AhoCorasickBaseline`: the text rewritten into the canonical form (`canonicalText`: each run of
 *   non-word characters becomes "\n", " " or its punctuation, with a map back to the original
 *   offsets), searched line by line with modern-ahocorasick's default backend (`all`: every
 *   occurrence), then the word-bounded hits, longest-leftmost, non-overlapping. Its own
 *   `leftmost-longest` would choose among hits that are not word-bounded and lose real ones; its
 *   `wholeWord` option uses `Intl.Segmenter` words, which differ from ours ("Putin's" is one word
 *   there). Line by line, because on a whole article with non-ASCII text its grapheme path grows
 *   faster than the text (an 83 KB text took 4 s); its `fast` and `unicode-fast` (double-array)
 *   backends were quadratic in the text length on Node 20 (160 KB: 46 s), so they are not used.
 *
 * What they do not do: context rules (`after-full-name`, `needs-context`), case-insensitive
 * aliases (a plain pack has none), or saying which entry matched: they return spans only.
 */
import AhoCorasick from 'modern-ahocorasick';
import { FOLDED_UNIT, foldForMatching } from '../../core/normalize-text.ts';
import { UNIT_FLAGS, UNIT_SPACE, wordUnitsAt } from '../../core/text-units.ts';
import type { ContextEntry } from '../../core/types.ts';

/** A found occurrence: [start, end) in the original text. */
export type Span = [number, number];

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const EDGE_NON_WORD = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;

/** The text with each non-word run reduced to its separator key, and where each word came from. */
export interface CanonicalText {
  text: string;
  /** Start of every word run in `text`, ascending, and the matching start in the original. */
  canonicalStarts: number[];
  originalStarts: number[];
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
/** Decodes the rewritten units natively (a lone surrogate would become U+FFFD; the span check would show it). */
const UTF16 = new TextDecoder('utf-16le');

/**
 * One pass over the units through the matcher's own lookup tables (fold, word, white space), so
 * the rewrite costs the baselines no more than the matcher pays for the same reading.
 */
export function canonicalText(original: string): CanonicalText {
  const n = original.length;
  const out = new Uint16Array(n);
  const canonicalStarts = [0];
  const originalStarts = [0];
  let o = 0;
  let i = 0;
  while (i < n) {
    const unit = FOLDED_UNIT[original.charCodeAt(i)]!;
    const width = wordUnitsAt(original, i, unit);
    if (width !== 0) {
      out[o++] = unit;
      if (width === 2) out[o++] = original.charCodeAt(i + 1);
      i += width;
      continue;
    }
    const visibleFrom = o;
    let newline = false;
    for (; i < n; i++) {
      const u = FOLDED_UNIT[original.charCodeAt(i)]!;
      if (wordUnitsAt(original, i, u) !== 0) break;
      if (u === NEWLINE) newline = true;
      else if ((UNIT_FLAGS[u]! & UNIT_SPACE) === 0) out[o++] = u;
    }
    if (newline) {
      o = visibleFrom;
      out[o++] = NEWLINE;
    } else if (o === visibleFrom) out[o++] = SPACE;
    canonicalStarts.push(o);
    originalStarts.push(i);
  }
  return { text: UTF16.decode(out.subarray(0, o)), canonicalStarts, originalStarts };
}

/** Map a canonical [start, end) that begins and ends inside word runs back to the original. */
function toOriginal(canonical: CanonicalText, start: number, end: number): Span {
  const at = (position: number) => {
    const starts = canonical.canonicalStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return canonical.originalStarts[lo]! + (position - starts[lo]!);
  };
  return [at(start), at(end - 1) + 1];
}

/** The distinct canonical aliases (words as written, separators reduced), longest first. */
export function canonicalAliases(entries: readonly ContextEntry[]): string[] {
  const keys = new Set<string>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      // Punctuation before the first word or after the last ("U.S.") is not part of the alias.
      const trimmed = foldForMatching(alias.text).replace(EDGE_NON_WORD, '');
      const key = canonicalText(trimmed).text;
      // A line break between two words: names never cross one, so the alias never matches.
      if (key !== '' && !key.includes('\n')) keys.add(key);
    }
  }
  return [...keys].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Escape for a `u` pattern, where only syntax characters may be escaped. */
const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** White space that is no line break, as the separator patterns use it. */
const GAP_SPACE = '[^\\S\\n]';

/** A canonical alias as a pattern: " " is any white space, punctuation may have white space around it. */
function aliasPattern(canonical: string): string {
  let pattern = '';
  for (const m of canonical.matchAll(/([\p{L}\p{M}\p{N}]+)|([^\p{L}\p{M}\p{N}]+)/gu)) {
    if (m[1] !== undefined) pattern += escape(m[1]);
    else if (m[2] === ' ') pattern += `${GAP_SPACE}+`;
    else pattern += `${GAP_SPACE}*${[...m[2]!].map(escape).join(`${GAP_SPACE}*`)}${GAP_SPACE}*`;
  }
  return pattern;
}

const wordCount = (canonical: string) => canonical.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;

export class RegExpBaseline {
  readonly pattern: RegExp;
  /** `aliases`: canonical aliases (`canonicalAliases`). */
  constructor(aliases: readonly string[]) {
    // At one start, an alias with more words is the longer match; the alternation tries those first.
    const ordered = [...aliases].map((a) => [wordCount(a), a] as const).sort((a, b) => b[0] - a[0]);
    this.pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${ordered.map(([, a]) => aliasPattern(a)).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  }

  spans(text: string): Span[] {
    const spans: Span[] = [];
    for (const m of foldForMatching(text).matchAll(this.pattern)) spans.push([m.index, m.index + m[0].length]);
    return spans;
  }
}

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const unit = text.charCodeAt(index);
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  // A low surrogate belongs to the letter that starts one unit earlier.
  const start = unit >= 0xdc00 && unit <= 0xdfff && index > 0 && text.codePointAt(index - 1)! > 0xffff ? index - 1 : index;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(start)!));
}

export class AhoCorasickBaseline {
  readonly automaton: AhoCorasick;
  /** `aliases`: canonical aliases (`canonicalAliases`). */
  constructor(aliases: readonly string[]) {
    this.automaton = new AhoCorasick([...aliases]);
  }

  spans(text: string): Span[] {
    const canonical = canonicalText(text);
    const t = canonical.text;
    const spans: Span[] = [];
    // Line by line: no alias crosses a line break, and shorter inputs keep the library off its
    // slow path (below).
    for (let from = 0; from < t.length; ) {
      const lineEnd = t.indexOf('\n', from) >>> 0;
      const line = t.slice(from, Math.min(lineEnd, t.length));
      const hits = this.automaton
        .search(line)
        .filter((h) => !isWordAt(line, h.start - 1) && !isWordAt(line, h.end))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      let free = 0;
      for (const hit of hits) {
        if (hit.start < free) continue;
        spans.push(toOriginal(canonical, from + hit.start, from + hit.end));
        free = hit.end;
      }
      from += line.length + 1;
    }
    return spans;
  }

  /** The library's search alone: every occurrence, no word bounds, no selection. */
  searchOnly(text: string): number {
    let hits = 0;
    for (const line of canonicalText(text).text.split('\n')) hits += this.automaton.search(line).length;
    return hits;
  }
}
