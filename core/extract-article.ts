/**
 * The article on a page: its root, its readable text with the map back to the DOM, and its
 * metadata. One function for the content script and the CLI, so `backstory extract` shows
 * exactly what the extension reads.
 */
import { findArticleRoot } from './find-article-root.ts';
import { flattenText, type FlatText, type FlattenOptions } from './flatten-text.ts';
import { readArticleMetadata, type ArticleMetadata } from './article-metadata.ts';

/** The result of reading a page. */
export interface ExtractedArticle {
  isArticle: boolean;
  /** The article root(s); empty when the page is not an article. */
  roots: Element[];
  flat: FlatText;
  /** Offset in `flat.text` where the body starts (the headline, when read, comes before it). */
  bodyStart: number;
  metadata: ArticleMetadata;
}

/** Read the article on `doc`; `url` is the page's address when known. */
export function extractArticle(doc: Document, url: string | null = null, options: FlattenOptions & { force?: boolean } = {}): ExtractedArticle {
  const root = findArticleRoot(doc);
  const roots = root ? [root] : [];
  return {
    isArticle: root !== null,
    roots,
    flat: flattenText(roots, options),
    bodyStart: 0,
    metadata: readArticleMetadata(doc, url, root),
  };
}
