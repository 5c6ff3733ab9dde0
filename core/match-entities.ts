/**
 * The matcher: one left-to-right pass over an article's text against the character trie compiled
 * from every alias of every entry (`match-index.ts`). Longest match wins; aliases that could be
 * ordinary words only fire with evidence (the full name earlier in the article, or context words
 * the entry declares).
 *
 * The pass folds, classifies and lower-cases each UTF-16 unit through lookup tables and walks the
 * trie as it reads, so a word that starts no alias costs a few table lookups per unit and nothing
 * is allocated until a mention is found. `match-entities-reference.ts` states the same rules
 * word by word; a differential test holds the two to the same output.
 */
import type { EntryKind, FiringRule } from './types.ts';
import { FOLDED_UNIT, foldForMatching } from './normalize-text.ts';
import { LOWER_UNIT, UNIT_FLAGS, UNIT_SIMPLE_LOWER, UNIT_SPACE, UNIT_SURROGATE, UNIT_WORD, classifyUnit, wordUnitsAt } from './text-units.ts';
import { NONE, ROOT, RULE_AFTER_FULL_NAME, RULE_CASE_INSENSITIVE, RULE_CODES, RULE_CONTEXT, RULE_NEEDS_CONTEXT, RULE_NEVER, type MatchIndex } from './match-index.ts';

export { compileMatchIndex, type MatchIndex } from './match-index.ts';

/** A recognised mention: offsets into the text that was matched. */
export interface Mention {
  start: number;
  end: number;
  /** The entry's id. */
  id: string;
  kind: EntryKind;
  /** The alias that matched, as the entry writes it. */
  alias: string;
  /** Why it was allowed to match. */
  rule: FiringRule;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const LINEAR_CHILDREN = 8;

/** For ASCII units (which never fold): the lower-case form of a letter or digit, else 0. */
const ASCII_WORD_LOWER = (() => {
  const table = new Uint8Array(0x80);
  for (let code = 0x30; code <= 0x39; code++) table[code] = code;
  for (let code = 0x61; code <= 0x7a; code++) table[code] = table[code - 0x20] = code;
  return table;
})();

const UTF16 = new TextDecoder('utf-16le');

/**
 * `foldForMatching(text).toLowerCase()`, folding through `FOLDED_UNIT` (twice as fast on an
 * article as the pattern). A surrogate takes the pattern: the decoder would replace a lone one.
 */
function foldedLowerCase(text: string): string {
  const units = new Uint16Array(text.length);
  let folds = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return foldForMatching(text).toLowerCase();
    const folded = FOLDED_UNIT[code]!;
    units[i] = folded;
    if (folded !== code) folds = true;
  }
  return (folds ? UTF16.decode(units) : text).toLowerCase();
}

/** Whether the text's words equal the alias's words as written (`recordWords`, space-joined). */
function sameWords(words: string, text: string, starts: Int32Array, ends: Int32Array, count: number): boolean {
  let at = 0;
  for (let w = 0; w < count; w++) {
    const start = starts[w]!;
    const length = ends[w]! - start;
    if (at + length > words.length) return false;
    for (let k = 0; k < length; k++) {
      if (FOLDED_UNIT[text.charCodeAt(start + k)] !== words.charCodeAt(at + k)) return false;
    }
    at += length;
    if (at === words.length) return w === count - 1;
    if (words.charCodeAt(at) !== SPACE) return false;
    at++;
  }
  return false;
}

/**
 * Find every mention in `text`. Offsets are UTF-16 offsets into `text` itself. Mentions never
 * overlap and come in text order.
 */
