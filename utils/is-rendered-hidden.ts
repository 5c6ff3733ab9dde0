/**
 * Whether an element is hidden as rendered (CSS, not just markup). Used while flattening the
 * article in the browser, where layout is known; under Node only markup can be checked.
 */
export function isRenderedHidden(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true })) return false;
  // `display: contents` boxes report themselves invisible although their children render.
  return getComputedStyle(el).display !== 'contents';
}
