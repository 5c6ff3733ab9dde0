/**
 * The one place database markup becomes HTML. Entries may carry a little inline markup
 * (emphasis, quotations, links); everything else is dropped, links keep only http(s) targets and
 * always open in a new tab without an opener or referrer. Plain text is escaped by Preact and
 * never comes here.
 */
import DOMPurify, { type Config } from 'dompurify';

const CONFIG: Config = {
  ALLOWED_TAGS: ['em', 'strong', 'b', 'i', 'q', 'cite', 'a'],
  ALLOWED_ATTR: ['href'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(globalThis as unknown as Window & typeof globalThis);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    if (!href || !/^https?:\/\//i.test(href)) node.removeAttribute('href');
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return purifier;
}

/** Sanitise database markup for `dangerouslySetInnerHTML`. */
export function sanitizeInlineMarkup(markup: string): string {
  return getPurifier().sanitize(markup, CONFIG) as string;
}
