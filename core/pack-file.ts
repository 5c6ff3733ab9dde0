/**
 * Reading a pack file a reader chose to import. The file is untrusted: its size is checked before
 * it is read, its nesting before it is parsed, keys that could reach a prototype are refused, the
 * format is checked before the entries (a different format would only produce a flood of
 * misleading errors), then the pack and every entry go through the same validation as the
 * bundled pack, and finally against what is installed: a pack may not reuse an installed entry's
 * id. Every problem names the entry and the field.
 */
import type { ContextPack } from './types.ts';
import type { Problem } from './validate-entry.ts';
import { PACK_FORMAT, validatePack } from './validate-pack.ts';
import { MAX_PACK_FILE_BYTES } from './pack-limits.ts';

/** How deep values may nest. A pack needs 8 (entries → aliases → framing → others); 20 leaves room. */
export const MAX_PACK_NESTING = 20;
/** Keys that are refused wherever they appear: later copying with `=` could reach a prototype. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Where a problem that belongs to the file rather than to an entry is filed. */
export const FILE_PROBLEM = '(file)';
export const PACK_PROBLEM = '(pack)';

/** An installed pack as the import check sees it. */
export interface InstalledPackIds {
  id: string;
  name: string;
  bundled: boolean;
  entryIds: readonly string[];
}

/** The pack passed every check; `replaces` names the imported pack of the same id it updates. */
export type PackFileCheck = { ok: true; pack: ContextPack; replaces: string | null } | { ok: false; problems: Problem[] };

const fileProblem = (message: string): Problem => ({ severity: 'error', entry: FILE_PROBLEM, field: '', message });

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Refuse a file by its size alone, before a byte of it is read; null when the size is fine. */
export function checkPackFileSize(size: number): string | null {
  if (!Number.isFinite(size) || size < 0) return 'The file has no readable size.';
  if (size === 0) return 'The file is empty.';
  if (size > MAX_PACK_FILE_BYTES) {
    const shown = megabytes(size);
    const limit = megabytes(MAX_PACK_FILE_BYTES);
    return `The file is ${shown === limit ? `over ${limit}` : shown}; a pack file may be at most ${limit}.`;
  }
  return null;
}

function lineAndColumn(text: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

/**
 * Where the text first nests deeper than `max`, or -1. One pass, no recursion, before parsing:
 * a 10,000-deep file is refused with a message instead of exhausting a stack later.
 */
function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped unit
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** `entries[3].aliases[0]` → the entry's id (or position) and the field inside it. */
function locate(root: unknown, path: (string | number)[]): { entry: string; field: string } {
  const text = (parts: (string | number)[]) => parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const entry = (root as { entries: unknown[] }).entries[path[1]];
    const id = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).id : undefined;
    return { entry: typeof id === 'string' && id ? id : `#${path[1] + 1}`, field: text(path.slice(2)) };
  }
  return { entry: PACK_PROBLEM, field: text(path) };
}

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v && v.key !== null; v = v.parent) path.unshift(v.key);
  return path;
}

/** Every `__proto__`, `constructor` or `prototype` key, wherever it is (depth is already bounded). */
function prototypeKeys(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: Visit[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, key: i, parent: visit }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (PROTOTYPE_KEYS.has(key)) {
        const where = locate(root, [...pathOf(visit), key]);
        problems.push({ severity: 'error', ...where, message: `"${key}" is not allowed as a field name` });
      } else {
        stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit });
      }
    }
  }
  return problems;
}

/**
 * Parse pack JSON: bounded nesting, no prototype keys. `JSON.parse` itself defines every key as
 * an own property (it never assigns through `__proto__`), so parsing cannot pollute; refusing the
 * keys keeps any later copy of the data from doing so.
 */
