import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanArticle, isDataTable, keptTextLength } from './clean-article.ts';
import { runSteps, walkPage } from './walk-page.ts';

const PARAGRAPH = '<p>The council met on Tuesday, and the vote on the bridge, the ferry and the budget was postponed again, to the dismay of residents who had waited for months.</p>';

function clean(body: string, options = { conditionally: true, weightClasses: true }) {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${body}</div></body></html>`);
  const doc = document as unknown as Document;
  const walk = runSteps(walkPage(doc.documentElement, { stripUnlikely: false }));
  const root = doc.getElementById('root')!;
  const skip = runSteps(cleanArticle([root], root, walk, options));
  return { doc, skip, walk, root, left: (id: string) => skip.has(doc.getElementById(id)!) };
}

describe('cleanArticle', () => {
  test('keeps the prose and leaves out share boxes, credits and linky boxes', () => {
    const { left } = clean(`
      ${PARAGRAPH.replace('<p>', '<p id="p1">')}
      <div class="share-tools" id="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
      <figure id="fig"><img src="a.jpg"><figcaption id="cap">The bridge at dusk. <span class="credit" id="credit">Photo: A. Smith</span></figcaption></figure>
      ${PARAGRAPH}
      <div id="more"><b>More:</b>${'<div><a href="/other">Another story you may like</a></div>'.repeat(6)}</div>
      <ul id="sources">${'<li><a href="/source">A source the author cites</a></li>'.repeat(4)}</ul>
      ${PARAGRAPH}`);
    expect(left('p1')).toBe(false);
    expect(left('share')).toBe(true);
    expect(left('credit')).toBe(true);
    expect(left('cap')).toBe(false);
    expect(left('more')).toBe(true);
    // A list of links on its own is the author's (sources, bug lists), as Readability keeps it.
    expect(left('sources')).toBe(false);
  });

  test('a lone "Advertisement" label and a gallery of images go', () => {
    const { left } = clean(`${PARAGRAPH}<div id="ad"><div>Advertisement</div><div><img src="x"></div></div>
      <div id="gallery"><div><img src="1"></div><div><img src="2"></div><div><img src="3"></div><span>Gallery</span></div>${PARAGRAPH}`);
    expect(left('ad')).toBe(true);
    expect(left('gallery')).toBe(true);
  });

  test('labels between paragraphs and pointers to other stories go; ordinary short lines stay', () => {
    const { left } = clean(`${PARAGRAPH}<p id="ad">Advertisement</p><p id="cont">Story continues below advertisement</p>
      <p id="rel">Related: <a href="/x">Ferry fares to rise again in June</a></p>
      <h3 id="more">More on this story</h3><ul id="list"><li><a href="/a">Bridge costs explained</a></li><li><a href="/b">Tram diversions</a></li></ul>
      ${PARAGRAPH}<p id="short">More than 200 people came.</p><p id="link"><a href="/report">The full report</a> is online.</p>${PARAGRAPH}`);
    expect(['ad', 'cont', 'rel', 'more', 'list'].map(left)).toEqual([true, true, true, true, true]);
    expect(['short', 'link'].map(left)).toEqual([false, false]);
  });

  test('furniture names do not remove a container that holds the story', () => {
    const { left } = clean(`<div class="story-body-supplemental" id="body">${PARAGRAPH.repeat(4)}</div>`);
    expect(left('body')).toBe(false);
  });

  test('data tables and what holds them stay, even with short linky cells', () => {
    const rows = '<tr><td><a href="/a">A</a></td><td>1</td><td>2</td></tr>'.repeat(12);
    const { left, doc } = clean(`${PARAGRAPH}<div id="wrap"><table id="data"><thead><tr><th>Name</th><th>X</th><th>Y</th></tr></thead>${rows}</table></div>${PARAGRAPH}`);
    expect(isDataTable(doc.getElementById('data')!)).toBe(true);
    expect(left('data')).toBe(false);
    expect(left('wrap')).toBe(false);
  });

  test('without conditional cleaning only named furniture goes', () => {
    const { left } = clean(`${PARAGRAPH}<ul id="more">${'<li><a href="/o">Another story</a></li>'.repeat(6)}</ul>`, { conditionally: false, weightClasses: true });
    expect(left('more')).toBe(false);
  });

  test('kept text length leaves skipped subtrees out once', () => {
    const { root, walk, skip } = clean(`${PARAGRAPH}<div class="share" id="s"><a href="#">Share this story</a></div>`);
    expect(keptTextLength([root], walk, skip)).toBe(walk.stats.get(root)!.text - 'Share this story'.length);
  });
});

describe('isDataTable', () => {
  function table(html: string) {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    return (document as unknown as Document).querySelector('table')!;
  }

  test('layout tables are not data', () => {
    expect(isDataTable(table('<table role="presentation"><tr><td>a</td><td>b</td></tr></table>'))).toBe(false);
    expect(isDataTable(table('<table><tr><td>only</td></tr><tr><td>one column</td></tr></table>'))).toBe(false);
  });

  test('captions, headers and size make data', () => {
    expect(isDataTable(table('<table><caption>Results</caption><tr><td>a</td><td>b</td></tr></table>'))).toBe(true);
    expect(isDataTable(table(`<table>${'<tr><td>a</td><td>b</td><td>c</td><td>d</td><td>e</td></tr>'.repeat(2)}</table>`))).toBe(true);
  });
});
