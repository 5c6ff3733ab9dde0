/**
 * An alias as the index stores it. Its key is what the trie spells: the lower-cased words joined
 * by their separators, where a separator is a space when only white space stands between two
 * words, "\n" when a line break does (such an alias can never match, since names never cross
 * blocks), and otherwise the visible characters between them ("Al - Qaeda" → `al-qaeda`).
 */
import { FOLDED_UNIT, foldForMatching } from './normalize-text.ts';
import { LOWER_UNIT, UNIT_FLAGS, UNIT_SIMPLE_LOWER, UNIT_SPACE, classifyUnit, wordUnitsAt } from './text-units.ts';

const NEWLINE = 0x0a;
const SPACE = 0x20;

/** Keys written one after another into one growing buffer of UTF-16 units. */
export class KeyBuffer {
  units = new Uint16Array(1024);
  length = 0;

  push(unit: number): void {
    if (this.length === this.units.length) {
      const grown = new Uint16Array(this.units.length * 2);
      grown.set(this.units);
      this.units = grown;
    }
    this.units[this.length++] = unit;
  }
}

/** The words of an alias as written (folded), joined by single spaces, and how many there are. */
export interface AliasWords {
  words: string;
  wordCount: number;
}

function flagsOf(unit: number): number {
  const flags = UNIT_FLAGS[unit]!;
  return flags === 0 ? classifyUnit(unit) : flags;
}

/** Append the key of `text` to `out`; its words are what case-sensitive rules compare. */
export function writeAliasKey(text: string, out: KeyBuffer): AliasWords {
  const n = text.length;
  // `plain`: the words joined by single spaces are `text` itself (the usual case).
  let plain = true;
  const words: string[] = [];
  let i = 0;
  while (i < n && wordUnitsAt(text, i, FOLDED_UNIT[text.charCodeAt(i)]!) === 0) i++;
  if (i > 0) plain = false;
  while (i < n) {
    // The word, lower-cased unit by unit where that is exact (as the matcher reads text).
    const start = i;
    const keyStart = out.length;
    let byUnit = true;
    let folds = false;
    for (;;) {
      if (i >= n) break;
      const code = text.charCodeAt(i);
      const unit = FOLDED_UNIT[code]!;
      const width = wordUnitsAt(text, i, unit);
      if (width === 0) break;
      if (unit !== code) folds = true;
      if (byUnit && width === 1 && (flagsOf(unit) & UNIT_SIMPLE_LOWER) !== 0) out.push(LOWER_UNIT[unit]!);
      else byUnit = false;
      i += width;
    }
    const word = folds ? foldForMatching(text.slice(start, i)) : text.slice(start, i);
    if (folds) plain = false;
    if (!byUnit) {
      out.length = keyStart;
      const lower = word.toLowerCase();
      for (let k = 0; k < lower.length; k++) out.push(lower.charCodeAt(k));
    }
    words.push(word);
    // The separator.
    const wordEnd = i;
    const gap = out.length;
    let newline = false;
    for (; i < n && wordUnitsAt(text, i, FOLDED_UNIT[text.charCodeAt(i)]!) === 0; i++) {
      const unit = FOLDED_UNIT[text.charCodeAt(i)]!;
      if (unit === NEWLINE) newline = true;
      else if ((flagsOf(unit) & UNIT_SPACE) === 0) out.push(unit);
    }
    if (i === n ? i !== wordEnd : i - wordEnd !== 1 || text.charCodeAt(wordEnd) !== SPACE) plain = false;
    if (i === n) out.length = gap; // nothing follows the last word
    else if (newline) {
      out.length = gap;
      out.push(NEWLINE);
    } else if (out.length === gap) out.push(SPACE);
  }
  return { words: plain ? text : words.join(' '), wordCount: words.length };
}
