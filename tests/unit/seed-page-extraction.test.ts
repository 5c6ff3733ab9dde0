import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../core/extract-article.ts';
import { paragraphsOf } from '../../core/flatten-text.ts';

const html = readFileSync('tests/fixtures/pages/seed/source.html', 'utf8');
const expected = JSON.parse(readFileSync('tests/fixtures/pages/seed/expected.json', 'utf8'));
const articleLines = readFileSync('../shared/fixtures/seed-article.txt', 'utf8')
  .split('\n')
  .map((l) => l.replace(/\s+/g, ' ').trim())
  .filter((l) => l.length > 40);

function extractSeed() {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, 'http://127.0.0.1/seed/');
}

describe('article detection on the seed page', () => {
  test('reads the metadata The Duran publishes', () => {
    const { metadata, isArticle } = extractSeed();
    expect(isArticle).toBe(true);
    expect(metadata).toMatchObject({
      title: expected.title,
      byline: expected.byline,
      siteName: expected.siteName,
      published: expected.published,
      lang: expected.lang,
    });
    expect(metadata.canonicalUrl).toMatch(/^https:\/\/theduran\.com\//);
  });

  test('keeps every paragraph of the article', () => {
    const text = paragraphsOf(extractSeed().flat);
    const missing = articleLines.filter((line) => !text.includes(line));
    expect(missing).toEqual([]);
  });

  test('leaves out the ticker, sidebar, related stories, comments and footer', () => {
    const text = extractSeed().flat.text;
    for (const outside of ['Macron', 'Theresa May', 'Kim Jong-un', 'Erdogan', 'Hillary Clinton', 'Subscribe', 'Related articles']) {
      expect(text, outside).not.toContain(outside);
    }
  });

  test('leaves out the article header furniture: category label, byline and date line, share bar', () => {
    const { flat, bodyStart, headline } = extractSeed();
    expect(headline?.textContent?.trim()).toBe(expected.title);
    // The text starts with the headline, then the first paragraph.
    expect(flat.text.slice(0, bodyStart).trim()).toBe(expected.title);
    expect(flat.text.slice(bodyStart)).toMatch(/^The single most important fact/);
    for (const furniture of ['Analysis\n', '| July 9, 2017', '5 Comments', 'Share on Facebook', 'Tweet', '1.2K shares']) {
      expect(flat.text, furniture).not.toContain(furniture);
    }
  });

  test('maps every character of the flattened text back to its text node', () => {
    const { flat } = extractSeed();
    for (const seg of flat.segments) {
      expect(flat.text.slice(seg.start, seg.start + seg.node.data.length)).toBe(seg.node.data.replace(/[\n\r\t]/g, ' '));
    }
  });
});
