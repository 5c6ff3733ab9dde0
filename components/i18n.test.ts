import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber, t } from './i18n.ts';

const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string; description?: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Attributes a reader sees or hears; a literal in one of them is as visible as text. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt']);

/**
 * Words written straight into the JSX of `source` (text between tags, or a literal spoken
 * attribute) rather than taken from the catalogue, each as "line: text". Symbols such as × are
 * allowed: only letters need translating.
 */
function literalWords(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (/[A-Za-z]/.test(text)) found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(file)) && node.initializer && ts.isStringLiteral(node.initializer)) {
      report(node, node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the message catalogue', () => {
  test('t fills $1…$9 from the substitutions', () => {
    expect(t('welcomeHowNext', 'Alt+Shift+N')).toBe('Press Alt+Shift+N to move from one marked name to the next with the keyboard.');
  });

  test('every message has a description for translators', () => {
    const undescribed = Object.entries(catalogue).filter(([, m]) => !m.description?.trim()).map(([key]) => key);
    expect(undescribed).toEqual([]);
  });

  test('every message is used by the code or the manifest, so none is left behind', () => {
    const code = [...sources('components'), ...sources('entrypoints'), ...sources('utils'), 'wxt.config.ts'].map((p) => readFileSync(p, 'utf8')).join('\n');
    const unused = Object.keys(catalogue).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  test('no component writes words into its JSX: every one comes from the catalogue', () => {
    const literals = readdirSync('components')
      .filter((name) => name.endsWith('.tsx') && !name.endsWith('.test.tsx'))
      .flatMap((name) => literalWords(name, readFileSync(join('components', name), 'utf8')).map((hit) => `${name}:${hit}`));
    expect(literals).toEqual([]);
  });

  test('the literal check finds text between tags and in spoken attributes, and passes t() and symbols', () => {
    const source = `export const A = () => (
      <div aria-label="Close" class="bs-x">
        <p>Hide on this page</p>
        <p>{t('cardClose')} ×</p>
        <button title={t('cardPin')}>‹</button>
      </div>
    );`;
    expect(literalWords('a.tsx', source)).toEqual(['2: Close', '3: Hide on this page']);
  });

  test('dates and numbers follow the locale the catalogue names: 13 March 2018, 1,200', () => {
    expect(formatDate('2018-03-13')).toBe('13 March 2018');
    expect(formatDate('2018-03')).toBe('March 2018');
    expect(formatDate('2018')).toBe('2018');
    expect(formatDate('0042-01-05')).toBe('5 January 42');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatNumber(1200)).toBe('1,200');
  });
});
