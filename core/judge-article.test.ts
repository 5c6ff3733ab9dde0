import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { EVIDENCE, THRESHOLD, judgeArticle, quickPageCheck, type BodyMeasures } from './judge-article.ts';
import { readPageSignals, type PageSignals } from './page-signals.ts';
import { jsonLdObjects } from './json-ld.ts';

function signals(html: string, url: string | null = null): PageSignals {
  const page = /<html[\s>]/.test(html) ? html : `<!doctype html><html>${/<body[\s>]/.test(html) ? html : `<head>${html}</head><body></body>`}</html>`;
  const doc = parseHTML(page).document as unknown as Document;
  return readPageSignals(doc, jsonLdObjects(doc), url);
}

const NONE: PageSignals = { declaresArticle: false, declaresLiveBlog: false, declaresOther: false, isSiteRoot: false, isApplication: false, proseUpperBound: 5000 };
const ARTICLE_BODY: BodyMeasures = { proseChars: 3000, proseBlocks: 12, linkedHeadings: 0, nestedArticles: 0, posts: 0, controls: 0 };

describe('readPageSignals', () => {
  test('declared types: JSON-LD, Open Graph, microdata', () => {
    expect(signals('<script type="application/ld+json">{"@type":"NewsArticle"}</script>').declaresArticle).toBe(true);
    expect(signals('<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["BlogPosting"]}]}</script>').declaresArticle).toBe(true);
    expect(signals('<meta property="og:type" content="article">').declaresArticle).toBe(true);
    expect(signals('<body><div itemscope itemtype="https://schema.org/NewsArticle"></div></body>').declaresArticle).toBe(true);
    expect(signals('<meta property="og:type" content="video.other">').declaresOther).toBe(true);
    expect(signals('<script type="application/ld+json">{"@type":"SearchResultsPage"}</script>').declaresOther).toBe(true);
    expect(signals('<script type="application/ld+json">{"@type":"LiveBlogPosting"}</script>').declaresLiveBlog).toBe(true);
    expect(signals('<script type="application/ld+json">{ broken').declaresArticle).toBe(false);
  });

  test('a canonical address at the site root is a home page', () => {
    expect(signals('<link rel="canonical" href="https://example.com/">').isSiteRoot).toBe(true);
    expect(signals('<link rel="canonical" href="https://example.com/2024/05/story">').isSiteRoot).toBe(false);
    expect(signals('<html></html>', 'https://example.com/').isSiteRoot).toBe(true);
    expect(signals('<html></html>', 'https://example.com/?q=x').isSiteRoot).toBe(false);
  });

  test('an application role holding the page', () => {
    expect(signals('<body><div role="application"><p>Inbox</p></div></body>').isApplication).toBe(true);
    expect(signals('<body><p>A long story about many things.</p><div role="application">x</div></body>').isApplication).toBe(false);
  });

  test('the prose bound counts paragraph text, not menus', () => {
    const long = 'A sentence of prose that runs on for a while, as articles do. '.repeat(3);
    expect(signals(`<body><p>${long}</p><p><a href="/">${long}</a></p></body>`).proseUpperBound).toBeGreaterThan(300);
    expect(signals(`<body><ul>${'<li><a href="/">Short item</a></li>'.repeat(50)}</ul></body>`).proseUpperBound).toBe(0);
  });
});

describe('quickPageCheck', () => {
  test('pages without prose, or that say they are something else and have little, stop early', () => {
    expect(quickPageCheck({ ...NONE, proseUpperBound: 100 })).toBe(false);
    expect(quickPageCheck({ ...NONE, isApplication: true, proseUpperBound: 600 })).toBe(false);
    expect(quickPageCheck(NONE)).toBe(true);
  });
});

describe('judgeArticle', () => {
  test('a body of prose is an article; more so when the page says so', () => {
    const plain = judgeArticle(NONE, ARTICLE_BODY);
    expect(plain.isArticle).toBe(true);
    expect(judgeArticle({ ...NONE, declaresArticle: true }, ARTICLE_BODY).score).toBeCloseTo(plain.score + EVIDENCE.declaredArticle);
  });

  test('too little prose is never an article', () => {
    expect(judgeArticle({ ...NONE, declaresArticle: true }, { ...ARTICLE_BODY, proseChars: 200, proseBlocks: 2 }).isArticle).toBe(false);
  });

  test('listings, feeds and apps are not articles', () => {
    expect(judgeArticle(NONE, { ...ARTICLE_BODY, proseChars: 900, proseBlocks: 8, linkedHeadings: 8 }).evidence.listing).toBe(EVIDENCE.listing);
    expect(judgeArticle(NONE, { ...ARTICLE_BODY, proseChars: 900, proseBlocks: 8, linkedHeadings: 8 }).isArticle).toBe(false);
    expect(judgeArticle(NONE, { ...ARTICLE_BODY, proseChars: 1200, posts: 6 }).isArticle).toBe(false);
    expect(judgeArticle(NONE, { ...ARTICLE_BODY, proseChars: 900, proseBlocks: 3, controls: 12 }).isArticle).toBe(false);
    expect(judgeArticle({ ...NONE, isSiteRoot: true }, { ...ARTICLE_BODY, proseChars: 1000 }).isArticle).toBe(false);
  });

  test('a live blog is many dated posts and still an article', () => {
    expect(judgeArticle({ ...NONE, declaresArticle: true, declaresLiveBlog: true }, { ...ARTICLE_BODY, posts: 12 }).isArticle).toBe(true);
  });

  test('a long article keeps a few linked subheads', () => {
    expect(judgeArticle(NONE, { ...ARTICLE_BODY, linkedHeadings: 2 }).isArticle).toBe(true);
  });

  test('the verdict is the evidence against one threshold', () => {
    const v = judgeArticle(NONE, ARTICLE_BODY);
    expect(v.score).toBeCloseTo(Object.values(v.evidence).reduce((a, b) => a + b, 0));
    expect(v.isArticle).toBe(v.score >= THRESHOLD);
  });
});
