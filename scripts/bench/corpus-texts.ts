/**
 * The texts the matcher benchmark scans: the article text of every page of the readability corpus,
 * as the extension reads it (`extractArticle` over linkedom). A page where extraction finds
 * nothing, or fails, contributes the text of its `expected.html` instead; `--texts=expected` uses
 * `expected.html` for every page. Where each text came from is reported with the results.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const CORPUS_DIR = '../shared/corpus/readability';

/** The corpus texts and where they came from. */
export interface CorpusTexts {
  texts: string[];
  /** How the texts were read: `extractArticle` (with per-page fallbacks counted) or `expected.html`. */
  source: string;
  pages: number;
  /** Pages that fell back to `expected.html`. */
  fallbacks: number;
  /** UTF-8 bytes of all texts together: what MB/s is measured in. */
  bytes: number;
}

function expectedText(dir: string): string {
  const path = join(dir, 'expected.html');
  if (!existsSync(path)) return '';
  const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(path, 'utf8')}</body></html>`);
  return document.body?.textContent ?? '';
}

type Extract = (html: string) => string;

async function loadExtractor(): Promise<Extract | string> {
  try {
    const { extractArticle } = await import('../../core/extract-article.ts');
    return (html) => extractArticle(parseHTML(html).document as unknown as Document).flat.text;
  } catch (error) {
    return `extractArticle unavailable (${(error as Error).message.split('\n')[0]})`;
  }
}

/** Read every corpus page's text; `mode` `expected` skips extraction. */
export async function loadCorpusTexts(mode: 'extract' | 'expected' = 'extract', dir = CORPUS_DIR): Promise<CorpusTexts> {
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
  const extractor = mode === 'extract' ? await loadExtractor() : 'expected.html';
  const texts: string[] = [];
  let fallbacks = 0;
  for (const slug of slugs) {
    let text = '';
    if (typeof extractor === 'function') {
      try {
        text = extractor(readFileSync(join(dir, slug, 'source.html'), 'utf8'));
      } catch {
        text = '';
      }
    }
    if (text.trim() === '') {
      text = expectedText(join(dir, slug));
      fallbacks++;
    }
    if (text.trim() !== '') texts.push(text);
  }
  const source =
    typeof extractor === 'function' ? `extractArticle (linkedom); ${fallbacks} page(s) from expected.html` : extractor === 'expected.html' ? extractor : `expected.html: ${extractor}`;
  return { texts, source, pages: texts.length, fallbacks, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}
