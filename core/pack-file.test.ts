import { afterEach, describe, expect, test } from 'vitest';
import { checkPackFile, checkPackFileSize, describeProblems, MAX_PACK_NESTING, parsePackJson, type InstalledPackIds } from './pack-file.ts';
import { MAX_PACK_FILE_BYTES } from './pack-limits.ts';
import { testEntry, testPack } from './test-entries.ts';

const today = '2026-11-26';
const bundled: InstalledPackIds = { id: 'backstory-world-affairs', name: 'Backstory world affairs', bundled: true, entryIds: ['vladimir-putin', 'rex-tillerson'] };
const good = testPack(
  [
    testEntry({ id: 'ada-lovelace', name: 'Ada Lovelace', aliases: [{ text: 'Ada Lovelace' }] }),
    testEntry({ id: 'analytical-engine', kind: 'work', name: 'Analytical Engine', aliases: [{ text: 'Analytical Engine' }], related: ['ada-lovelace'] }),
  ],
  { id: 'computing-history', name: 'Computing history', publisher: 'Example Society', version: '2026.11.01', changelog: [{ date: '2026-11-01', changes: ['Ada Lovelace: added'] }] },
);
const text = (value: unknown) => JSON.stringify(value, null, 2);
const messages = (result: ReturnType<typeof checkPackFile>) => (result.ok ? [] : describeProblems(result.problems, 50).lines);

afterEach(() => {
  // No test may leave anything on the shared prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => /polluted|injected/.test(k))).toEqual([]);
});

describe('checkPackFileSize, before the file is read', () => {
  test('refuses a 50 MB file by its size alone, naming the limit', () => {
    // A File-like: only the size is looked at, so nothing of 50 MB is allocated.
    const file = { size: 50 * 1024 * 1024 };
    expect(checkPackFileSize(file.size)).toBe('The file is 50 MB; a pack file may be at most 8 MB.');
  });

  test('accepts a file at the limit and refuses one byte over, and an empty file', () => {
    expect(checkPackFileSize(MAX_PACK_FILE_BYTES)).toBeNull();
    expect(checkPackFileSize(MAX_PACK_FILE_BYTES + 1)).toBe('The file is over 8 MB; a pack file may be at most 8 MB.');
    expect(checkPackFileSize(0)).toBe('The file is empty.');
    expect(checkPackFileSize(Number.NaN)).toBe('The file has no readable size.');
  });
});

