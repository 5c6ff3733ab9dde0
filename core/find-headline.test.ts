import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { findHeadline, textSimilarity, wordTokens } from './find-headline.ts';

function doc(body: string): Document {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
}

describe('textSimilarity', () => {
  test('share of the second text made of words from the first', () => {
    expect(textSimilarity('Council splits over bridge funding | The Ledger', 'Council splits over bridge funding')).toBe(1);
    expect(textSimilarity('Council splits over bridge funding', 'Council splits over bridge funding | The Ledger')).toBeLessThan(0.8);
    expect(textSimilarity('', 'anything')).toBe(0);
  });

  test('words in any script', () => {
    expect(wordTokens('Aktuálně: Česká vláda, 2021')).toEqual(['aktuálně', 'česká', 'vláda', '2021']);
  });
});

describe('findHeadline', () => {
  const title = 'Council splits over harbour bridge funding';

  test('the heading matching the declared title, not the logo or a section heading', () => {
    const d = doc(`<header><h1 class="logo">The Ledger</h1></header>
      <article><h2>Politics</h2><h1 id="h">Council splits over harbour bridge funding</h1><p>Text.</p><h2>Council reaction</h2></article>`);
    expect(findHeadline(d, [title])?.id).toBe('h');
  });

  test('a title with the site name around it still finds the heading', () => {
    const d = doc('<h1 id="h">Council splits over harbour bridge funding</h1>');
    expect(findHeadline(d, ['Council splits over harbour bridge funding – The Northern Ledger'])?.id).toBe('h');
  });

  test('headings that are only part of the title, or hidden ones, do not count', () => {
    expect(findHeadline(doc('<h2>Council</h2>'), [title])).toBeNull();
    expect(findHeadline(doc(`<h1 hidden>${title}</h1>`), [title])).toBeNull();
    expect(findHeadline(doc(`<nav><h2>${title}</h2></nav>`), [title])).toBeNull();
  });

  test('no title, no headline', () => {
    expect(findHeadline(doc(`<h1>${title}</h1>`), [null, ''])).toBeNull();
  });
});
