/**
 * Pack-wide validation: each entry on its own (validate-entry.ts), then the rules that need the
 * whole pack: unique ids, aliases shared without a rule to tell the entries apart, related ids
 * that point nowhere, changes dated in the future, entries not reviewed for over a year.
 */
import type { ContextEntry, ContextPack } from './types.ts';
import { validateEntry, type Problem } from './validate-entry.ts';
import { foldForMatching, tokenize } from './normalize-text.ts';
import { isPartialDate, startOfPartialDate } from './partial-date.ts';

export const PACK_FORMAT = 1;
const REVIEW_MAX_AGE_DAYS = 365;

/** The result of checking a set of entries. */
export interface PackCheck {
  /** Entries that passed their own checks (pack-wide errors may still name them). */
  entries: ContextEntry[];
  problems: Problem[];
}

function aliasKey(text: string): string {
  return tokenize(foldForMatching(text).toLowerCase()).join(' ');
}

/** Check entries against every rule; `today` (YYYY-MM-DD) dates the review-age warning. */
export function validateEntries(values: readonly unknown[], today: string): PackCheck {
  const problems: Problem[] = [];
  const entries: ContextEntry[] = [];
  values.forEach((value, i) => {
    const own = validateEntry(value, `#${i + 1}`);
    problems.push(...own);
    if (!own.some((p) => p.severity === 'error')) entries.push(value as ContextEntry);
  });

  // Ids count even on entries with errors of their own: a duplicate or a missing related entry
  // is reported as such, not hidden behind (or blamed on) another problem.
  const allIds = values.flatMap((v) => (typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' ? [(v as { id: string }).id] : []));
  const seen = new Map<string, number>();
  for (const id of allIds) {
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  for (const [id, count] of seen) {
    if (count > 1) problems.push({ severity: 'error', entry: id, field: 'id', message: `${count} entries share this id` });
  }

  const byAlias = new Map<string, { entry: ContextEntry; index: number }[]>();
  for (const entry of entries) {
    entry.aliases.forEach((alias, index) => {
      const key = aliasKey(alias.text);
      const list = byAlias.get(key) ?? [];
      if (!list.some((other) => other.entry.id === entry.id)) list.push({ entry, index });
      byAlias.set(key, list);
    });
  }
  for (const [key, users] of byAlias) {
    if (users.length < 2) continue;
    for (const { entry, index } of users) {
      const rule = entry.aliases[index]!.match ?? 'always';
      if (rule === 'never') {
        const blocked = users.filter((u) => u.entry.id !== entry.id && u.entry.aliases[u.index]!.match !== 'never').map((u) => u.entry.id);
        if (blocked.length > 0) {
          problems.push({
            severity: 'error',
            entry: entry.id,
            field: `aliases[${index}]`,
            message: `"${key}" is an alias of ${blocked.join(', ')}: a never phrase here would hide it`,
          });
        }
      } else if (rule === 'always' || rule === 'case-insensitive') {
        const others = users.filter((u) => u.entry.id !== entry.id).map((u) => u.entry.id).join(', ');
        problems.push({
          severity: 'error',
          entry: entry.id,
          field: `aliases[${index}]`,
          message: `"${key}" is also an alias of ${others}: every copy needs after-full-name or needs-context`,
        });
      }
    }
  }

  for (const entry of entries) problems.push(...overlappingRoles(entry));

  const ids = new Set(allIds);
  // A day of slack: a change dated in its author's time zone can be a day ahead of UTC's today.
  const latestDay = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
  const cutoff = new Date(Date.parse(today) - REVIEW_MAX_AGE_DAYS * 86_400_000).toISOString().slice(0, 10);
  for (const entry of entries) {
    (entry.related ?? []).forEach((id, i) => {
      if (!ids.has(id)) problems.push({ severity: 'error', entry: entry.id, field: `related[${i}]`, message: `no entry has the id "${id}"` });
    });
    entry.changelog.forEach((item, i) => {
      if (item.date > latestDay) problems.push({ severity: 'error', entry: entry.id, field: `changelog[${i}].date`, message: `${item.date} is in the future` });
    });
    if (startOfPartialDate(entry.reviewed) < cutoff) {
      problems.push({ severity: 'warning', entry: entry.id, field: 'reviewed', message: `last reviewed ${entry.reviewed}, over a year ago` });
    }
  }
  return { entries, problems };
}

/**
 * One office held by two people at once is usually a typing error in a date: roles whose titles
 * name the same office ("President: A", "President: B") may not overlap by more than a day.
 */
function overlappingRoles(entry: ContextEntry): Problem[] {
  const problems: Problem[] = [];
  const roles = entry.roles ?? [];
  // Shared offices ("Co-President", "Co-Prince") are held together by design.
  const office = (title: string) =>
    title.includes(':') && !/^co-/i.test(title) ? title.slice(0, title.indexOf(':')).trim().toLowerCase() : null;
  for (let i = 0; i < roles.length; i++) {
    for (let j = i + 1; j < roles.length; j++) {
      const a = roles[i]!;
      const b = roles[j]!;
      const officeA = office(a.title);
      if (!officeA || officeA !== office(b.title) || a.title === b.title) continue;
      const aStart = a.from ? startOfPartialDate(a.from) : '0000-01-01';
      const bStart = b.from ? startOfPartialDate(b.from) : '0000-01-01';
      // Ends are compared by their first possible day so month-precision handovers do not clash.
      const aEnd = a.to ? startOfPartialDate(a.to) : '9999-12-31';
      const bEnd = b.to ? startOfPartialDate(b.to) : '9999-12-31';
      if (aStart < bEnd && bStart < aEnd) {
        problems.push({
          severity: 'error',
          entry: entry.id,
          field: `roles[${j}]`,
          message: `"${b.title}" overlaps "${a.title}" (roles[${i}]) in the same office`,
        });
      }
    }
  }
  return problems;
}

const PACK_FIELDS = ['format', 'id', 'name', 'publisher', 'version', 'changelog', 'entries'];
const PACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TEXT_LIMITS = { name: 200, publisher: 200, version: 50 } as const;
const CHANGE_MAX_CHARS = 500;

/** The pack's own fields (everything but its entries); `problem` names the field. */
function checkEnvelope(v: Record<string, unknown>, problem: (field: string, message: string) => void): void {
  for (const key of Object.keys(v)) {
    if (!PACK_FIELDS.includes(key)) problem(key, `unknown field "${key}"`);
  }
  if (v.format !== PACK_FORMAT) problem('format', `this version of Backstory reads pack format ${PACK_FORMAT}, not ${JSON.stringify(v.format)}`);
  if (typeof v.id !== 'string' || !PACK_ID.test(v.id) || v.id.length > 100) problem('id', 'must be kebab-case letters and digits, e.g. world-affairs');
  for (const [key, max] of Object.entries(TEXT_LIMITS)) {
    const text = v[key];
    if (typeof text !== 'string' || !text.trim()) problem(key, 'must be a non-empty string');
    else if (text.length > max) problem(key, `is ${text.length} characters long; the limit is ${max}`);
  }
  if (!Array.isArray(v.changelog)) return problem('changelog', 'must be a list of { date, changes }, newest first (it may be empty)');
  let newer: string | null = null;
  v.changelog.forEach((item: unknown, i) => {
    const field = `changelog[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return problem(field, 'must be { date, changes }');
    const { date, changes, ...rest } = item as Record<string, unknown>;
    for (const key of Object.keys(rest)) problem(`${field}.${key}`, `unknown field "${key}"`);
    if (!isPartialDate(date) || date.length !== 10) problem(`${field}.date`, `${JSON.stringify(date)} is not a day (YYYY-MM-DD)`);
    else {
      if (newer !== null && date >= newer) problem(`${field}.date`, `${date} is not older than ${newer} before it: newest first, one item per day`);
      newer = date;
    }
    if (!Array.isArray(changes) || changes.length === 0) return problem(`${field}.changes`, 'needs at least one change');
    changes.forEach((change: unknown, k) => {
      if (typeof change !== 'string' || !change.trim()) problem(`${field}.changes[${k}]`, 'must be a non-empty string');
      else if (change.length > CHANGE_MAX_CHARS) problem(`${field}.changes[${k}]`, `is ${change.length} characters long; the limit is ${CHANGE_MAX_CHARS}`);
    });
  });
}

/** Check a compiled or imported pack file: its envelope, then its entries. */
export function validatePack(value: unknown, today: string): PackCheck & { pack?: ContextPack } {
  const problems: Problem[] = [];
  const problem = (field: string, message: string) => problems.push({ severity: 'error', entry: '(pack)', field, message });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('', 'a pack must be a JSON object');
    return { entries: [], problems };
  }
  const v = value as Record<string, unknown>;
  checkEnvelope(v, problem);
  if (!Array.isArray(v.entries)) {
    problem('entries', 'must be a list of entries');
    return { entries: [], problems };
  }
  const check = validateEntries(v.entries, today);
  const all = [...problems, ...check.problems];
  const ok = !all.some((p) => p.severity === 'error');
  return { entries: check.entries, problems: all, pack: ok ? (value as ContextPack) : undefined };
}

/** One line per problem: `error rex-tillerson roles[1].to: …`. */
export function formatProblem(p: Problem): string {
  return `${p.severity} ${p.entry}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}
