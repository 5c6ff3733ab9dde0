import { describe, expect, test } from 'vitest';
import { pagePrecision, pageRecall, scorePages, shingleCounts, tokenize } from './shingle-score.ts';

describe('tokenize', () => {
  test('\\w+ runs in any script; punctuation and marks split', () => {
    expect(tokenize("Putin's G20 — Hamburg, 2017")).toEqual(['Putin', 's', 'G20', 'Hamburg', '2017']);
    expect(tokenize('Aktuálně.cz 新竹 snake_case')).toEqual(['Aktuálně', 'cz', '新竹', 'snake_case']);
    expect(tokenize('  ')).toEqual([]);
  });
});

describe('shingleCounts', () => {
  test('identical texts are all true positives', () => {
    expect(shingleCounts('one two three four five', 'one two three four five')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  test('counts are normalised to sum to 1', () => {
    // Reference shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x].
    const c = shingleCounts('a b c d e', 'a b c d x');
    expect(c.tp).toBeCloseTo(1 / 3);
    expect(c.fp).toBeCloseTo(1 / 3);
    expect(c.fn).toBeCloseTo(1 / 3);
  });

  test('shingles are a multiset: a repeated passage must be predicted twice', () => {
    const c = shingleCounts('w x y z w x y z', 'w x y z');
    expect(c.fp).toBe(0);
    expect(c.fn).toBeGreaterThan(0);
  });

  test('a text shorter than a shingle is one shingle', () => {
    expect(shingleCounts('two words', 'two words')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(shingleCounts('two words', 'two other')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  test('empty prediction: all false negatives; both empty: nothing', () => {
    expect(shingleCounts('a b c d', '')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(shingleCounts('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  test('case matters, as in the benchmark', () => {
    expect(shingleCounts('A b c d', 'a b c d').tp).toBe(0);
  });
});

describe('page precision and recall', () => {
  test('edge cases follow the benchmark', () => {
    expect(pagePrecision({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(pageRecall({ tp: 0, fp: 0, fn: 1 })).toBe(0);
    expect(pagePrecision({ tp: 0, fp: 1, fn: 0 })).toBe(0);
    expect(pagePrecision({ tp: 0.5, fp: 0.25, fn: 0.25 })).toBeCloseTo(2 / 3);
  });
});

describe('scorePages', () => {
  test('averages over pages, F1 from the averages', () => {
    const s = scorePages([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0.5, fp: 0.5, fn: 0 },
    ]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(1);
    expect(s.f1).toBeCloseTo((2 * 0.75) / 1.75);
  });

  test('a page with no prediction counts against recall, not precision', () => {
    const s = scorePages([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0, fp: 0, fn: 1 },
    ]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
  });

  test('no pages score zero', () => {
    expect(scorePages([])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
