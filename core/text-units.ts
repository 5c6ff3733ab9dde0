/**
 * What the matcher needs to know about one UTF-16 unit of folded text, looked up in a table
 * instead of asked of a regular expression: is it part of a word (`WORD_PATTERN`), is it white
 * space (`\s`), and what is its lower-case form. The tables fill on first use of each unit, so a
 * page touches only the few hundred units it contains.
 */

/** The unit is a letter, combining mark or digit (`[\p{L}\p{M}\p{N}]`). */
export const UNIT_WORD = 1;
/** The unit is white space as `\s` means it. */
export const UNIT_SPACE = 2;
/** `LOWER_UNIT` holds the unit's lower-case form, and lower-casing a word unit by unit is exact. */
export const UNIT_SIMPLE_LOWER = 4;
/** Half of a surrogate pair: whether it is a word character depends on the pair. */
export const UNIT_SURROGATE = 8;
const UNIT_KNOWN = 16;

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const WHITE_SPACE = /^\s$/;
/** Greek capital sigma lower-cases to ς or σ depending on where it stands in the word. */
const CAPITAL_SIGMA = 0x03a3;

/** Flags per unit; 0 until the unit is first classified. */
export const UNIT_FLAGS = new Uint8Array(0x10000);
/** Lower-case form per unit, valid where `UNIT_SIMPLE_LOWER` is set. */
export const LOWER_UNIT = new Uint16Array(0x10000);

/** Classify `code` (a folded UTF-16 unit), remember it, and return its flags. */
export function classifyUnit(code: number): number {
  let flags = UNIT_KNOWN;
  if (code >= 0xd800 && code <= 0xdfff) {
    flags |= UNIT_SURROGATE;
  } else {
    const ch = String.fromCharCode(code);
    if (WORD_CHARACTER.test(ch)) flags |= UNIT_WORD;
    if (WHITE_SPACE.test(ch)) flags |= UNIT_SPACE;
    const lower = ch.toLowerCase();
    // "İ" lower-cases to two units; a capital sigma's form depends on its neighbours.
    if (lower.length === 1 && code !== CAPITAL_SIGMA) {
      flags |= UNIT_SIMPLE_LOWER;
      LOWER_UNIT[code] = lower.charCodeAt(0);
    }
  }
  UNIT_FLAGS[code] = flags;
  return flags;
}

const astralWords = new Map<number, boolean>();

/** How many units of word character start at `i`: 0, 1, or 2 for a letter outside the BMP. */
export function wordUnitsAt(text: string, i: number, folded: number): number {
  let flags = UNIT_FLAGS[folded]!;
  if (flags === 0) flags = classifyUnit(folded);
  if ((flags & UNIT_SURROGATE) === 0) return flags & UNIT_WORD;
  const point = text.codePointAt(i)!;
  if (point <= 0xffff) return 0; // a lone surrogate is no letter
  let isWord = astralWords.get(point);
  if (isWord === undefined) astralWords.set(point, (isWord = WORD_CHARACTER.test(String.fromCodePoint(point))));
  return isWord ? 2 : 0;
}
