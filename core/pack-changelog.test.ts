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

  test('entries without a changelog (sources written before the field) add nothing', () => {
    expect(packChangelog([testEntry({ id: 'a', aliases: [{ text: 'A' }] })])).toEqual([]);
  });

  test('items that are not a full day with a change are left out', () => {
    const odd = { ...testEntry({ id: 'a', name: 'A', aliases: [{ text: 'A' }] }), changelog: [{ date: '2026-11', change: 'month' }, { date: '2026-11-02', change: ' ' }, null] };
    expect(packChangelog([odd as never])).toEqual([]);
  });
});

describe('packVersion', () => {
  test('is the day of the newest change', () => {
    expect(packVersion([{ date: '2026-11-21', changes: ['x'] }, { date: '2026-01-01', changes: ['y'] }], [])).toBe('2026.11.21');
  });

  test('without changes, the newest full review day stands in', () => {
    const entries = [
      testEntry({ id: 'a', aliases: [{ text: 'A' }], reviewed: '2026-03-04' }),
      testEntry({ id: 'b', aliases: [{ text: 'B' }], reviewed: '2026-11' }),
      testEntry({ id: 'c', aliases: [{ text: 'C' }], reviewed: '2025-12-31' }),
    ];
    expect(packVersion([], entries)).toBe('2026.03.04');
    expect(packVersion([], [])).toBe('0.0.0');
  });
});
