/**
 * The article text a page declares in its JSON-LD (`articleBody`), used as a check on detection:
 * when the chosen body holds little of the declared text, another candidate that holds most of
 * it (and not much else) is the article. Word sets, not order: cheap and tolerant of the
 * declared text's own spacing and markup.
 */
import { ARTICLE_TYPES, hasType, type JsonObject } from './json-ld.ts';

/** Limits of the check. */
const DECLARED = {
  /** Fewer distinct words than this, and the declared text is a summary, not the body. */
  minWords: 60,
  /** The chosen body is trusted when it holds this share of the declared words. */
  trustedRecall: 0.7,
  /** A replacement must beat the chosen body's balance of recall and precision by this much. */
  minGain: 0.2,
};

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 1));
}

/** The distinct words of the declared article body, or null when there is none worth using. */
export function declaredBodyWords(ld: readonly JsonObject[]): Set<string> | null {
  for (const obj of ld) {
    if (!hasType(obj, ARTICLE_TYPES) || typeof obj.articleBody !== 'string') continue;
    // Some publishers put HTML in it.
    const text = obj.articleBody.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ');
    const set = words(text);
    if (set.size >= DECLARED.minWords) return set;
  }
  return null;
}

/** Recall, precision and their harmonic mean of `text`'s words against the declared ones. */
export function agreement(declared: ReadonlySet<string>, text: string): { recall: number; precision: number; f: number } {
  const found = words(text);
  let common = 0;
  for (const w of found) if (declared.has(w)) common++;
  const recall = declared.size ? common / declared.size : 0;
  const precision = found.size ? common / found.size : 0;
  return { recall, precision, f: recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0 };
}

/**
 * When `roots` hold too little of the declared body, the candidate (from `candidates`) that
 * agrees with it best, if it agrees clearly better; otherwise null.
 */
export function betterRootForDeclaredBody(declared: ReadonlySet<string>, roots: readonly Element[], candidates: Iterable<Element>): Element | null {
  const current = agreement(declared, roots.map((r) => r.textContent ?? '').join(' '));
  if (current.recall >= DECLARED.trustedRecall) return null;
  let best: Element | null = null;
  let bestF = current.f + DECLARED.minGain;
  for (const el of candidates) {
    const f = agreement(declared, el.textContent ?? '').f;
    if (f > bestF) {
      best = el;
      bestF = f;
    }
  }
  return best;
}
