/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark): texts are
 * split into `\w+` tokens, compared as multisets of 4-token shingles, and each page's true/false
 * positives and negatives are normalised to sum to 1 so long pages weigh no more than short ones.
 * Precision and recall are averaged over pages; F1 is taken from the two averages.
 */

/** Python's Unicode `\w`: letters, numbers and the underscore (combining marks split tokens). */
const TOKEN = /[\p{L}\p{N}_]+/gu;
/** Tokens per shingle. */
const SHINGLE_SIZE = 4;
/** Joins a shingle's tokens into one key; no token can hold it. */
const JOIN = '\u0001';

/** One page's normalised counts (they sum to 1, or are all 0 when both texts are empty). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Averaged scores over pages. */
export interface ShingleScores {
  precision: number;
  recall: number;
  f1: number;
}

/** The `\w+` tokens of `text`. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingle counts; a text shorter than a shingle is one shingle of all its tokens. */
function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + SHINGLE_SIZE);
    if (slice.length === 0) continue;
    const key = slice.join(JOIN);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Compare a predicted article body with the reference one. */
export function shingleCounts(reference: string, predicted: string): PageCounts {
  const truth = shingles(reference);
  const pred = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, p] of pred) {
    const t = truth.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
  }
  for (const [key, t] of truth) fn += Math.max(0, t - (pred.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Precision of one page, as the benchmark defines it. */
export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Recall of one page, as the benchmark defines it. */
export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Averages over pages: precision over pages that predicted something, recall over pages whose
 * reference holds something (an empty prediction costs recall, not precision).
 */
export function scorePages(pages: readonly PageCounts[]): ShingleScores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
