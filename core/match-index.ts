/**
 * The compiled match index: every alias of every entry as one key, `word sep word sep …`, with the
 * words lower-cased and each separator reduced to what the matcher compares (a space for white
 * space, otherwise the visible punctuation between the words), stored as a character trie in flat
 * typed arrays: a node's children are consecutive nodes, sorted by the unit that leads to them.
 * Built with a counting sort per node (no string comparisons), scanned without allocating, and
 * saved and loaded as it is (`match-index-file.ts`).
 */
import type { AliasMatchRule, ContextEntry, EntryKind } from './types.ts';
import { KeyBuffer, writeAliasKey } from './alias-key.ts';
import { buildTrie, NONE, ROOT } from './build-trie.ts';
import { foldForMatching } from './normalize-text.ts';

/** Rules as small numbers, in the order of `ALIAS_MATCH_RULES`. */
export const RULE_CODES: readonly AliasMatchRule[] = ['always', 'after-full-name', 'needs-context', 'case-insensitive', 'never'];
export const RULE_AFTER_FULL_NAME = 1;
export const RULE_NEEDS_CONTEXT = 2;
export const RULE_CASE_INSENSITIVE = 3;
/** A phrase that is not its entry: when it matches, the words it covers mark nothing. */
export const RULE_NEVER = 4;
/** Not an alias: a one-word context of some `needs-context` alias, so the scan notices it. */
export const RULE_CONTEXT = 5;

export { NONE, ROOT };

/** The compiled index. Arrays are indexed by node or by record. */
export interface MatchIndex {
  nodeCount: number;
  /** Per node: its children are the nodes [firstChild, childEnd), sorted by the unit into them. */
  firstChild: Int32Array;
  childEnd: Int32Array;
  /** Per node: the unit that leads to it from its parent. */
  unitOf: Uint16Array;
  /** The root's child for every unit (`NONE` where it has none): every word starts here. */
  rootChild: Int32Array;
  /**
   * The grandchildren along ASCII units: `level2[(child - 1) * 128 + unit]` for a child of the
   * root (they are nodes 1 to n). Most words leave the trie within their first two units.
   */
  level2: Int32Array;
  /** Per node: its first record (an alias ending here), or `NONE`. */
  firstRecord: Int32Array;
  /** Per record: the next record on the same node, or `NONE`. Aliases come in entry order, then contexts. */
  nextRecord: Int32Array;
  recordEntry: Int32Array;
  /** Index into `RULE_CODES`, or `RULE_CONTEXT` (then `recordEntry` is the context's number). */
  recordRule: Uint8Array;
  /** The alias as the entry writes it (a context record: the context). */
  recordText: string[];
  /**
   * The alias's words as written (folded), joined by single spaces: compared when case matters.
   * Null when that is `recordText` itself.
   */
  recordWords: (string | null)[];
  /** For `needs-context`: its contexts, as numbers into `contexts`; else null. */
  recordContext: (number[] | null)[];
  /** Every context of the pack once, lower-cased and folded. */
  contexts: string[];
  /**
   * Per context: 1 when it is one word (the trie holds it, as a `RULE_CONTEXT` record), 0 for a
   * phrase or anything with punctuation (looked for anywhere in the lower-cased text).
   */
  contextIsWord: Uint8Array;
  ids: string[];
  kinds: EntryKind[];
  /** The most words any alias has (sizes the scan's buffers). */
  maxWords: number;
}

/** Build the match index for a set of (already validated) entries. */
export function compileMatchIndex(entries: readonly ContextEntry[]): MatchIndex {
  const keys = new KeyBuffer();
  const keyStarts: number[] = [];
  const recordEntry: number[] = [];
  const recordRule: number[] = [];
  const recordText: string[] = [];
  const recordWords: (string | null)[] = [];
  const recordContext: (number[] | null)[] = [];
  let maxWords = 0;
  const contexts: string[] = [];
  const contextNumbers = new Map<string, number>();
  const contextOf = (raw: string) => {
    const context = foldForMatching(raw).toLowerCase();
    let number = contextNumbers.get(context);
    if (number === undefined) contextNumbers.set(context, (number = contexts.push(context) - 1));
    return number;
  };
  const add = (start: number, entry: number, rule: number, text: string, words: string | null, context: number[] | null) => {
    keyStarts.push(start);
    recordEntry.push(entry);
    recordRule.push(rule);
    recordText.push(text);
    recordWords.push(words);
    recordContext.push(context);
  };
  entries.forEach((entry, entryIndex) => {
    for (const alias of entry.aliases) {
      const start = keys.length;
      const { words, wordCount } = writeAliasKey(alias.text, keys);
      if (wordCount === 0) continue;
      const rule = RULE_CODES.indexOf(alias.match ?? 'always');
      add(start, entryIndex, rule, alias.text, words === alias.text ? null : words, rule === RULE_NEEDS_CONTEXT ? (alias.context ?? []).map(contextOf) : null);
      maxWords = Math.max(maxWords, wordCount);
    }
  });
  // One-word contexts go into the trie as they are: the scan spells each word it reads lower-cased
  // and folded, which is how a context is written.
  const contextIsWord = contextKinds(contexts);
  contexts.forEach((context, number) => {
    if (contextIsWord[number] === 0) return;
    const start = keys.length;
    for (let k = 0; k < context.length; k++) keys.push(context.charCodeAt(k));
    add(start, number, RULE_CONTEXT, context, null, null);
  });
  keyStarts.push(keys.length);
  const trie = buildTrie(keys.units, Int32Array.from(keyStarts));
  return {
    ...trie,
    ...rootTables(trie),
    recordEntry: Int32Array.from(recordEntry),
    recordRule: Uint8Array.from(recordRule),
    recordText,
    recordWords,
    recordContext,
    contexts,
    contextIsWord,
    ids: entries.map((e) => e.id),
    kinds: entries.map((e) => e.kind),
    maxWords,
  };
}

const NON_WORD = /[^\p{L}\p{M}\p{N}]/u;

/** `contextIsWord` for a list of contexts. */
export function contextKinds(contexts: readonly string[]): Uint8Array {
  return Uint8Array.from(contexts, (c) => (c !== '' && !NON_WORD.test(c) ? 1 : 0));
}

/** `rootChild` and `level2` for a trie (rebuilt on load: they are cheap and large). */
export function rootTables(trie: Pick<MatchIndex, 'firstChild' | 'childEnd' | 'unitOf'>): Pick<MatchIndex, 'rootChild' | 'level2'> {
  const rootChild = new Int32Array(0x10000).fill(NONE);
  const children = trie.childEnd[ROOT]! - trie.firstChild[ROOT]!;
  const level2 = new Int32Array(children * 128).fill(NONE);
  for (let child = trie.firstChild[ROOT]!; child < trie.childEnd[ROOT]!; child++) {
    rootChild[trie.unitOf[child]!] = child;
    for (let grandchild = trie.firstChild[child]!; grandchild < trie.childEnd[child]!; grandchild++) {
      const unit = trie.unitOf[grandchild]!;
      if (unit < 128) level2[(child - 1) * 128 + unit] = grandchild;
    }
  }
  return { rootChild, level2 };
}
