import { describe, expect, test } from 'vitest';
import { validateEntries, validatePack } from './validate-pack.ts';
import { testEntry, testPack } from './test-entries.ts';

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
    const result = validatePack(testPack([], { format: 2 as 1 }), today);
    expect(result.pack).toBeUndefined();
    expect(result.problems[0]!.message).toBe('this version of Backstory reads pack format 1, not 2');
  });

  test('accepts a valid pack', () => {
    const pack = testPack([testEntry({ id: 'a', aliases: [{ text: 'Alpha' }] })], {
      changelog: [
        { date: '2026-11-20', changes: ['Alpha: added'] },
        { date: '2026-10-01', changes: ['Beta: sources updated', 'Gamma: removed'] },
      ],
    });
    expect(validatePack(pack, today)).toEqual({ entries: pack.entries, problems: [], pack });
  });

  test('checks the publisher, the id and the changelog', () => {
    const pack = {
      ...testPack([]),
      id: 'Not An Id',
      publisher: ' ',
      changelog: [
        { date: '2026-11-20', changes: ['fine'] },
        { date: '2026-11-20', changes: ['same day again'] },
        { date: '2026-02-30', changes: ['no such day'] },
        { date: '2026-01', changes: ['month only'] },
        { date: '2025-01-01', changes: [] },
        { date: '2024-01-01', changes: [''], extra: 1 },
      ],
    };
    expect(validatePack(pack, today).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'id: must be kebab-case letters and digits, e.g. world-affairs',
      'publisher: must be a non-empty string',
      'changelog[1].date: 2026-11-20 is not older than 2026-11-20 before it: newest first, one item per day',
      'changelog[2].date: "2026-02-30" is not a day (YYYY-MM-DD)',
      'changelog[3].date: "2026-01" is not a day (YYYY-MM-DD)',
      'changelog[4].changes: needs at least one change',
      'changelog[5].extra: unknown field "extra"',
      'changelog[5].changes[0]: must be a non-empty string',
    ]);
  });

  test('a pack without publisher or changelog is refused', () => {
    const { publisher: _p, changelog: _c, ...old } = testPack([]);
    expect(validatePack(old, today).problems.map((p) => p.field)).toEqual(['publisher', 'changelog']);
  });
});
