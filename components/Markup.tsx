import { sanitizeInlineMarkup } from '../utils/sanitize.ts';

/** Props of {@link Markup}. */
export interface MarkupProps {
  /** Database text that may carry inline markup. */
  text: string;
  /** The element to render. */
  as?: 'p' | 'span' | 'div';
  class?: string;
}

/** Database text with its allowed inline markup, sanitised once here (utils/sanitize.ts). */
export function Markup({ text, as: Tag = 'p', class: className }: MarkupProps) {
  // Plain text (the common case) skips the sanitiser and is escaped by Preact.
  if (!/[<&]/.test(text)) return <Tag class={className}>{text}</Tag>;
  return <Tag class={className} dangerouslySetInnerHTML={{ __html: sanitizeInlineMarkup(text) }} />;
}