export function matchEntities(index: MatchIndex, text: string): Mention[] {
  const n = text.length;
  const { rootChild, level2, firstChild, childEnd, unitOf, firstRecord, nextRecord, recordRule, recordEntry } = index;
  // Entries already named by an alias that needs no evidence: their surnames may now fire.
  const named = new Set<number>();
  const mentions: Mention[] = [];
  // The words of the current attempt, and the nodes where an alias may end (after `endWords` words).
  const wordStarts = new Int32Array(index.maxWords + 1);
  const wordEnds = new Int32Array(index.maxWords + 1);
  const endNodes = new Int32Array(index.maxWords + 1);
  const endWords = new Int32Array(index.maxWords + 1);
  /** Where the word read by the last `walkWord` ends. */
  let walkedTo = 0;
  // One-word contexts seen so far (noted as the scan reads words); all of them once `allRead`.
  const seen = new Uint8Array(index.contexts.length);
  let allRead = false;
  let lowered: string | undefined;

  const rootChildren = childEnd[ROOT]! - firstChild[ROOT]!;
  const childOf = (node: number, unit: number): number => {
    if (node === ROOT) return rootChild[unit]!;
    if (node <= rootChildren && unit < 0x80) return level2[((node - 1) << 7) | unit]!;
    let lo = firstChild[node]!;
    let hi = childEnd[node]!;
    if (hi - lo <= LINEAR_CHILDREN) {
      for (; lo < hi; lo++) if (unitOf[lo] === unit) return lo;
      return NONE;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const u = unitOf[mid]!;
      if (u === unit) return mid;
      if (u < unit) lo = mid + 1;
      else hi = mid;
    }
    return NONE;
  };

  /** Read the word at `start` (ends at `walkedTo`), walking `node` along it lower-cased as far as the trie goes. */
  const walkWord = (node: number, start: number): number => {
    const from = node;
    let whole = false;
    let i = start;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        const lower = ASCII_WORD_LOWER[code]!;
        if (lower === 0) break;
        if (node !== NONE && !whole) node = childOf(node, lower);
        i++;
        continue;
      }
      const unit = FOLDED_UNIT[code]!;
      let flags = UNIT_FLAGS[unit]!;
      if (flags === 0) flags = classifyUnit(unit);
      if ((flags & UNIT_WORD) === 0) {
        if ((flags & UNIT_SURROGATE) === 0 || wordUnitsAt(text, i, unit) === 0) break;
        whole = true; // a letter outside the BMP: lower-case the word as a whole
        i += 2;
        continue;
      }
      if (node !== NONE && !whole) {
        // "Σ" does not lower-case alone either.
        if ((flags & UNIT_SIMPLE_LOWER) === 0) whole = true;
        else node = childOf(node, LOWER_UNIT[unit]!);
      }
      i++;
    }
    walkedTo = i;
    if (!whole) return node;
    const word = foldForMatching(text.slice(start, i)).toLowerCase();
    node = from;
    for (let k = 0; k < word.length && node !== NONE; k++) node = childOf(node, word.charCodeAt(k));
    return node;
  };

  /** Note the one-word contexts that end at `node` (reached by reading one whole word). */
  const noteContexts = (node: number) => {
    for (let record = firstRecord[node]!; record !== NONE; record = nextRecord[record]!) {
      if (recordRule[record] === RULE_CONTEXT) seen[recordEntry[record]!] = 1;
    }
  };

  /** Note the contexts among the words of text[from, to). */
  const readWords = (from: number, to: number) => {
    for (let i = from; i < to; ) {
      const code = text.charCodeAt(i);
      const unit = code < 0x80 ? code : FOLDED_UNIT[code]!;
      if (wordUnitsAt(text, i, unit) === 0) {
        i++;
        continue;
      }
      const node = walkWord(ROOT, i);
      if (node !== NONE && firstRecord[node] !== NONE) noteContexts(node);
      i = walkedTo;
    }
  };

  /**
   * Read the rest of the text for contexts, from `scanAt` where the scan stands: the scan has
   * noted every word before it except those inside the mentions it found (after their first).
   */
  const readAll = (scanAt: number) => {
    for (const mention of mentions) readWords(mention.start, mention.end);
    readWords(scanAt, n);
    allRead = true;
  };

  /** Whether one of the record's contexts occurs in the text (whole word, or phrase anywhere). */
  const hasContext = (record: number, scanAt: number): boolean => {
    const contexts = index.recordContext[record]!;
    // Cheapest first: words already read, then every word of the text, then phrases.
    for (let pass = 0; pass < 2; pass++) {
      for (const context of contexts) if (index.contextIsWord[context] === 1 && seen[context] === 1) return true;
      if (allRead) break;
      readAll(scanAt);
    }
    for (const context of contexts) {
      if (index.contextIsWord[context] === 1) continue;
      lowered ??= foldedLowerCase(text);
      if (lowered.includes(index.contexts[context]!)) return true;
    }
    return false;
  };

  const allowed = (record: number, scanAt: number): boolean => {
    switch (recordRule[record]) {
      case RULE_AFTER_FULL_NAME:
        return named.has(recordEntry[record]!);
      case RULE_NEEDS_CONTEXT:
        return named.has(recordEntry[record]!) || hasContext(record, scanAt);
      default:
        return true;
    }
  };

  /** Pick the longest alias ending at one of `ends` nodes that may fire; the mention's end, or `NONE`. */
  const accept = (start: number, ends: number): number => {
    for (let e = ends - 1; e >= 0; e--) {
      const count = endWords[e]!;
      for (let record = firstRecord[endNodes[e]!]!; record !== NONE; record = nextRecord[record]!) {
        const rule = recordRule[record]!;
        if (rule === RULE_CONTEXT) continue;
        if (rule !== RULE_CASE_INSENSITIVE && !sameWords(index.recordWords[record] ?? index.recordText[record]!, text, wordStarts, wordEnds, count)) continue;
        const end = wordEnds[count - 1]!;
        // A phrase that is not its entry covers its words: the scan goes on after it.
        if (rule === RULE_NEVER) return end;
        if (!allowed(record, start)) continue;
        const entry = recordEntry[record]!;
        mentions.push({
          start,
          end,
          id: index.ids[entry]!,
          kind: index.kinds[entry]!,
          alias: index.recordText[record]!,
          rule: RULE_CODES[rule] as FiringRule,
        });
        if (rule !== RULE_AFTER_FULL_NAME) named.add(entry);
        return end;
      }
    }
    return NONE;
  };

  /** Try the words from `start`; where the scan goes on (past the mention, or past the first word). */
  const attempt = (start: number): number => {
    let node = walkWord(ROOT, start);
    const firstEnd = walkedTo;
    if (node === NONE) return firstEnd;
    if (firstRecord[node] !== NONE && !allRead) noteContexts(node);
    let words = 0;
    let ends = 0;
    wordStarts[0] = start;
    wordEnds[0] = firstEnd;
    for (;;) {
      words++;
      // Context records come after a node's alias records: a node whose first is one ends no alias.
      const record = firstRecord[node]!;
      if (record !== NONE && recordRule[record] !== RULE_CONTEXT) {
        endNodes[ends] = node;
        endWords[ends++] = words;
      }
      if (words >= index.maxWords) break;
      // The separator: visible units are walked as they come; only white space means one space.
      let i = wordEnds[words - 1]!;
      let visible = false;
      while (i < n && node !== NONE) {
        const unit = FOLDED_UNIT[text.charCodeAt(i)]!;
        let flags = UNIT_FLAGS[unit]!;
        if (flags === 0) flags = classifyUnit(unit);
        if (unit === NEWLINE) node = NONE;
        else if ((flags & UNIT_WORD) !== 0 || ((flags & UNIT_SURROGATE) !== 0 && wordUnitsAt(text, i, unit) !== 0)) break;
        else if ((flags & UNIT_SPACE) === 0) {
          node = childOf(node, unit);
          visible = true;
        }
        i++;
      }
      if (i >= n || node === NONE) break;
      if (!visible && (node = childOf(node, SPACE)) === NONE) break;
      node = walkWord(node, i);
      if (node === NONE) break;
      wordStarts[words] = i;
      wordEnds[words] = walkedTo;
    }
    const end = ends === 0 ? NONE : accept(start, ends);
    return end === NONE ? firstEnd : end;
  };

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      i = ASCII_WORD_LOWER[code] === 0 ? i + 1 : attempt(i);
      continue;
    }
    const unit = FOLDED_UNIT[code]!;
    let flags = UNIT_FLAGS[unit]!;
    if (flags === 0) flags = classifyUnit(unit);
    if ((flags & UNIT_WORD) !== 0 || ((flags & UNIT_SURROGATE) !== 0 && wordUnitsAt(text, i, unit) !== 0)) i = attempt(i);
    else i++;
  }
  return mentions;
}
