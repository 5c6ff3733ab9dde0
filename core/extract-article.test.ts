import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { articleBodyText, extractArticle } from './extract-article.ts';

const SENTENCE = 'The council met on Tuesday, and the vote on the bridge, the ferry and the budget was postponed again. ';
const PARAGRAPH = SENTENCE.repeat(3).trim();

function page(body: string, head = '<title>Council delays the bridge vote again | The Ledger</title>'): Document {
  return parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

const STORY = `
  <header class="site-header"><a href="/">The Ledger</a><nav><a href="/politics">Politics</a> <a href="/world">World</a></nav></header>
  <main>
    <article>
      <header class="entry-header">
        <a class="cat-label" href="/category/politics/">Politics</a>
        <h1 id="headline">Council delays the bridge vote again</h1>
        <div class="entry-meta">By <a rel="author" href="/a/ana">Ana Ribeiro</a> | <time datetime="2024-05-14">May 14, 2024</time> | <a href="#comments">12 Comments</a></div>
      </header>
      <div class="entry-content" id="body">
        <p>${PARAGRAPH}</p>
        <figure><img src="bridge.jpg" alt=""><figcaption id="caption">The harbour bridge at dusk. <span class="credit">Photo: Lena Berg</span></figcaption></figure>
        <p>${PARAGRAPH}</p>
        <p hidden>Hidden text.</p><p aria-hidden="true">Aria-hidden text.</p><script>var x = 1;</script><style>p{}</style><template><p>Template text.</p></template>
        <form><input value="Typed text"><textarea>Draft text</textarea><button>Send</button></form>
        <div contenteditable="true">Editable text.</div>
        <div class="ad-slot"><span>Advertisement</span></div>
        <p>${PARAGRAPH}</p>
        <p>${PARAGRAPH}</p>
      </div>
    </article>
    <aside class="sidebar"><h2>Most read</h2><ul><li><a href="/x">Something else entirely</a></li></ul></aside>
  </main>
  <footer>© The Ledger</footer>`;

describe('extractArticle', () => {
  test('returns live nodes of the page and leaves the page as it was', () => {
    const doc = page(STORY);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, 'https://ledger.example/politics/2024/05/14/bridge/');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(article.isArticle).toBe(true);
    expect(article.roots.map((r) => r.id)).toEqual(['body']);
    expect(article.headline?.id).toBe('headline');
    for (const seg of article.flat.segments) {
      expect(doc.documentElement.contains(seg.node)).toBe(true);
      expect(article.flat.text.slice(seg.start, seg.start + seg.node.data.length)).toBe(seg.node.data.replace(/[\n\r\t]/g, ' '));
    }
  });

  test('reads the headline first, then the body; leaves out what no reader sees or types', () => {
    const { flat, bodyStart } = extractArticle(page(STORY));
    expect(flat.text.slice(0, bodyStart).trim()).toBe('Council delays the bridge vote again');
    expect(flat.text).toContain('The harbour bridge at dusk.');
    for (const unread of ['Hidden', 'Aria-hidden', 'var x', 'Template', 'Typed', 'Draft', 'Send', 'Editable', 'Advertisement', 'Photo: Lena Berg', 'Most read', 'Politics', '12 Comments', 'May 14, 2024', '©']) {
      expect(flat.text, unread).not.toContain(unread);
    }
  });

  test('header furniture goes even when nothing in its markup names it', () => {
    const plain = STORY.replace('<header class="entry-header">', '<div>').replace('</header>\n      <div class="entry-content" id="body">', '</div>\n      <div id="body">')
      .replace('class="cat-label" ', '').replace('<div class="entry-meta">', '<div>');
    const { flat, bodyStart } = extractArticle(page(plain));
    expect(flat.text.slice(0, bodyStart).trim()).toBe('Council delays the bridge vote again');
    expect(flat.text.slice(bodyStart).trim().startsWith(PARAGRAPH)).toBe(true);
  });

  test('the body text for scoring has no headline and no captions', () => {
    const article = extractArticle(page(STORY));
    const body = articleBodyText(article);
    expect(body.startsWith(PARAGRAPH)).toBe(true);
    expect(body).not.toContain('harbour bridge at dusk');
    expect(body.split('\n')).toHaveLength(4);
    expect(article.captions).toHaveLength(1);
  });

  test("the browser's visibility test leaves out what CSS hides", () => {
    const doc = page(STORY.replace('<p>' + PARAGRAPH + '</p>\n        <figure>', '<p class="css-hidden">Hidden by CSS only.</p><p>' + PARAGRAPH + '</p>\n        <figure>'));
    const text = extractArticle(doc, null, { isHidden: (el) => el.classList.contains('css-hidden') }).flat.text;
    expect(text).not.toContain('Hidden by CSS only');
  });

  test('an article split by an ad reads as several roots, in order', () => {
    const doc = page(`<div id="wrap"><div class="story-text" id="a"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>
      <div class="ad-wrapper" id="ad"><a href="/buy">Buy</a></div>
      <div class="story-text" id="b"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div></div>`);
    const article = extractArticle(doc);
    expect(article.roots.map((r) => r.id)).toEqual(['a', 'b']);
    expect(articleBodyText(article).split('\n')).toHaveLength(5);
  });

  test('a page without an article returns nothing to read, unless forced', () => {
    const doc = page(`<nav>${'<a href="/x">A link</a> '.repeat(40)}</nav><p>Welcome.</p>`);
    const article = extractArticle(doc);
    expect(article).toMatchObject({ isArticle: false, roots: [], headline: null, flat: { text: '', segments: [] } });
    expect(extractArticle(doc, null, { force: true }).flat.text).toContain('Welcome.');
  });

  test('the same article under jsdom as under linkedom', () => {
    const html = readFileSync('tests/fixtures/pages/seed/source.html', 'utf8');
    const viaLinkedom = extractArticle(parseHTML(html).document as unknown as Document);
    const viaJsdom = extractArticle(new JSDOM(html).window.document as unknown as Document);
    expect(viaJsdom.flat.text).toBe(viaLinkedom.flat.text);
    expect(viaJsdom.metadata).toEqual(viaLinkedom.metadata);
  });
});

describe('pages that are not articles', () => {
  const dir = 'tests/fixtures/non-articles';
  const slugs = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  test('there are fixtures for every kind the issue names', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
  });

  test.each(slugs)('%s is not an article', (slug) => {
    const doc = parseHTML(readFileSync(`${dir}/${slug}/source.html`, 'utf8')).document as unknown as Document;
    const article = extractArticle(doc);
    expect(article.isArticle, JSON.stringify(article.verdict?.evidence)).toBe(false);
    expect(article.flat.text).toBe('');
  });
});
