/**
 * Vitest setup: the browser's `i18n.getMessage` over the real English catalogue, so components
 * render the strings a reader sees. Substitutes `$1`…`$9` and `$$` the way Chromium and Firefox do.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const catalogue = JSON.parse(readFileSync(resolve('public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

export function getMessage(key: string, substitutions: string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

const scope = globalThis as { chrome?: { i18n?: unknown } };
scope.chrome = { ...scope.chrome, i18n: { getMessage } };
