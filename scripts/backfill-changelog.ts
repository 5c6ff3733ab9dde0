/**
 * One-off: give every database entry that has none a `changelog`, derived from the git history of
 * its file. The first commit is "Entry written."; each later day with commits becomes one item
 * describing them from their subjects. Appends to the file's text, so comments, key order and
 * the flow style of the rest of the file are untouched; the parsed entry is checked afterwards.
 *
 *   npx tsx scripts/backfill-changelog.ts [DIR]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import type { ChangelogItem } from '../core/types.ts';

const MAX_CHANGE_CHARS = 200;

interface Commit {
  date: string;
  subject: string;
}

/** A commit subject as one short plain sentence: no hashes or issue numbers, first clause only. */
export function describeSubject(subject: string): string {
  let text = subject
    .replace(/\b[0-9a-f]{7,40}\b/g, '')
    .replace(/\s*\(#\d+\)|#\d+/g, '')
    .split(/;\s|\.\s/)[0]!
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:,]+$/, '');
  if (text.length > MAX_CHANGE_CHARS) text = `${text.slice(0, text.lastIndexOf(' ', MAX_CHANGE_CHARS - 1))}…`;
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}.` : 'Revised.';
}

/** Commits (newest first, as git lists them) become changelog items, one per day, newest first. */
export function changelogFrom(commits: readonly Commit[]): ChangelogItem[] {
  if (commits.length === 0) return [];
  const firstDay = commits.at(-1)!.date;
  const days = new Map<string, string[]>();
  for (const commit of commits) days.set(commit.date, [...(days.get(commit.date) ?? []), commit.subject]);
  return [...days].map(([date, subjects]) => {
    // Edits on the day the entry was written are part of writing it.
    if (date === firstDay) return { date, change: 'Entry written.' };
    const parts = [...new Set(subjects.reverse().map(describeSubject))];
    const joined = parts.map((p, i) => (i === 0 ? p.slice(0, -1) : lowerFirst(p.slice(0, -1)))).join('; ');
    return { date, change: joined.length > MAX_CHANGE_CHARS ? parts[0]! : `${joined}.` };
  });
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}

function gitHistory(file: string): Commit[] {
  const out = execFileSync('git', ['log', '--follow', '--format=%as%x09%s', '--', basename(file)], { cwd: dirname(file), encoding: 'utf8' });
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [date, ...subject] = line.split('\t');
      return { date: date!, subject: subject.join('\t') };
    });
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? yamlFiles(path) : name.endsWith('.yaml') ? [path] : [];
    });
}

/** Give every entry under `dir` without a changelog one; returns how many were written and skipped. */
export function backfillChangelogs(dir: string, today = new Date().toISOString().slice(0, 10)): { written: number; skipped: number } {
  let written = 0;
  let skipped = 0;
  for (const file of yamlFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const before = parse(text, { schema: 'core' }) as Record<string, unknown>;
    if ('changelog' in before) {
      skipped++;
      continue;
    }
    const items = changelogFrom(gitHistory(file));
    // A file git does not know yet is being written now.
    if (items.length === 0) items.push({ date: today, change: 'Entry written.' });
    const lines = items.map((item) => `  - { date: '${item.date}', change: ${JSON.stringify(item.change)} }`);
    const next = `${text.endsWith('\n') ? text : `${text}\n`}changelog:\n${lines.join('\n')}\n`;
    const after = parse(next, { schema: 'core' }) as Record<string, unknown>;
    if (!isDeepStrictEqual(after, { ...before, changelog: items })) throw new Error(`${file}: the appended changelog did not parse back as written`);
    writeFileSync(file, next);
    written++;
  }
  return { written, skipped };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { written, skipped } = backfillChangelogs(process.argv[2] ?? 'assets/context');
  console.log(`backfill-changelog: ${written} entries given a changelog, ${skipped} already had one`);
}
