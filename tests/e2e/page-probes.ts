/**
 * Expressions the end-to-end tests evaluate in the page (as strings: transpilers may rewrite
 * functions in ways that do not survive serialisation). They read what a reader would see:
 * the registered highlights and where they sit, and the page's own text.
 */

/** Installed before any page script: records the page's text and markup at DOMContentLoaded. */
export const RECORD_PAGE_BEFORE = `
  document.addEventListener('DOMContentLoaded', () => {
    window.__backstoryTestBefore = { text: document.body.innerText, html: document.body.innerHTML };
  }, { once: true });
`;

/** Whether the page's text and markup are what they were before the extension ran. */
export const PAGE_UNCHANGED = `(() => {
  const before = window.__backstoryTestBefore;
  if (!before) return { recorded: false };
  return { recorded: true, textSame: before.text === document.body.innerText, htmlSame: before.html === document.body.innerHTML };
})()`;

/** Every highlighted range: its highlight name, text, and the page region it sits in. */
export const LIST_HIGHLIGHTS = `(() => {
  const out = [];
  if (!globalThis.CSS || !CSS.highlights) return out;
  for (const [name, highlight] of CSS.highlights) {
    for (const range of highlight) {
      const node = range.commonAncestorContainer;
      const el = node.nodeType === 1 ? node : node.parentElement;
      out.push({
        name,
        text: range.toString(),
        inArticleBody: Boolean(el && el.closest('.entry-content')),
        region: el ? (el.closest('aside, nav, footer, .comments, #comments, .ticker, .trending, .related, header.site-header') || {}).className || '' : '',
      });
    }
  }
  return out;
})()`;

/** The viewport centre of the nth highlighted range whose text is \`text\`, scrolled into view. */
export function centreOfMark(text: string, nth = 0): string {
  return `(() => {
    const ranges = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name === 'backstory-active') continue;
      for (const range of highlight) if (range.toString() === ${JSON.stringify(text)}) ranges.push(range);
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[${nth}];
    if (!range) return null;
    const el = range.startContainer.parentElement;
    el.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  })()`;
}

/** The viewport bounding box of the nth highlighted range whose text is \`text\` (all its lines), without scrolling. */
export function rectOfMark(text: string, nth = 0): string {
  return `(() => {
    const ranges = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name === 'backstory-active') continue;
      for (const range of highlight) if (range.toString() === ${JSON.stringify(text)}) ranges.push(range);
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const rect = ranges[${nth}] && ranges[${nth}].getBoundingClientRect();
    return rect ? { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right } : null;
  })()`;
}
