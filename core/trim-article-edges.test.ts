import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { trimArticleEdges } from './trim-article-edges.ts';
import { runSteps, walkPage } from './walk-page.ts';

const PARAGRAPH = 'The council met on Tuesday, and the vote on the bridge, the ferry and the budget was postponed again, to the dismay of residents.';

function trim(body: string, headlineId?: string) {
  const { document } = parseHTML(`<!doctype html><html><body><article id="root">${body}</article></body></html>`);
  const doc = document as unknown as Document;
  const walk = runSteps(walkPage(doc.documentElement, { stripUnlikely: false }));
  const headline = headlineId ? doc.getElementById(headlineId) : null;
  const skip = new Set<Element>(headline ? [headline] : []);
  const dropped = trimArticleEdges([doc.getElementById('root')!], skip, walk, headline);
  return dropped.map((el) => el.id || el.textContent?.trim());
}

describe('trimArticleEdges', () => {
  test('header furniture before the first paragraph goes: label, byline, date, comment count', () => {
    const dropped = trim(`
      <a id="cat" href="/category/analysis/">Analysis</a>
      <h1 id="h">Summing up the meeting</h1>
      <div id="meta"><span>By <a rel="author" href="/a">Alexander Mercouris</a></span> | <time datetime="2017-07-09">July 9, 2017</time> | <a href="#comments">5 Comments</a></div>
      <p id="p1">${PARAGRAPH}</p><p>${PARAGRAPH}</p>`, 'h');
    expect(dropped).toEqual(expect.arrayContaining(['cat', 'meta']));
    expect(dropped).not.toContain('p1');
  });

  test('bylines and datelines in their own paragraphs, and a share prompt at the end', () => {
    const dropped = trim(`<p id="by">By Jane Doe</p><p id="date">Updated 22 December 2016</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p id="share">Share</p>`);
    expect(dropped).toEqual(['by', 'date', 'share']);
  });

  test('short lines and headings between paragraphs are the story', () => {
    const dropped = trim(`<p>${PARAGRAPH}</p><h2 id="sub">What happens next</h2><p id="short">It failed.</p><p>${PARAGRAPH}</p><h3 id="end">Notes</h3><p>${PARAGRAPH}</p>`);
    expect(dropped).toEqual([]);
  });

  test('the last line is kept when it reads as a sentence; a tag list goes', () => {
    const dropped = trim(`<p>${PARAGRAPH}</p><p id="end">Ends.</p><div id="tags"><a href="/t/a">Bridges</a>, <a href="/t/b">Council</a></div>`);
    expect(dropped).toEqual(['tags']);
  });

  test('short cells of a table at the start are data, not furniture', () => {
    expect(trim(`<table><tr><td id="c1">Founded</td><td>1934</td></tr></table><p>${PARAGRAPH}</p>`)).toEqual([]);
  });

  test('a body without prose is left alone', () => {
    expect(trim('<p>By Jane Doe</p><p>Short.</p>')).toEqual([]);
  });
});
