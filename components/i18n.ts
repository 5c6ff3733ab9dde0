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

/** The locale whose conventions dates and numbers follow: the catalogue's own, so they match the words around them. */
function locale(): string {
  const tag = t('dateLocale');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-GB';
  } catch {
    return 'en-GB'; // a translation with a malformed tag still shows dates
  }
}

/** A number as the reader's language writes it: "1,200". */
export function formatNumber(n: number): string {
  return n.toLocaleString(locale());
}

/**
 * `one` when `n` is 1, `many` otherwise, with the number as `$1`. The browser's i18n has no plural
 * rules, so every count that English inflects has a message for each form.
 */
export function tCount(n: number, one: MessageKey, many: MessageKey): string {
  return t(n === 1 ? one : many, formatNumber(n));
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A database date known to the year, month or day (`2018`, `2018-03`, `2018-03-13`), as precise as
 * the source and in the reader's language: "2018", "March 2018", "13 March 2018". Anything else is
 * shown as it is.
 */
export function formatDate(date: string): string {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  const when = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  when.setUTCFullYear(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale(), options).format(when);
}
