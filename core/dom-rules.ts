/**
 * What counts as readable text on a page, shared by article detection and text flattening.
 * Works on any DOM (browser, linkedom, jsdom): only node types, tag names and attributes.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose contents are never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'MATH', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'NAV', 'ASIDE', 'FORM',
  'FOOTER', 'FIGCAPTION', 'DIALOG', 'LABEL', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that start a new block: names never run across them. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/**
 * Class and id words of page furniture: share bars, related stories, comments, bylines, ads.
 * Matched as whole words of the class/id so "shared-content" or "commentary" survive.
 */
export const BOILERPLATE_HINT =
  /(?:^|[\s_-])(?:comments?|comment-list|disqus|respond|sidebar|share|sharing|social|related|recommended|recirc|more-stories|promo|newsletter|subscribe|signup|advert|advertisement|ad|ads|adsense|sponsor|sponsored|popup|modal|cookie|consent|breadcrumbs?|byline|author-bio|tags|tag-list|post-tags|footer|nav|navbar|menu|masthead|widget|trending|ticker|outbrain|taboola|paywall|skip-link)(?:$|[\s_-])/i;

/** Class and id words of article containers. */
export const CONTENT_HINT = /(?:^|[\s_-])(?:article|articlebody|article-body|body|content|entry|entry-content|main|post|post-body|post-content|story|story-body|text|blog|prose)(?:$|[\s_-])/i;

/** Whether an element (by markup alone) is hidden or not meant to be read. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Whether an element's class or id marks it as page furniture rather than article. */
export function looksLikeBoilerplate(el: Element): boolean {
  const hints = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (hints.trim() === '') return false;
  return BOILERPLATE_HINT.test(hints) && !/(?:^|\s)(?:article-?body|entry-content|post-content|story-body)(?:$|\s)/i.test(hints);
}
