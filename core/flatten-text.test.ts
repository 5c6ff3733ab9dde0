import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { flattenText, locateOffset, paragraphsOf } from './flatten-text.ts';

function flatten(body: string) {
  const { document } = parseHTML(`<!doctype html><html><body><main>${body}</main></body></html>`);
  return flattenText([document.querySelector('main') as unknown as Element]);
}

describe('flattenText', () => {
  test('blocks become newlines; inline markup joins', () => {
    expect(flatten('<p>Vladimir <b>Putin</b> spoke.</p><p>Then\nTrump.</p>').text).toBe('Vladimir Putin spoke.\nThen Trump.\n');
  });

  test('skips hidden, aria-hidden, scripts, forms, editable regions and share bars', () => {
    const flat = flatten(
      '<p>Seen.</p><p hidden>Hidden.</p><p aria-hidden="true">Aria.</p><script>var x;</script>' +
        '<form><input value="Putin"><textarea>Trump</textarea></form><div contenteditable="true">Edit</div>' +
        '<div class="share-buttons">Share on Twitter</div><p style="display: none">None.</p>',
    );
    expect(flat.text).toBe('Seen.\n');
  });

  test('locates offsets back in their text nodes, preferring the earlier node at a boundary', () => {
    const flat = flatten('<p>Vladimir <b>Putin</b>.</p>');
    const start = locateOffset(flat, 9)!;
    expect(start.node.data).toBe('Putin');
    expect(start.offset).toBe(0);
    const end = locateOffset(flat, 9, true)!;
    expect(end.node.data).toBe('Vladimir ');
    expect(end.offset).toBe(9);
  });

  test('paragraphs for tools: trimmed, collapsed, blank line between', () => {
    expect(paragraphsOf(flatten('<p>  One   two </p><div><p>Three</p></div>'))).toBe('One two\n\nThree');
  });

  test('empty roots flatten to nothing', () => {
    expect(flattenText([])).toEqual({ text: '', segments: [] });
  });
});
