import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanDocumentTitle, readArticleMetadata } from './article-metadata.ts';

function read(head: string, body = '', url: string | null = null, lang = 'en-GB') {
  const { document } = parseHTML(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);
  return readArticleMetadata(document as unknown as Document, url);
}

const LD = (obj: object) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('readArticleMetadata', () => {
  test('JSON-LD first: headline, authors, publisher, day published', () => {
    const m = read(
      LD({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Bridge vote delayed', author: [{ name: 'Ana Ribeiro' }, { name: 'Tomas Lind' }], publisher: { name: 'The Ledger' }, datePublished: '2024-05-14T23:10:00-04:00' }) +
        '<meta property="og:title" content="Other title"><meta property="article:published_time" content="2024-05-15T03:10:00Z">',
    );
    expect(m).toMatchObject({ title: 'Bridge vote delayed', byline: 'Ana Ribeiro, Tomas Lind', siteName: 'The Ledger', published: '2024-05-14', lang: 'en' });
  });

  test('JSON-LD in a @graph, with a type list', () => {
    const m = read(LD({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['Article'], headline: 'In the graph', datePublished: '2020-01-02' }] }));
    expect(m).toMatchObject({ title: 'In the graph', published: '2020-01-02' });
  });

  test('meta tags: property wins over name, Dublin Core keys read with dots', () => {
    const m = read('<meta name="dc.title" content="By name"><meta property="dc:title" content="By property"><meta name="DC.creator" content="Jong, Michiel de">');
    expect(m).toMatchObject({ title: 'By property', byline: 'Jong, Michiel de' });
  });

  test('an author meta that is a URL is not a byline; the visible byline is', () => {
    const m = read('<meta property="article:author" content="https://facebook.com/someone">', '<p class="byline">By <a rel="author">Jane Doe</a></p>');
    expect(m.byline).toBe('Jane Doe');
  });

  test('escaped entities in meta values are decoded', () => {
    expect(read('<meta property="og:title" content="Fish &amp;amp; chips &#x1F600;">').title).toBe('Fish & chips 😀');
  });

  test('the published day from itemprop, <time>, then the URL', () => {
    expect(read('', '<span itemprop="datePublished" content="2019-03-04T10:00:00+01:00">4 March</span>').published).toBe('2019-03-04');
    expect(read('', '<time datetime="2018-01-02">2 Jan</time><time class="entry-date published" datetime="2018-01-05">5 Jan</time>').published).toBe('2018-01-05');
    expect(read('', '<time>July 9, 2017</time>').published).toBe('2017-07-09');
    expect(read('<link rel="canonical" href="https://example.com/2016/02/29/leap/">').published).toBe('2016-02-29');
    expect(read('', '', 'https://example.com/news/2015/3/7/story').published).toBe('2015-03-07');
    expect(read('', '').published).toBeNull();
  });

  test('language: the primary subtag of html lang, else the locale meta', () => {
    expect(read('', '', null, 'pt-BR').lang).toBe('pt');
    expect(read('<meta property="og:locale" content="de_DE">', '', null, '').lang).toBe('de');
  });

  test('canonical address and site name fallbacks', () => {
    const m = read('<link rel="canonical" href="https://example.com/a"><meta property="og:site_name" content="Example News">');
    expect(m).toMatchObject({ canonicalUrl: 'https://example.com/a', siteName: 'Example News' });
  });
});

describe('cleanDocumentTitle', () => {
  function title(t: string, body = '') {
    const { document } = parseHTML(`<!doctype html><html><head><title>${t}</title></head><body>${body}</body></html>`);
    return cleanDocumentTitle(document as unknown as Document);
  }

  test('the site name after a separator goes', () => {
    expect(title('Council splits over bridge funding | The Northern Ledger')).toBe('Council splits over bridge funding');
    expect(title('Council splits over bridge funding – The Ledger')).toBe('Council splits over bridge funding');
  });

  test('too few words left: the site name was first', () => {
    expect(title('The Ledger | Council splits over bridge funding today')).toBe('Council splits over bridge funding today');
  });

  test('a colon title matching a heading stays whole', () => {
    expect(title('Bridges: what the repair will cost', '<h1>Bridges: what the repair will cost</h1>')).toBe('Bridges: what the repair will cost');
  });

  test('short titles stay as they are', () => {
    expect(title('Home | Ledger')).toBe('Home | Ledger');
    expect(title('')).toBeNull();
  });
});
