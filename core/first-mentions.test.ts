import { describe, expect, test } from 'vitest';
import { firstMentionPerSection } from './first-mentions.ts';
import type { Mention } from './match-entities.ts';

const m = (start: number, id: string): Mention => ({ start, end: start + 3, id, kind: 'person', alias: id, rule: 'always' });

describe('firstMentionPerSection', () => {
  test('keeps the first mention of each entry in each section', () => {
    const mentions = [m(0, 'a'), m(10, 'a'), m(20, 'b'), m(50, 'a'), m(60, 'b'), m(70, 'b')];
    expect(firstMentionPerSection(mentions, [40]).map((x) => `${x.start}${x.id}`)).toEqual(['0a', '20b', '50a', '60b']);
  });

  test('with no headings the whole article is one section', () => {
    expect(firstMentionPerSection([m(0, 'a'), m(9, 'a')], [])).toHaveLength(1);
  });

  test('no mentions, nothing kept', () => {
    expect(firstMentionPerSection([], [5])).toEqual([]);
  });
});