describe('parsePackJson', () => {
  test('malformed JSON is refused with the parser’s reason', () => {
    const result = parsePackJson('{ "format": 1, "id": ');
    expect(result).toEqual({ problems: [expect.objectContaining({ entry: '(file)', message: expect.stringMatching(/^The file is not valid JSON: .+/) })] });
  });

  test('10,000-deep nesting is refused with a message, not a stack overflow', () => {
    const deep = `{"format":1,"entries":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect(parsePackJson(deep)).toEqual({
      problems: [{ severity: 'error', entry: '(file)', field: '', message: `The file nests values more than ${MAX_PACK_NESTING} levels deep (at line 1, column 42); a pack never needs that many.` }],
    });
  });

  test('brackets inside strings do not count as nesting', () => {
    const value = { s: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ \\" {{{{{{{{{{{{{{{{{{{{{{{{{{{{' };
    expect(parsePackJson(JSON.stringify(value))).toEqual({ value });
  });

  test('a byte-order mark at the start is ignored', () => {
    expect(parsePackJson('\ufeff{"a":1}')).toEqual({ value: { a: 1 } });
  });

  test('__proto__, constructor and prototype keys are refused wherever they are, and reach no prototype', () => {
    const hostile = `{"format":1,"__proto__":{"polluted":true},"entries":[{"id":"x","aliases":[{"text":"X","constructor":{"prototype":{"injected":1}}}]},
      {"id":"y","\\u005f_proto__":{"polluted":2}}]}`;
    const result = parsePackJson(hostile);
    expect('problems' in result && result.problems.map((p) => `${p.entry} ${p.field}: ${p.message}`).sort()).toEqual([
      '(pack) __proto__: "__proto__" is not allowed as a field name',
      'x aliases[0].constructor: "constructor" is not allowed as a field name',
      'y __proto__: "__proto__" is not allowed as a field name',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).injected).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('checkPackFile', () => {
  test('a good pack is accepted as it was written', () => {
    expect(checkPackFile(text(good), [bundled], today)).toEqual({ ok: true, pack: good, replaces: null });
  });

  test('the wrong format version is refused before the entries are looked at', () => {
    expect(messages(checkPackFile(text({ ...good, format: 2, entries: [{ nonsense: true }] }), [bundled], today))).toEqual([
      'The pack\'s field "format": is 2: the pack was made for a newer Backstory; this version reads format 1',
    ]);
    expect(messages(checkPackFile(text({ ...good, format: undefined }), [bundled], today))).toEqual([
      'The pack\'s field "format": is missing, so this is not a Backstory pack file',
    ]);
    expect(messages(checkPackFile(text({ ...good, format: '1' }), [bundled], today))).toEqual([
      'The pack\'s field "format": is "1"; this version of Backstory reads pack format 1',
    ]);
    expect(messages(checkPackFile('[1, 2]', [bundled], today))).toEqual(['The file holds a list, not a pack (a JSON object with "format", "id", "entries"…).']);
  });

  test('duplicate ids and invalid dates are each named with the entry and the field', () => {
    const [ada, engine] = good.entries as [ReturnType<typeof testEntry>, ReturnType<typeof testEntry>];
    const bad = {
      ...good,
      entries: [
        { ...ada, roles: [{ title: 'Countess', from: '1835-07-08', to: '1852-13-27' }] },
        { ...engine, id: 'ada-lovelace', aliases: [{ text: 'Engine' }], reviewed: '2026-02-30' },
      ],
    };
    expect(messages(checkPackFile(text(bad), [bundled], today))).toEqual([
      'Entry "ada-lovelace", field roles[0].to: "1852-13-27" is not a date (YYYY, YYYY-MM or YYYY-MM-DD, quoted)',
      'Entry "ada-lovelace", field reviewed: "2026-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD, quoted)',
      // Counted although one of the two has errors of its own.
      'Entry "ada-lovelace", field id: 2 entries share this id',
    ]);
    const twins = { ...good, entries: [ada, { ...engine, id: 'ada-lovelace', aliases: [{ text: 'Engine' }], related: [] }] };
    expect(messages(checkPackFile(text(twins), [bundled], today))).toEqual(['Entry "ada-lovelace", field id: 2 entries share this id']);
  });

  test('an entry without a usable id is named by its position', () => {
    const bad = { ...good, entries: [...good.entries, { kind: 'person' }] };
    expect(messages(checkPackFile(text(bad), [bundled], today))).toContain('Entry #3, field id: must be kebab-case letters and digits, e.g. rex-tillerson');
  });

  test('entry ids an installed pack already has are refused, naming each and the pack', () => {
    const clash = { ...good, entries: [...good.entries, testEntry({ id: 'vladimir-putin', name: 'Vladimir Putin', aliases: [{ text: 'Vladimir Vladimirovich' }] })] };
    expect(messages(checkPackFile(text(clash), [bundled], today))).toEqual([
      'Entry "vladimir-putin", field id: the installed pack “Backstory world affairs” already has an entry with this id (rename it, or remove that pack first)',
    ]);
  });

  test('the bundled pack cannot be replaced; an imported pack of the same id is updated, its own ids not counting as clashes', () => {
    expect(messages(checkPackFile(text({ ...good, id: 'backstory-world-affairs' }), [bundled], today))).toEqual([
      'The pack\'s field "id": "backstory-world-affairs" is the id of the pack bundled with Backstory, which an imported pack cannot replace',
    ]);
    const installed: InstalledPackIds = { id: 'computing-history', name: 'Computing history', bundled: false, entryIds: ['ada-lovelace'] };
    expect(checkPackFile(text(good), [bundled, installed], today)).toMatchObject({ ok: true, replaces: 'computing-history' });
  });

  test('every problem is listed, and a long list is capped with how many more', () => {
    const many = { ...good, entries: Array.from({ length: 80 }, (_, i) => ({ id: `e-${i}`, kind: 'person', name: `E ${i}`, aliases: [{ text: `Eee ${i}` }], summary: 'S', sources: [], reviewed: '2026-11-01', changelog: [{ date: '2026-11-01', change: 'Entry written.' }] })) };
    const result = checkPackFile(text(many), [bundled], today);
    expect(result.ok).toBe(false);
    const { lines, more } = describeProblems(result.ok ? [] : result.problems, 50);
    expect(lines).toHaveLength(50);
    expect(lines[0]).toBe('Entry "e-0", field sources: needs at least one source');
    expect(more).toBe(30);
  });
});
