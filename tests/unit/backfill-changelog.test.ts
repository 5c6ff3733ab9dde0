import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { backfillChangelogs, changelogFrom, describeSubject } from '../../scripts/backfill-changelog.ts';
import { validateEntry } from '../../core/validate-entry.ts';

describe('describeSubject', () => {
  test('one plain sentence: first clause, no hashes or issue numbers, capitalised, full stop', () => {
    expect(describeSubject('Unit and component tests for the core, card and hover intent; seed page fixture; more entries')).toBe('Unit and component tests for the core, card and hover intent.');
    expect(describeSubject('fix abc1234def typo (#12)')).toBe('Fix typo.');
    expect(describeSubject('Review pass. Drop the unused helper')).toBe('Review pass.');
    expect(describeSubject('Precision report fixes: aliases that misfired now need the full name')).toBe('Precision report fixes: aliases that misfired now need the full name.');
  });

  test('long subjects are cut at a word, nothing left becomes "Revised."', () => {
    const long = describeSubject(`Sources ${'checked again '.repeat(30)}`);
    expect(long.length).toBeLessThanOrEqual(202);
    expect(long).toMatch(/^Sources checked again (checked again )*\w+…\.$/);
    expect(describeSubject('#42')).toBe('Revised.');
  });
});

describe('changelogFrom', () => {
  test('the first day is "Entry written."; each later day is one item, newest first', () => {
    expect(
      changelogFrom([
        { date: '2026-12-02', subject: 'Tighten aliases' },
        { date: '2026-12-02', subject: 'Sources: add Britannica' },
        { date: '2026-11-27', subject: 'Dates fixed' },
        { date: '2026-11-26', subject: 'Fix a typo' },
        { date: '2026-11-26', subject: 'First database cut' },
      ]),
    ).toEqual([
      { date: '2026-12-02', change: 'Sources: add Britannica; tighten aliases.' },
      { date: '2026-11-27', change: 'Dates fixed.' },
      { date: '2026-11-26', change: 'Entry written.' },
    ]);
  });

  test('no history, no items', () => {
    expect(changelogFrom([])).toEqual([]);
  });
});

describe('backfillChangelogs on a git repository', () => {
  test('appends a changelog from the file history, keeps comments and layout, and runs once', () => {
    const repo = mkdtempSync(join(tmpdir(), 'backstory-backfill-'));
    const git = (args: string[], date?: string) =>
      execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
      });
    git(['init', '-q']);
    mkdirSync(join(repo, 'person'));
    const file = join(repo, 'person', 'ada-lovelace.yaml');
    const original = [
      'id: ada-lovelace',
      'kind: person',
      'name: Ada Lovelace',
      '# A comment the backfill must keep.',
      'aliases:',
      '  - { text: Ada Lovelace }',
      'summary: Mathematician.',
      'sources:',
      '  - { title: Ada Lovelace, publisher: Wikipedia, url: "https://en.wikipedia.org/wiki/Ada_Lovelace" }',
      "reviewed: '2026-11-30'",
      '',
    ].join('\n');
    writeFileSync(file, original.replace('Mathematician.', 'Mathematican.'));
    git(['add', '.']);
    git(['commit', '-qm', 'First cut of the people'], '2026-11-20T12:00:00Z');
    writeFileSync(file, original);
    git(['commit', '-qam', 'Spelling in summaries (#7)'], '2026-11-30T12:00:00Z');

    expect(backfillChangelogs(repo)).toEqual({ written: 1, skipped: 0 });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(original)).toBe(true);
    expect(text.slice(original.length)).toBe(
      "changelog:\n  - { date: '2026-11-30', change: \"Spelling in summaries.\" }\n  - { date: '2026-11-20', change: \"Entry written.\" }\n",
    );
    expect(validateEntry(parse(text), '#1')).toEqual([]);
    expect(backfillChangelogs(repo)).toEqual({ written: 0, skipped: 1 });
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
