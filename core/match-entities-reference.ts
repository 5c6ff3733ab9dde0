/**
 * The previous matcher (a word trie keyed by separator + lower-case word), kept as the executable
 * specification of the matching rules: `match-entities.differential.test.ts` checks that the fast
 * matcher returns exactly what this one returns, and `npm run bench -- matcher` reports both.
 * Not used by the extension.
 */
import type { AliasMatchRule, ContextEntry, EntryKind, FiringRule } from './types.ts';
import { foldForMatching, WORD_PATTERN } from './normalize-text.ts';
import type { Mention } from './match-entities.ts';

/** One alias as the matcher needs it. */
interface AliasRecord {
  entry: number;
  alias: number;
  rule: AliasMatchRule;
  /** The alias's words as written (folded), compared when the rule is case-sensitive. */
  words: string[];
  /** Lower-case context words, for `needs-context`. */
  context: string[];
}

interface TrieNode {
  /** Keyed by separator + lower-case word (the first word of an alias has no separator). */
  next: Map<string, TrieNode>;
  records: AliasRecord[];
}

/** The compiled index: the trie plus what each match reports. */
export interface ReferenceIndex {
  root: TrieNode;
  ids: string[];
  kinds: EntryKind[];
  aliasTexts: string[][];
  aliasCount: number;
}

/** Separator between two words of a text: a newline ends any name, whitespace is one space. */
const BLOCK_BREAK = '\n';

function separatorKey(between: string): string {
  if (between.includes(BLOCK_BREAK)) return BLOCK_BREAK;
  const visible = between.replace(/\s+/g, '');
  return visible === '' ? ' ' : visible;
}

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** The separator key before this word (empty for the first). */
  sep: string;
}

function splitWords(folded: string): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  for (const m of folded.matchAll(WORD_PATTERN)) {
    const start = m.index;
    const text = m[0];
    words.push({
      start,
      end: start + text.length,
      text,
      lower: text.toLowerCase(),
      sep: previousEnd < 0 ? '' : separatorKey(folded.slice(previousEnd, start)),
    });
    previousEnd = start + text.length;
  }
  return words;
}

function newNode(): TrieNode {
  return { next: new Map(), records: [] };
}

/** Build the reference index for a set of (already validated) entries. */
export function compileReferenceIndex(entries: readonly ContextEntry[]): ReferenceIndex {
  const root = newNode();
  let aliasCount = 0;
  entries.forEach((entry, entryIndex) => {
    entry.aliases.forEach((alias, aliasIndex) => {
      const words = splitWords(foldForMatching(alias.text));
      if (words.length === 0) return;
      let node = root;
      for (const word of words) {
        const key = word.sep + word.lower;
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = newNode()));
        node = child;
      }
      node.records.push({
        entry: entryIndex,
        alias: aliasIndex,
        rule: alias.match ?? 'always',
        words: words.map((w) => w.text),
        context: (alias.context ?? []).map((c) => foldForMatching(c).toLowerCase()),
      });
      aliasCount++;
    });
  });
  return {
    root,
    ids: entries.map((e) => e.id),
    kinds: entries.map((e) => e.kind),
    aliasTexts: entries.map((e) => e.aliases.map((a) => a.text)),
    aliasCount,
  };
}

/** Lazily built facts about the whole text that some rules need. */
class TextEvidence {
  private words?: Set<string>;
  private lowered?: string;
  constructor(private readonly all: Word[], private readonly folded: string) {}

  hasContext(context: readonly string[]): boolean {
    this.words ??= new Set(this.all.map((w) => w.lower));
    for (const c of context) {
      if (/[^\p{L}\p{M}\p{N}]/u.test(c)) {
        this.lowered ??= this.folded.toLowerCase();
        if (this.lowered.includes(c)) return true;
      } else if (this.words.has(c)) return true;
    }
    return false;
  }
}

function caseMatches(record: AliasRecord, words: Word[], first: number): boolean {
  if (record.rule === 'case-insensitive') return true;
  for (let k = 0; k < record.words.length; k++) {
    if (words[first + k]!.text !== record.words[k]) return false;
  }
  return true;
}

/**
 * Find every mention in `text`. Offsets are UTF-16 offsets into `text` itself. Mentions never
 * overlap and come in text order.
 */
export function matchEntitiesReference(index: ReferenceIndex, text: string): Mention[] {
  const folded = foldForMatching(text);
  const words = splitWords(folded);
  const evidence = new TextEvidence(words, folded);
  // Entries already named by an alias that needs no evidence: their surnames may now fire.
  const named = new Set<number>();
  const mentions: Mention[] = [];

  const allowed = (record: AliasRecord): boolean => {
    switch (record.rule) {
      case 'always':
      case 'case-insensitive':
        return true;
      case 'after-full-name':
        return named.has(record.entry);
      case 'needs-context':
        return named.has(record.entry) || evidence.hasContext(record.context);
      case 'never':
        return false;
    }
  };

  let i = 0;
  while (i < words.length) {
    let node = index.root.next.get(words[i]!.lower);
    if (!node) {
      i++;
      continue;
    }
    // Walk as far as the trie goes, remembering every node that ends an alias.
    const ends: { last: number; records: AliasRecord[] }[] = [];
    let j = i;
    for (;;) {
      if (node.records.length > 0) ends.push({ last: j, records: node.records });
      const following = words[j + 1];
      if (!following || following.sep === BLOCK_BREAK) break;
      const child: TrieNode | undefined = node.next.get(following.sep + following.lower);
      if (!child) break;
      node = child;
      j++;
    }
    let accepted = false;
    for (let e = ends.length - 1; e >= 0 && !accepted; e--) {
      const { last, records } = ends[e]!;
      for (const record of records) {
        if (!caseMatches(record, words, i)) continue;
        if (record.rule === 'never') {
          // A phrase that is not its entry: its words mark nothing, and the scan goes on after it.
          i = last + 1;
          accepted = true;
          break;
        }
        if (!allowed(record)) continue;
        mentions.push({
          start: words[i]!.start,
          end: words[last]!.end,
          id: index.ids[record.entry]!,
          kind: index.kinds[record.entry]!,
          alias: index.aliasTexts[record.entry]![record.alias]!,
          rule: record.rule as FiringRule,
        });
        if (record.rule !== 'after-full-name') named.add(record.entry);
        i = last + 1;
        accepted = true;
        break;
      }
    }
    if (!accepted) i++;
  }
  return mentions;
}
