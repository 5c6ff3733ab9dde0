import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { measureText, runSteps, walkPage, weightedLength } from './walk-page.ts';

function walk(body: string, stripUnlikely = true) {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  const doc = document as unknown as Document;
  return { doc, walk: runSteps(walkPage(doc.documentElement, { stripUnlikely })) };
}

describe('measureText', () => {
  test('whitespace runs count once; whitespace alone is nothing', () => {
    expect(measureText('  a  b\n\nc ')).toEqual({ length: 7, commas: 0, dense: 0 });
    expect(measureText(' \n\t ')).toEqual({ length: 0, commas: 0, dense: 0 });
  });

  test('commas of several scripts, and dense-script characters', () => {
    expect(measureText('a, b، c，d').commas).toBe(3);
    expect(measureText('新竹，天氣').dense).toBe(4);
    expect(weightedLength(10, 4)).toBe(16);
  });
});

describe('walkPage', () => {
  test('text, links and commas add up through ancestors', () => {
    const { doc, walk: w } = walk('<div id="a"><p>One, two, three <a href="/x">four</a>.</p><p>Five.</p></div>');
    const div = doc.getElementById('a')!;
    const s = w.stats.get(div)!;
    expect(s.text).toBe('One, two, three four.'.length + 'Five.'.length);
    expect(s.link).toBe(4);
    expect(s.commas).toBe(2);
    expect(s.p).toBe(2);
    expect(s.hasBlockChild).toBe(true);
  });

  test('same-page links weigh less', () => {
    const { doc, walk: w } = walk('<p id="p"><a href="#note">abcdefghij</a></p>');
    expect(w.stats.get(doc.getElementById('p')!)!.link).toBeCloseTo(3);
  });

  test('own text is the text outside nested blocks', () => {
    const { doc, walk: w } = walk('<div id="d">Loose text here <b>bold</b><p>In a paragraph.</p></div>');
    const s = w.stats.get(doc.getElementById('d')!)!;
    expect(s.ownText).toBe('Loose text here bold'.length);
    expect(w.blocks.map((b) => b.id || b.tagName)).toEqual(['d', 'P']);
  });

  test('hidden, never-text and furniture subtrees are left out', () => {
    const { doc, walk: w } = walk(
      '<main id="m"><p>Read.</p><p hidden>Hidden.</p><div aria-hidden="true">Aria.</div><script>x()</script>' +
        '<div class="sidebar">Side.</div><nav>Nav.</nav><div style="display:none">None.</div></main>',
    );
    expect(w.stats.get(doc.getElementById('m')!)!.text).toBe(5);
    expect(w.excluded.size).toBe(6);
  });

  test('furniture words are not trusted without the strict rules, or inside tables', () => {
    const loose = walk('<div id="m"><div class="sidebar">Side text.</div></div>', false);
    expect(loose.walk.stats.get(loose.doc.getElementById('m')!)!.text).toBe(10);
    const table = walk('<table id="t"><tr><td><div class="comment">Cell text.</div></td></tr></table>');
    expect(table.walk.stats.get(table.doc.getElementById('t')!)!.text).toBe(10);
  });

  test('images, inputs and embeds are counted though they hold no text', () => {
    const { doc, walk: w } = walk(
      '<div id="d"><img src="a.jpg"><input><iframe src="https://ads.example/x"></iframe><iframe src="https://www.youtube.com/embed/x"></iframe></div>',
    );
    const s = w.stats.get(doc.getElementById('d')!)!;
    expect([s.img, s.input, s.embed, s.video]).toEqual([1, 1, 1, 1]);
  });

  test('yields while it walks a large page', () => {
    const { document } = parseHTML(`<html><body>${'<p>Some text.</p>'.repeat(1000)}</body></html>`);
    const steps = walkPage((document as unknown as Document).documentElement, { stripUnlikely: true });
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThan(3);
  });
});
