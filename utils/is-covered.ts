/**
 * Injected UI is not a security boundary. A page cannot reach into our closed shadow root, but it
 * can restyle or cover our host: fade it nearly transparent, or lay a decoy over the card that
 * lets clicks through (`pointer-events: none`, or an element in the top layer), and have the
 * reader click a button they cannot see. Buttons that write data (a wrong-match report) ask
 * `clickBlockedBy` and ignore the click when it names a reason.
 */

/** Below this effective opacity our UI counts as made nearly invisible. */
export const MIN_OPACITY = 0.8;

/** Computed style values that make an element (and what it contains) fainter. */
export interface FadingStyle {
  opacity: string;
  filter: string;
}

/** The factor `opacity()` functions in a computed `filter` apply (1 for `none` or none of them). */
export function filterOpacity(filter: string): number {
  let factor = 1;
  for (const [, amount = '1', percent] of filter.matchAll(/opacity\(\s*([\d.]+)(%)?\s*\)/g)) {
    const value = Number(amount) / (percent ? 100 : 1);
    if (Number.isFinite(value)) factor *= Math.min(1, Math.max(0, value));
  }
  return factor;
}

/** The opacity an element is painted with: the product over it and its ancestors. */
export function chainOpacity(chain: readonly FadingStyle[]): number {
  let opacity = 1;
  for (const style of chain) {
    const own = Number.parseFloat(style.opacity);
    opacity *= (Number.isFinite(own) ? Math.min(1, Math.max(0, own)) : 1) * filterOpacity(style.filter);
  }
  return opacity;
}

/** Where a click happened; for a keyboard activation (no pointer), the middle of its target. */
export function clickPoint(event: MouseEvent): { x: number; y: number } {
  const target = event.currentTarget;
  if (event.detail === 0 && target instanceof Element) {
    const box = target.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return { x: event.clientX, y: event.clientY };
}

export type ClickBlock = 'hidden' | 'transparent' | 'covered';

/**
 * Why a click on our UI at viewport point (x, y) must not count, or null when the reader could
 * see what they clicked: our host and its ancestors are rendered and opaque enough, and the
 * topmost element there, counting those that let clicks through, is our host.
 */
export function clickBlockedBy(host: Element, x: number, y: number): ClickBlock | null {
  const view = host.ownerDocument.defaultView;
  if (!view || !host.isConnected) return 'hidden';
  const chain: CSSStyleDeclaration[] = [];
  for (let el: Element | null = host; el; el = el.parentElement) chain.push(view.getComputedStyle(el));
  if (chain.some((style) => style.display === 'none') || chain[0]!.visibility !== 'visible') return 'hidden';
  if (chainOpacity(chain) < MIN_OPACITY) return 'transparent';
  return topmostAt(host.ownerDocument, x, y) === host ? null : 'covered';
}

/**
 * The topmost element at a point as if every element took pointer events: a decoy laid over us
 * with `pointer-events: none` still paints over us. The override is a constructed stylesheet,
 * adopted for the one synchronous hit test and dropped again, so the page's DOM never changes.
 */
function topmostAt(doc: Document, x: number, y: number): Element | null {
  // A copy: the live array would follow the assignment below.
  const before = [...doc.adoptedStyleSheets];
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { pointer-events: auto !important; }');
    doc.adoptedStyleSheets = [...before, sheet];
  } catch {
    // No constructable stylesheets: the plain hit test still sees covers that take clicks.
    sheet = null;
  }
  try {
    return doc.elementFromPoint(x, y);
  } finally {
    if (sheet) doc.adoptedStyleSheets = before;
  }
}
