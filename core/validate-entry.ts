/**
 * Runtime validation of one database entry. Entries come from YAML files the project writes and
 * from packs a reader imports, so nothing about their shape is trusted: every field is checked,
 * unknown fields are refused (they are usually typos, and `__proto__` is one), and each problem
 * names the entry, the field and what is wrong.
 */
import {
  ALIAS_MATCH_RULES,
  ENTRY_KINDS,
  type AliasMatchRule,
  type EntryKind,
} from './types.ts';
import { endOfPartialDate, isPartialDate, startOfPartialDate } from './partial-date.ts';
import { AMBIGUOUS_SINGLE_WORDS } from './common-words.ts';
import { foldForMatching, tokenize } from './normalize-text.ts';

export const SUMMARY_MAX_CHARS = 600;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENTRY_FIELDS = new Set([
  'id', 'kind', 'name', 'aliases', 'summary', 'roles', 'facts', 'perspectives', 'established',
  'sources', 'related', 'reviewed', 'changelog', 'outlet',
]);
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** No entry was written before the project began; an earlier changelog date is a typo. */
export const CHANGELOG_EARLIEST = '2020-01-01';

/** One thing wrong with a pack or an entry. */
export interface Problem {
  severity: 'error' | 'warning';
  /** The entry's id, or its position when it has no usable id. */
  entry: string;
  /** A path into the entry, e.g. `perspectives[1].sources`. */
  field: string;
  message: string;
}

type Report = (field: string, message: string, severity?: Problem['severity']) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>, field: string, report: Report) {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) report(field ? `${field}.${key}` : key, `unknown field "${key}"`);
  }
}

function checkText(value: unknown, field: string, report: Report, { required = true, max = 4000 } = {}) {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || value.trim() === '') {
    report(field, 'must be a non-empty string');
  } else if (value.length > max) {
    report(field, `is ${value.length} characters long; the limit is ${max}`);
  }
}

function checkUrl(value: unknown, field: string, report: Report) {
  if (typeof value !== 'string') return report(field, 'must be a URL string');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return report(field, `"${value}" is not a valid URL`);
  }
  if (url.protocol !== 'https:') report(field, `must be an https: URL, not ${url.protocol}`);
}

function checkSource(value: unknown, field: string, report: Report) {
  if (!isRecord(value)) return report(field, 'must be { title, publisher, url }');
  checkKeys(value, new Set(['title', 'publisher', 'url']), field, report);
  checkText(value.title, `${field}.title`, report, { max: 300 });
  checkText(value.publisher, `${field}.publisher`, report, { max: 200 });
  checkUrl(value.url, `${field}.url`, report);
}

function checkSources(value: unknown, field: string, report: Report) {
  if (!Array.isArray(value) || value.length === 0) return report(field, 'needs at least one source');
  value.forEach((s, i) => checkSource(s, `${field}[${i}]`, report));
}

function checkDate(value: unknown, field: string, report: Report, required: boolean) {
  if (value === undefined && !required) return;
  if (!isPartialDate(value)) report(field, `${JSON.stringify(value)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD, quoted)`);
}

function checkArray(value: unknown, field: string, report: Report): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(field, 'must be a list');
    return [];
  }
  return value;
}

function checkAliases(value: unknown, report: Report) {
  if (!Array.isArray(value) || value.length === 0) return report('aliases', 'needs at least one alias');
  value.forEach((alias, i) => {
    const field = `aliases[${i}]`;
    if (!isRecord(alias)) return report(field, 'must be { text, match?, context? }');
    checkKeys(alias, new Set(['text', 'match', 'context', 'framing']), field, report);
    if (alias.framing !== undefined) checkFraming(alias.framing, `${field}.framing`, report);
    checkText(alias.text, `${field}.text`, report, { max: 120 });
    if (typeof alias.text !== 'string') return;
    const rule = (alias.match ?? 'always') as AliasMatchRule;
    if (!ALIAS_MATCH_RULES.includes(rule)) {
      return report(`${field}.match`, `must be one of ${ALIAS_MATCH_RULES.join(', ')}`);
    }
    if (tokenize(alias.text).length === 0) report(`${field}.text`, 'has no letters or digits to match');
    if (rule === 'needs-context') {
      const context = alias.context;
      if (!Array.isArray(context) || context.length === 0 || !context.every((w) => typeof w === 'string' && w.trim())) {
        report(`${field}.context`, 'needs-context requires a non-empty list of context words');
      }
    } else if (alias.context !== undefined) {
      report(`${field}.context`, 'context words only apply to match: needs-context');
    }
    const tokens = tokenize(foldForMatching(alias.text).toLowerCase());
    if (rule === 'never') {
      if (alias.framing !== undefined) report(`${field}.framing`, 'a never phrase marks nothing, so it carries no framing');
      if (!value.some((other, j) => j !== i && isRecord(other) && other.match !== 'never' && typeof other.text === 'string' && containsWords(tokens, tokenize(foldForMatching(other.text).toLowerCase())))) {
        report(`${field}.text`, `"${alias.text}" contains none of the entry's names: a never phrase only stops one of them from firing inside it`);
      }
      return;
    }
    if (rule !== 'after-full-name' && rule !== 'needs-context' && tokens.length === 1 && AMBIGUOUS_SINGLE_WORDS.has(tokens[0]!)) {
      report(`${field}.text`, `"${alias.text}" is also a common word, first name or other place: give it match: after-full-name or needs-context`);
    }
  });
}