export function parsePackJson(raw: string): { value: unknown } | { problems: Problem[] } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // editors may add a byte-order mark
  if (!text.trim()) return { problems: [fileProblem('The file is empty.')] };
  const deep = tooDeepAt(text, MAX_PACK_NESTING);
  if (deep >= 0) {
    return { problems: [fileProblem(`The file nests values more than ${MAX_PACK_NESTING} levels deep (at ${lineAndColumn(text, deep)}); a pack never needs that many.`)] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [fileProblem(`The file is not valid JSON: ${(error as Error).message}`)] };
  }
  const problems = prototypeKeys(value);
  return problems.length > 0 ? { problems } : { value };
}

function checkFormat(value: unknown): Problem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fileProblem(`The file holds ${Array.isArray(value) ? 'a list' : `a JSON ${value === null ? 'null' : typeof value}`}, not a pack (a JSON object with "format", "id", "entries"…).`);
  }
  const format = (value as Record<string, unknown>).format;
  if (format === PACK_FORMAT) return null;
  const problem = (message: string): Problem => ({ severity: 'error', entry: PACK_PROBLEM, field: 'format', message });
  if (format === undefined) return problem('is missing, so this is not a Backstory pack file');
  if (typeof format === 'number' && Number.isInteger(format) && format > PACK_FORMAT) {
    return problem(`is ${format}: the pack was made for a newer Backstory; this version reads format ${PACK_FORMAT}`);
  }
  return problem(`is ${JSON.stringify(format)}; this version of Backstory reads pack format ${PACK_FORMAT}`);
}

/** Entry ids the pack shares with installed packs (other than the one it replaces). */
function collisions(pack: ContextPack, installed: readonly InstalledPackIds[], replaces: string | null): Problem[] {
  const owner = new Map<string, string>();
  for (const other of installed) {
    if (other.id === replaces) continue;
    for (const id of other.entryIds) owner.set(id, other.name);
  }
  return pack.entries.flatMap((entry): Problem[] => {
    const name = owner.get(entry.id);
    return name ? [{ severity: 'error', entry: entry.id, field: 'id', message: `the installed pack “${name}” already has an entry with this id (rename it, or remove that pack first)` }] : [];
  });
}

/**
 * Check an imported pack file's text against everything: JSON, nesting, prototype keys, format,
 * the pack and its entries, then the installed packs. Warnings (such as an old `reviewed` date)
 * do not stop an import; only errors are returned.
 */
export function checkPackFile(text: string, installed: readonly InstalledPackIds[], today: string): PackFileCheck {
  const parsed = parsePackJson(text);
  if ('problems' in parsed) return { ok: false, problems: parsed.problems };
  const format = checkFormat(parsed.value);
  if (format) return { ok: false, problems: [format] };
  const check = validatePack(parsed.value, today);
  const errors = check.problems.filter((p) => p.severity === 'error');
  if (!check.pack || errors.length > 0) return { ok: false, problems: errors };
  const pack = check.pack;
  const same = installed.find((p) => p.id === pack.id);
  if (same?.bundled) {
    return { ok: false, problems: [{ severity: 'error', entry: PACK_PROBLEM, field: 'id', message: `"${pack.id}" is the id of the pack bundled with Backstory, which an imported pack cannot replace` }] };
  }
  const replaces = same ? same.id : null;
  const clashes = collisions(pack, installed, replaces);
  return clashes.length > 0 ? { ok: false, problems: clashes } : { ok: true, pack, replaces };
}

/** A problem in plain words: `Entry "x", field roles[1].to: …`, `The pack's field "id": …`. */
export function describeProblem(p: Problem): string {
  if (p.entry === FILE_PROBLEM) return p.message;
  const where = p.entry === PACK_PROBLEM ? (p.field ? `The pack's field "${p.field}"` : 'The pack') : `Entry ${p.entry.startsWith('#') ? p.entry : `"${p.entry}"`}${p.field ? `, field ${p.field}` : ''}`;
  return `${where}: ${p.message}`;
}

/** At most `limit` problems in plain words, and how many more there were. */
export function describeProblems(problems: readonly Problem[], limit: number): { lines: string[]; more: number } {
  return { lines: problems.slice(0, limit).map(describeProblem), more: Math.max(0, problems.length - limit) };
}
