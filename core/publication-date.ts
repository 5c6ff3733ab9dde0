/**
 * Publication days from what pages write: ISO stamps (the day as written, not shifted to UTC),
 * English and numeric dates in text, and dates in URLs (`/2017/07/09/`, `/2017-07-09`,
 * `/20170709`).
 */

/** The earliest and latest years a publication date is believed in. */
const YEARS = { min: 1990, max: 2100 };
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const URL_PATTERNS = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[^\d])/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$|[_-])/,
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` when the parts make a real day in the believable range, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < YEARS.min || year > YEARS.max || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * The day a date string names: ISO-like stamps keep the day as written; "July 9, 2017",
 * "9 July 2017", "Jul. 9 2017" and "2017/07/09" are understood; anything else Date can parse
 * is taken in UTC. Null when nothing sensible is found.
 */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text) ?? /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(text);
  if (m) return isoDay(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(text);
  if (m) return isoDay(+m[1]!, +m[2]!, +m[3]!);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (m && MONTHS[m[1]!.slice(0, 3).toLowerCase()]) return isoDay(+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (m && MONTHS[m[2]!.slice(0, 3).toLowerCase()]) return isoDay(+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!);
  if (/^\d+$/.test(text)) {
    // Unix time in seconds or milliseconds.
    const n = Number(text);
    const ms = n > 1e11 ? n : n * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  const d = new Date(parsed);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The day in a URL's path, or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url, 'http://x.invalid/').pathname;
  } catch {
    // Not a URL: look at the string as it is.
  }
  for (const pattern of URL_PATTERNS) {
    const m = pattern.exec(path);
    if (m) {
      const day = isoDay(+m[1]!, +m[2]!, +m[3]!);
      if (day) return day;
    }
  }
  return null;
}
