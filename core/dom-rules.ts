/**
 * What counts as readable text on a page, shared by article detection and text flattening.
 * Works on any DOM (browser, linkedom, jsdom): only node types, tag names and attributes.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose contents are never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'NAV', 'ASIDE',
  'FOOTER', 'DIALOG', 'LABEL', 'HEAD', 'TITLE', 'META', 'LINK', 'MENU', 'DATALIST',
  'OUTPUT', 'PROGRESS', 'METER', 'SOURCE', 'TRACK', 'PARAM', 'MAP', 'AREA', 'PICTURE', 'IMG',
]);

/** Elements that start a new block: names never run across them. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search', 'toolbar', 'tablist',
]);

/**
 * Class and id words of page furniture: share bars, related stories, comments, ads, menus.
 * Matched as whole words of the class/id (split on space, "-" and "_"), so "commentary" or
 * "shared-content" survive.
 */
export const BOILERPLATE_HINT =
  /(?:^|[\s_-])(?:comments?|comment-list|disqus|respond|replies|sidebar|share|sharing|sharedaddy|social|related|recommended|recirc|more-stories|promo|newsletter|subscribe|subscription|signup|advert|advertisement|advertising|ad|ads|adsense|dfp|sponsor|sponsored|popup|modal|cookie|cookies|consent|gdpr|breadcrumbs?|author-bio|tags|tag-list|post-tags|footer|nav|navbar|navigation|menu|masthead|widget|trending|ticker|outbrain|taboola|paywall|skip-link|banner|pagination|pager|toolbar|supplemental|skyscraper|shoutbox|rss|legends|ai2html|agegate|most-popular|most-read|read-more|readmore|jump-link)(?:$|[\s_-])/i;

/** Substrings of class/id that mark furniture as Readability learnt them (see `UNLIKELY_EXCEPTION`). */
export const UNLIKELY_HINT =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
/** A furniture-looking class/id that also says "content" is kept. */
export const UNLIKELY_EXCEPTION = /and|article|body|column|content|main|shadow/i;

/** Class/id substrings that raise (positive) or lower (negative) a candidate's score. */
export const POSITIVE_HINT = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
export const NEGATIVE_HINT =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/** Class/id of an article body container, which furniture words never override. */
const BODY_CONTAINER = /(?:^|\s)(?:article-?body|entry-content|post-content|story-body|articlebody)(?:$|\s)/i;

/** The class and id of an element, as one string. */
export function hintsOf(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return id ? `${cls} ${id}` : cls;
}

/** Whether an element (by markup alone) is hidden or not meant to be read. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Whether an element's class or id marks it as page furniture rather than article. */
export function looksLikeBoilerplate(el: Element): boolean {
  const hints = hintsOf(el);
  if (hints.trim() === '') return false;
  return BOILERPLATE_HINT.test(hints) && !BODY_CONTAINER.test(hints);
}

/** Whether an element is semantic markup for the article itself. */
export function isArticleMarkup(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'ARTICLE' || tag === 'MAIN') return true;
  const itemprop = el.getAttribute('itemprop');
  return itemprop !== null && /\barticleBody\b/.test(itemprop);
}

/**
 * Whether an element is furniture by its role or its class/id (before any scoring). Semantic
 * article markup is never furniture.
 */
export function isUnlikelyCandidate(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  const hints = hintsOf(el);
  if (hints === '') return false;
  const tag = el.tagName.toUpperCase();
  // Furniture is laid out in blocks; inline elements (and custom ones, inline by default) are text.
  if (!BLOCK_TAGS.has(tag) || tag === 'BODY' || isArticleMarkup(el)) return false;
  return UNLIKELY_HINT.test(hints) && !UNLIKELY_EXCEPTION.test(hints);
}

/** ±25 for class/id words of content or furniture, as a candidate's starting weight. */
export function classWeight(el: Element): number {
  let weight = 0;
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (cls) {
    if (NEGATIVE_HINT.test(cls)) weight -= 25;
    if (POSITIVE_HINT.test(cls)) weight += 25;
  }
  if (id) {
    if (NEGATIVE_HINT.test(id)) weight -= 25;
    if (POSITIVE_HINT.test(id)) weight += 25;
  }
  return weight;
}
