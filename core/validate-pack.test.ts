import { describe, expect, test } from 'vitest';
import { validateEntries, validatePack } from './validate-pack.ts';
import { testEntry } from './test-entries.ts';

const today = '2026-11-26';

describe('validateEntries', () => {
  test('duplicate ids are errors', () => {
    const a = testEntry({ id: 'a', aliases: [{ text: 'Alpha' }] });
    const { problems } = validateEntries([a, { ...a, aliases: [{ text: 'Alpha One' }] }], today);
    expect(problems).toContainEqual({ severity: 'error', entry: 'a', field: 'id', message: '2 entries share this id' });
  });

  test('a shared alias needs a disambiguation rule on every copy', () => {
    const spain = testEntry({ id: 'cordoba-spain', aliases: [{ text: 'Córdoba', match: 'needs-context', context: ['Andalusia'] }] });
    const argentina = testEntry({ id: 'cordoba-argentina', aliases: [{ text: 'Cordoba' }] });
    const { problems } = validateEntries([spain, argentina], today);
    expect(problems).toEqual([
      {
        severity: 'error',
        entry: 'cordoba-argentina',
        field: 'aliases[0]',
        message: '"cordoba" is also an alias of cordoba-spain: every copy needs after-full-name or needs-context',
      },
    ]);
  });

  test("a never phrase may not be another entry's alias: it would hide it", () => {
    const mexico = testEntry({ id: 'mexico', aliases: [{ text: 'Mexico' }, { text: 'New Mexico', match: 'never' }] });
    const state = testEntry({ id: 'new-mexico', aliases: [{ text: 'New Mexico' }] });
    const { problems } = validateEntries([mexico, state], today);
    expect(problems).toContainEqual({
      severity: 'error',
      entry: 'mexico',
      field: 'aliases[1]',
      message: '"new mexico" is an alias of new-mexico: a never phrase here would hide it',
    });
    expect(validateEntries([mexico], today).problems).toEqual([]);
  });

    test('two holders of one office may not overlap', () => {
    const place = testEntry({
      id: 'ruritania',
      kind: 'place',
      aliases: [{ text: 'Ruritania' }],
      roles: [
        { title: 'President: A', from: '2014-01-01', to: '2019-05-20' },
        { title: 'President: B', from: '2019-05-20' },
        { title: 'Prime Minister: C', from: '2018-01', to: '2020-03' },
        { title: 'Prime Minister: D', from: '2020-02-15' },
      ],
    });
    expect(validateEntries([place], today).problems).toEqual([
      { severity: 'error', entry: 'ruritania', field: 'roles[3]', message: '"Prime Minister: D" overlaps "Prime Minister: C" (roles[2]) in the same office' },
    ]);
  });

  test('related ids must exist', () => {
    const a = testEntry({ id: 'a', aliases: [{ text: 'Alpha' }], related: ['nobody'] });
    expect(validateEntries([a], today).problems).toEqual([{ severity: 'error', entry: 'a', field: 'related[0]', message: 'no entry has the id "nobody"' }]);
  });

  test('entries not reviewed for over a year are warnings', () => {
    const a = testEntry({ id: 'a', aliases: [{ text: 'Alpha' }], reviewed: '2025-01-01', changelog: [{ date: '2025-01-01', change: 'Entry written.' }] });
    expect(validateEntries([a], today).problems.map((p) => p.severity)).toEqual(['warning']);
  });

  test('changes dated after tomorrow are errors (a day of slack for the author\'s time zone)', () => {
    const dated = (date: string) => testEntry({ id: 'a', aliases: [{ text: 'Alpha' }], reviewed: date, changelog: [{ date, change: 'Entry written.' }] });
    const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
    const dayAfter = new Date(Date.parse(today) + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(validateEntries([dated(today)], today).problems).toEqual([]);
    expect(validateEntries([dated(tomorrow)], today).problems).toEqual([]);
    expect(validateEntries([dated(dayAfter)], today).problems).toEqual([
      { severity: 'error', entry: 'a', field: 'changelog[0].date', message: `${dayAfter} is in the future` },
    ]);
  });
});

describe('validatePack', () => {
  test('refuses the wrong format version', () => {
    const result = validatePack({ format: 2, id: 'p', name: 'P', version: '1', entries: [] }, today);
    expect(result.pack).toBeUndefined();
    expect(result.problems[0]!.message).toBe('this version of Backstory reads pack format 1, not 2');
  });

  test('accepts a valid pack', () => {
    const pack = { format: 1, id: 'p', name: 'P', version: '1', entries: [testEntry({ id: 'a', aliases: [{ text: 'Alpha' }] })] };
    expect(validatePack(pack, today).pack).toBe(pack);
  });
});
