import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { chooseRoots } from './find-article-root.ts';
import { runSteps, walkPage } from './walk-page.ts';

const FLAGS = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };

/** A paragraph of prose with commas, `n` characters or so. */
function prose(topic: string, n = 300): string {
  const sentence = `The ${topic} was discussed at length, with officials, analysts and residents weighing in. `;
  return sentence.repeat(Math.ceil(n / sentence.length));
}

function choose(body: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  const doc = document as unknown as Document;
  const walk = runSteps(walkPage(doc.documentElement, { stripUnlikely: true }));
  return { doc, choice: runSteps(chooseRoots(doc.documentElement, walk, FLAGS))! };
}

const ids = (els: Element[]) => els.map((e) => e.id);

describe('chooseRoots', () => {
  test('the prose container wins over navigation, sidebars and link lists', () => {
    const { choice } = choose(`
      <nav><ul>${'<li><a href="/s">Section name</a></li>'.repeat(20)}</ul></nav>
      <div id="teasers">${`<div><a href="/a">${'A long teaser headline that links elsewhere '.repeat(2)}</a></div>`.repeat(15)}</div>
      <div id="story"><p>${prose('bridge')}</p><p>${prose('budget')}</p><p>${prose('vote')}</p><p>${prose('ferry')}</p></div>
      <div class="sidebar" id="side"><p>${prose('weather', 200)}</p></div>`);
    expect(ids(choice.roots)).toEqual(['story']);
  });

  test('a body split by an ad box is taken whole, in document order', () => {
    const { choice } = choose(`
      <div id="main">
        <div class="text" id="part1"><p>${prose('bridge')}</p><p>${prose('budget')}</p><p>${prose('council')}</p></div>
        <div class="ad-slot" id="ad"><a href="/buy">Buy now</a></div>
        <div class="text" id="part2"><p>${prose('vote')}</p><p>${prose('ferry')}</p></div>
      </div>
      <div id="footer-links">${'<a href="/x">Link</a> '.repeat(30)}</div>`);
    expect(ids(choice.roots)).toEqual(expect.arrayContaining(['part1', 'part2']));
    expect(ids(choice.roots)).not.toContain('ad');
    expect(ids(choice.roots)).not.toContain('footer-links');
  });

  test('several close runners-up pull the winner up to the ancestor they share', () => {
    const section = (id: string, topic: string) => `<section id="${id}"><div><p>${prose(topic)}</p><p>${prose(topic)}</p></div></section>`;
    const { choice } = choose(`<div id="wrapper"><div id="article">${section('s1', 'bridge')}${section('s2', 'budget')}${section('s3', 'vote')}${section('s4', 'ferry')}</div></div>`);
    for (const id of ['s1', 's2', 's3', 's4']) expect(choice.roots.some((r) => r.id === id || r.querySelector(`#${id}`)), id).toBeTruthy();
  });

  test('a page with no prose falls back to the body', () => {
    const { choice } = choose('<div><span>Hello</span></div>');
    expect(choice.top.tagName).toBe('BODY');
  });

  test('schema.org articleBody beats a twin without it', () => {
    const { choice } = choose(`
      <div id="plain"><p>${prose('bridge')}</p><p>${prose('budget')}</p></div>
      <div id="marked" itemprop="articleBody"><p>${prose('bridge')}</p><p>${prose('budget')}</p></div>`);
    expect(choice.top.id).toBe('marked');
  });
});
