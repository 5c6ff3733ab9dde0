import { describe, expect, test } from 'vitest';
import { packChangelog, packVersion } from './pack-changelog.ts';
import { testEntry } from './test-entries.ts';

const withChanges = (id: string, name: string, changelog: { date: string; change: string }[]) => ({ ...testEntry({ id, name, aliases: [{ text: name }] }), changelog });

describe('packChangelog', () => {
  test("groups the entries' changes by day, newest first, each named for its entry", () => {
    const entries = [
      withChanges('alpha', 'Alpha', [{ date: '2026-11-20', change: 'Added.' }, { date: '2026-10-02', change: 'Roles to 2026.' }]),
      withChanges('beta', 'Beta', [{ date: '2026-10-02', change: 'New source.' }]),
      withChanges('gamma', 'Gamma', [{ date: '2026-11-21', change: '  Summary rewritten.  ' }]),
    ];
    expect(packChangelog(entries)).toEqual([
      { date: '2026-11-21', changes: ['Gamma: Summary rewritten.'] },
      { date: '2026-11-20', changes: ['Alpha: Added.'] },
      { date: '2026-10-02', changes: ['Alpha: Roles to 2026.', 'Beta: New source.'] },
    ]);
  });
});

describe('packVersion', () => {
  test('is the day of the newest change', () => {
    expect(packVersion([{ date: '2026-11-21', changes: ['x'] }, { date: '2026-01-01', changes: ['y'] }])).toBe('2026.11.21');
  });

  test('a pack without changes is 0.0.0', () => {
    expect(packVersion([])).toBe('0.0.0');
  });
});
