import { describe, expect, test } from 'vitest';
import { mergeMentions } from './merge-mentions.ts';
import type { Mention } from './match-entities.ts';

const m = (start: number, end: number, id: string): Mention => ({ start, end, id, kind: 'person', alias: id, rule: 'always' });

describe('mergeMentions', () => {
  test('one list is returned as it is', () => {
    expect(mergeMentions([[m(0, 3, 'a'), m(5, 8, 'b')], []])).toEqual([m(0, 3, 'a'), m(5, 8, 'b')]);
  });

  test('interleaves lists in text order; overlaps go to the earliest start, then the longest, then the earlier list', () => {
    const first = [m(0, 5, 'a'), m(10, 14, 'b'), m(20, 24, 'c')];
    const second = [m(3, 8, 'x'), m(10, 18, 'y'), m(20, 24, 'z'), m(30, 33, 'w')];
    expect(mergeMentions([first, second])).toEqual([m(0, 5, 'a'), m(10, 18, 'y'), m(20, 24, 'c'), m(30, 33, 'w')]);
  });
});
