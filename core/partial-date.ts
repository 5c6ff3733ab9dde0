/**
 * Dates in the database may be known to the year, the month or the day (`2018`, `2018-03`,
 * `2018-03-13`). Comparing them needs a rule for the unknown part: a period that starts in "2018"
 * is taken to start on 1 January, one that ends in "2018" to end on 31 December, so a role is
 * never said to be over before it was.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is a real calendar date in one of the three precisions. */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first day the partial date can mean, as `YYYY-MM-DD`. */
export function startOfPartialDate(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day the partial date can mean, as `YYYY-MM-DD`. */
export function endOfPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return `${y}-12-31`;
  if (d !== undefined) return date;
  return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
}

/** "13 March 2018", "March 2018" or "2018", as precise as the source. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** Today's date as `YYYY-MM-DD` in UTC; the clock is a parameter everywhere else. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