/** Whether `words` holds `part` as consecutive words. */
function containsWords(words: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > words.length) return false;
  for (let i = 0; i + part.length <= words.length; i++) {
    if (part.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

function checkFraming(value: unknown, field: string, report: Report) {
  if (!isRecord(value)) return report(field, 'must be { usedBy, neutral, others? }');
  checkKeys(value, new Set(['usedBy', 'neutral', 'others']), field, report);
  checkText(value.usedBy, `${field}.usedBy`, report, { max: 300 });
  checkText(value.neutral, `${field}.neutral`, report, { max: 200 });
  checkArray(value.others, `${field}.others`, report).forEach((o, i) => {
    if (!isRecord(o)) return report(`${field}.others[${i}]`, 'must be { term, usedBy }');
    checkKeys(o, new Set(['term', 'usedBy']), `${field}.others[${i}]`, report);
    checkText(o.term, `${field}.others[${i}].term`, report, { max: 120 });
    checkText(o.usedBy, `${field}.others[${i}].usedBy`, report, { max: 300 });
  });
}

function checkRoles(value: unknown, report: Report) {
  checkArray(value, 'roles', report).forEach((role, i) => {
    const field = `roles[${i}]`;
    if (!isRecord(role)) return report(field, 'must be { title, from?, to? }');
    checkKeys(role, new Set(['title', 'from', 'to']), field, report);
    checkText(role.title, `${field}.title`, report, { max: 200 });
    checkDate(role.from, `${field}.from`, report, false);
    checkDate(role.to, `${field}.to`, report, false);
    if (isPartialDate(role.from) && isPartialDate(role.to) && startOfPartialDate(role.from) > endOfPartialDate(role.to)) {
      report(field, `ends (${role.to}) before it starts (${role.from})`);
    }
  });
}

function checkFacts(value: unknown, report: Report) {
  checkArray(value, 'facts', report).forEach((fact, i) => {
    const field = `facts[${i}]`;
    if (!isRecord(fact)) return report(field, 'must be { date, text }');
    checkKeys(fact, new Set(['date', 'text']), field, report);
    checkDate(fact.date, `${field}.date`, report, true);
    checkText(fact.text, `${field}.text`, report, { max: 400 });
  });
}

function checkPerspectives(value: unknown, report: Report) {
  const perspectives = checkArray(value, 'perspectives', report);
  if (value !== undefined && perspectives.length < 2) {
    report('perspectives', `a contested entry needs at least two perspectives; it has ${perspectives.length}`);
  }
  perspectives.forEach((p, i) => {
    const field = `perspectives[${i}]`;
    if (!isRecord(p)) return report(field, 'must be { holder, view, sources }');
    checkKeys(p, new Set(['holder', 'view', 'sources']), field, report);
    checkText(p.holder, `${field}.holder`, report, { max: 200 });
    checkText(p.view, `${field}.view`, report, { max: 1200 });
    checkSources(p.sources, `${field}.sources`, report);
  });
}

function checkOutlet(value: unknown, kind: unknown, report: Report) {
  if (value === undefined) {
    if (kind === 'outlet') report('outlet', 'an outlet entry needs an outlet profile with its domains');
    return;
  }
  if (kind !== 'outlet') return report('outlet', 'only outlet entries carry an outlet profile');
  if (!isRecord(value)) return report('outlet', 'must be { domains, owner?, country?, founded?, funding?, assessments? }');
  checkKeys(value, new Set(['domains', 'owner', 'country', 'founded', 'funding', 'assessments']), 'outlet', report);
  const domains = value.domains;
  if (!Array.isArray(domains) || domains.length === 0) report('outlet.domains', 'needs at least one domain');
  else domains.forEach((d, i) => {
    if (typeof d !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)) report(`outlet.domains[${i}]`, `${JSON.stringify(d)} is not a bare domain such as example.com`);
  });
  for (const key of ['owner', 'country', 'funding'] as const) checkText(value[key], `outlet.${key}`, report, { required: false, max: 400 });
  checkDate(value.founded, 'outlet.founded', report, false);
  checkArray(value.assessments, 'outlet.assessments', report).forEach((a, i) => {
    const field = `outlet.assessments[${i}]`;
    if (!isRecord(a)) return report(field, 'must be { by, text, source }');
    checkKeys(a, new Set(['by', 'text', 'source']), field, report);
    checkText(a.by, `${field}.by`, report, { max: 200 });
    checkText(a.text, `${field}.text`, report, { max: 800 });
    checkSource(a.source, `${field}.source`, report);
  });
}

/**
 * The entry's provenance: dated changes, newest first. A change is made by someone who checked
 * the entry, so `reviewed` is never older than the newest change (and the card, which shows
 * both, never contradicts itself). Dates in the future are a pack-wide check (`validateEntries`
 * knows today).
 */
function checkChangelog(value: unknown, reviewed: unknown, report: Report) {
  if (!Array.isArray(value) || value.length === 0) {
    return report('changelog', 'needs at least one item, newest first: { date: YYYY-MM-DD, change }');
  }
  const dates: (string | null)[] = value.map((item, i) => {
    const field = `changelog[${i}]`;
    if (!isRecord(item)) {
      report(field, 'must be { date, change }');
      return null;
    }
    checkKeys(item, new Set(['date', 'change']), field, report);
    checkText(item.change, `${field}.change`, report, { max: 300 });
    const date = item.date;
    if (typeof date !== 'string' || !FULL_DATE.test(date) || !isPartialDate(date)) {
      report(`${field}.date`, `${JSON.stringify(date)} is not a day (YYYY-MM-DD, quoted)`);
      return null;
    }
    if (date < CHANGELOG_EARLIEST) report(`${field}.date`, `${date} is before ${CHANGELOG_EARLIEST}, when no entry existed yet`);
    return date;
  });
  dates.forEach((date, i) => {
    const before = dates[i - 1];
    if (date && before && date > before) report(`changelog[${i}]`, `${date} is newer than the item above it (${before}): list changes newest first`);
  });
  const newest = dates.filter((d): d is string => d !== null).sort().at(-1);
  if (newest && isPartialDate(reviewed) && endOfPartialDate(reviewed) < newest) {
    report('reviewed', `${reviewed} is before the latest change (${newest}): whoever changes an entry reviews it, so set reviewed to ${newest} or later`);
  }
}

/**
 * Check one entry on its own (pack-wide rules such as duplicate ids live in `validatePack`).
 * `position` names the entry in messages when its id is missing or unusable.
 */
export function validateEntry(value: unknown, position: string): Problem[] {
  const problems: Problem[] = [];
  const entryName = isRecord(value) && typeof value.id === 'string' && value.id ? value.id : position;
  const report: Report = (field, message, severity = 'error') => problems.push({ severity, entry: entryName, field, message });
  if (!isRecord(value)) {
    report('', 'an entry must be an object');
    return problems;
  }
  checkKeys(value, ENTRY_FIELDS, '', report);
  if (typeof value.id !== 'string' || !ID_PATTERN.test(value.id)) report('id', 'must be kebab-case letters and digits, e.g. rex-tillerson');
  if (!ENTRY_KINDS.includes(value.kind as EntryKind)) report('kind', `must be one of ${ENTRY_KINDS.join(', ')}`);
  checkText(value.name, 'name', report, { max: 200 });
  checkAliases(value.aliases, report);
  checkText(value.summary, 'summary', report, { max: SUMMARY_MAX_CHARS });
  checkRoles(value.roles, report);
  checkFacts(value.facts, report);
  checkPerspectives(value.perspectives, report);
  checkText(value.established, 'established', report, { required: false, max: 1500 });
  checkSources(value.sources, 'sources', report);
  const related = checkArray(value.related, 'related', report);
  related.forEach((r, i) => {
    if (typeof r !== 'string' || !ID_PATTERN.test(r)) report(`related[${i}]`, 'must be an entry id');
  });
  checkDate(value.reviewed, 'reviewed', report, true);
  checkChangelog(value.changelog, value.reviewed, report);
  checkOutlet(value.outlet, value.kind, report);
  return problems;
}
