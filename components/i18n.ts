/**
 * Every string the reader sees comes from the extension's message catalogue
 * (public/_locales/<language>/messages.json) through the browser's i18n API, so the browser picks
 * the reader's language and a translation is one new file. `$1`…`$9` in a message are filled
 * from the substitutions, in order.
 */
import type catalogue from '../public/_locales/en/messages.json';

/** The keys of the English catalogue, which every other language follows. */
export type MessageKey = keyof typeof catalogue;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
}

function i18nApi(): I18nApi | undefined {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/** The reader's-language text of `key`; the key itself if the catalogue lacks it (a visible bug, not a blank). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return i18nApi()?.getMessage(key, substitutions.map(String)) || key;
}
