import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { agreement, declaredBodyWords } from './declared-body.ts';
import { extractArticle } from './extract-article.ts';

const STORY = [
  'The harbour bridge will close for twelve weekends next year while engineers replace the deck, the council confirmed on Thursday.',
  'Trams on the number four and seven routes will stop on the north bank, and a shuttle bus will cross every eight minutes.',
  'Residents of the islands asked for the ferry timetable to be extended during the closures, and the operator said it would consider it.',
  'The works are expected to cost eighty-four million and to finish before the bridge turns one hundred years old.',
];
const CHATTER = 'Honestly, I think, and my neighbours agree, that the whole plan, from start to finish, is a mess, a waste, and a scandal. ';

describe('declaredBodyWords', () => {
  test('reads articleBody from an Article type, markup removed', () => {
    const words = declaredBodyWords([{ '@type': 'NewsArticle', articleBody: `<p>${STORY.join(' ')}</p>` }]);
    expect(words?.has('harbour')).toBe(true);
    expect(words?.has('p')).toBe(false);
  });

  test('a short summary or another type is not a body', () => {
    expect(declaredBodyWords([{ '@type': 'NewsArticle', articleBody: 'Bridge to close.' }])).toBeNull();
    expect(declaredBodyWords([{ '@type': 'WebPage', articleBody: STORY.join(' ') }])).toBeNull();
  });
});

describe('agreement', () => {
  test('recall and precision of words', () => {
    const declared = new Set(['bridge', 'deck', 'tram', 'ferry']);
    const a = agreement(declared, 'The bridge deck');
    expect(a.recall).toBe(0.5);
    expect(a.precision).toBeCloseTo(2 / 3);
  });
});

describe('extraction with a declared body', () => {
  test('the declared article wins over a longer block of reader chatter', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Bridge to close', articleBody: STORY.join('\n\n') });
    const html = `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body>
      <div id="story"><div><p>${STORY[0]}</p><p>${STORY[1]}</p></div><div><p>${STORY[2]}</p><p>${STORY[3]}</p></div></div>
      <div id="talk">${`<div><p>${CHATTER.repeat(3)}</p></div>`.repeat(8)}</div></body></html>`;
    const article = extractArticle(parseHTML(html).document as unknown as Document, null, { force: true });
    expect(article.roots.map((r) => r.id)).toEqual(['story']);
  });
});
