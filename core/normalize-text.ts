/**
 * Text normalisation shared by the matcher and the pack compiler. Folding is length-preserving
 * (one UTF-16 unit in, one out), so an offset into the folded text is an offset into the page's
 * text: no second map is needed to paint a match.
 */

const APOSTROPHES = '\u2019\u2018\u02BC\u2032\u0060\u00B4';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const SPACES = '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t\r\f\v';

/** Built once: every character that folds, mapped to what it folds to. */
const FOLD_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const ch of APOSTROPHES) map.set(ch, "'");
  for (const ch of DASHES) map.set(ch, '-');
  for (const ch of SPACES) map.set(ch, ' ');
  // Latin letters with diacritics fold to their base letter when that is a single ASCII letter
  // ("Poroșenko" and "Poroshenko" still differ, but "Zelenskyy"/"Zelenskyÿ" and "Erdoğan"/"Erdogan" meet).
  for (let code = 0xc0; code <= 0x24f; code++) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize('NFD')[0];
    if (base && base !== ch && /^[A-Za-z]$/.test(base)) map.set(ch, base);
  }
  return map;
})();

const FOLD_PATTERN = new RegExp(`[${[...FOLD_MAP.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/**
 * Fold typographic apostrophes, dashes, exotic spaces and Latin diacritics to their plain forms,
 * keeping the length. Newlines stay: they mark block boundaries, which names never cross.
 */
export function foldForMatching(text: string): string {
  return text.replace(FOLD_PATTERN, (ch) => FOLD_MAP.get(ch) ?? ch);
}

/**
 * `foldForMatching` for one UTF-16 unit: `FOLDED_UNIT[code]` is the code it folds to (itself when it
 * does not fold). Lets the matcher fold as it scans instead of copying the text first.
 */
export const FOLDED_UNIT: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = code;
  for (const [from, to] of FOLD_MAP) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();

/** The word pattern: runs of letters, combining marks and digits. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of `text`, in order (case as written). */
export function tokenize(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}
