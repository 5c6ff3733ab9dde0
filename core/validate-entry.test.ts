import { describe, expect, test } from 'vitest';
import { validateEntry } from './validate-entry.ts';
import { testEntry } from './test-entries.ts';

const good = testEntry({ id: 'rex-tillerson', aliases: [{ text: 'Rex Tillerson' }] });
const messages = (value: unknown) => validateEntry(value, '#1').map((p) => `${p.entry} ${p.field}: ${p.message}`);

describe('validateEntry', () => {
  test('accepts a well-formed entry', () => {
    expect(validateEntry(good, '#1')).toEqual([]);
  });

  test('names the entry, the field and the problem', () => {
    const problems = validateEntry({ ...good, roles: [{ title: 'Secretary of State', from: '2018-03-31', to: '2017-02-01' }] }, '#1');
    expect(problems).toEqual([{ severity: 'error', entry: 'rex-tillerson', field: 'roles[0]', message: 'ends (2017-02-01) before it starts (2018-03-31)' }]);
  });

  test('refuses unknown fields, including __proto__', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}');
    expect(messages({ ...good, ...hostile, colour: 'red' })).toEqual([
      'rex-tillerson __proto__: unknown field "__proto__"',
      'rex-tillerson colour: unknown field "colour"',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('refuses invalid dates', () => {
    expect(messages({ ...good, reviewed: '2026-02-30' })).toEqual(['rex-tillerson reviewed: "2026-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD, quoted)']);
  });

  test('a contested entry needs two perspectives with holders and sources', () => {
    const one = { ...good, perspectives: [{ holder: 'The Russian government', view: 'A view.', sources: [] }] };
    expect(messages(one)).toEqual([
      'rex-tillerson perspectives: a contested entry needs at least two perspectives; it has 1',
      'rex-tillerson perspectives[0].sources: needs at least one source',
    ]);
  });

  test('an alias that is a common word cannot fire alone', () => {
    expect(messages({ ...good, aliases: [{ text: 'Stone' }] })).toEqual([
      'rex-tillerson aliases[0].text: "Stone" is also a common word, first name or other place: give it match: after-full-name or needs-context',
    ]);
    expect(validateEntry({ ...good, aliases: [{ text: 'Stone', match: 'after-full-name' }] }, '#1')).toEqual([]);
  });

  test('a never phrase must contain one of the names it stops, and carries no framing', () => {
    expect(messages({ ...good, aliases: [{ text: 'Rex Tillerson' }, { text: 'Rex Tillerson Road', match: 'never' }] })).toEqual([]);
    expect(messages({ ...good, aliases: [{ text: 'Rex Tillerson' }, { text: 'Exxon Road', match: 'never' }] })).toEqual([
      `rex-tillerson aliases[1].text: "Exxon Road" contains none of the entry's names: a never phrase only stops one of them from firing inside it`,
    ]);
    const framed = { text: 'Rex Tillerson Road', match: 'never', framing: { usedBy: 'x', neutral: 'y' } };
    expect(messages({ ...good, aliases: [{ text: 'Rex Tillerson' }, framed] })).toEqual([
      'rex-tillerson aliases[1].framing: a never phrase marks nothing, so it carries no framing',
    ]);
  });

    test('sources must be https URLs', () => {
    const entry = { ...good, sources: [{ title: 'x', publisher: 'y', url: 'javascript:alert(1)' }] };
    expect(messages(entry)).toEqual(['rex-tillerson sources[0].url: must be an https: URL, not javascript:']);
  });

  test('summaries have a length limit', () => {
    expect(messages({ ...good, summary: 'x'.repeat(601) })).toEqual(['rex-tillerson summary: is 601 characters long; the limit is 600']);
  });

  describe('changelog', () => {
    const withLog = (changelog: unknown, reviewed = '2026-11-26') => messages({ ...good, reviewed, changelog });

    test('dated changes, newest first, with reviewed on or after the newest are accepted', () => {
      expect(withLog([{ date: '2026-11-20', change: 'Added the 2018 dismissal.' }, { date: '2026-11-20', change: 'Sources checked.' }, { date: '2025-03-01', change: 'Entry written.' }])).toEqual([]);
      // A review to the month covers a change in that month.
      expect(withLog([{ date: '2026-11-20', change: 'Entry written.' }], '2026-11')).toEqual([]);
    });

    test('is required, with at least one item', () => {
      const { changelog: _dropped, ...without } = good;
      expect(messages(without)).toEqual(['rex-tillerson changelog: needs at least one item, newest first: { date: YYYY-MM-DD, change }']);
      expect(withLog([])).toEqual(['rex-tillerson changelog: needs at least one item, newest first: { date: YYYY-MM-DD, change }']);
      expect(withLog('Entry written.')).toEqual(['rex-tillerson changelog: needs at least one item, newest first: { date: YYYY-MM-DD, change }']);
    });

    test('each item is a full, real day and a sentence', () => {
      expect(withLog([{ date: '2026-11', change: 'Entry written.' }])).toEqual(['rex-tillerson changelog[0].date: "2026-11" is not a day (YYYY-MM-DD, quoted)']);
      expect(withLog([{ date: '2026-02-30', change: 'Entry written.' }])).toEqual(['rex-tillerson changelog[0].date: "2026-02-30" is not a day (YYYY-MM-DD, quoted)']);
      expect(withLog([{ date: 20261120, change: 'Entry written.' }])).toEqual(['rex-tillerson changelog[0].date: 20261120 is not a day (YYYY-MM-DD, quoted)']);
      expect(withLog([{ date: '2026-11-20', change: ' ' }])).toEqual(['rex-tillerson changelog[0].change: must be a non-empty string']);
      expect(withLog([{ date: '2026-11-20', change: 'x'.repeat(301) }])).toEqual(['rex-tillerson changelog[0].change: is 301 characters long; the limit is 300']);
      expect(withLog([{ date: '2026-11-20', change: 'Entry written.', by: 'me' }])).toEqual(['rex-tillerson changelog[0].by: unknown field "by"']);
      expect(withLog(['Entry written.'])).toEqual(['rex-tillerson changelog[0]: must be { date, change }']);
    });

    test('no date before 2020', () => {
      expect(withLog([{ date: '2019-12-31', change: 'Entry written.' }])).toEqual(['rex-tillerson changelog[0].date: 2019-12-31 is before 2020-01-01, when no entry existed yet']);
    });

    test('newest first', () => {
      expect(withLog([{ date: '2026-01-01', change: 'Entry written.' }, { date: '2026-11-20', change: 'Sources checked.' }])).toEqual([
        'rex-tillerson changelog[1]: 2026-11-20 is newer than the item above it (2026-01-01): list changes newest first',
      ]);
    });

    test('reviewed is not older than the newest change', () => {
      expect(withLog([{ date: '2026-11-20', change: 'Entry written.' }], '2026-11-19')).toEqual([
        'rex-tillerson reviewed: 2026-11-19 is before the latest change (2026-11-20): whoever changes an entry reviews it, so set reviewed to 2026-11-20 or later',
      ]);
    });
  });

  test('an entry that is not an object is named by position', () => {
    expect(messages(42)).toEqual(['#1 : an entry must be an object']);
  });
});
