import { describe, expect, test } from 'vitest';
import { addMute, loadMutes, MAX_MUTES, removeMute, storeMutes, type MutedEntry } from './mutes.ts';

const putin: MutedEntry = { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', at: '2026-11-26T10:00:00.000Z' };
const maidan: MutedEntry = { id: 'euromaidan', name: 'Euromaidan', kind: 'topic', at: '2026-11-26T10:05:00.000Z' };

describe('loadMutes', () => {
  test('nothing stored: nothing muted, no notice', () => {
    expect(loadMutes(undefined)).toEqual({ mutes: [], notice: null });
  });

  test('what was stored comes back as it was', () => {
    expect(loadMutes(storeMutes([putin, maidan]))).toEqual({ mutes: [putin, maidan], notice: null });
    expect(storeMutes([putin])).toEqual({ version: 1, entries: [putin] });
  });

  test('a bad item is left out with a notice; the others stay', () => {
    const stored = { version: 1, entries: [putin, { ...maidan, kind: 'planet' }, { ...maidan, id: '../x' }, { ...maidan, extra: 1 }, 'x', maidan] };
    expect(loadMutes(stored)).toEqual({ mutes: [putin, maidan], notice: '4 muted names could not be read and were left out.' });
    expect(loadMutes({ version: 1, entries: [putin, { ...putin, at: 'yesterday' }] }).notice).toBe('1 muted name could not be read and was left out.');
  });

  test('a repeated id is kept once', () => {
    expect(loadMutes({ version: 1, entries: [putin, putin] }).mutes).toEqual([putin]);
  });

  test.each([
    ['an array', [putin], 'they were not an object'],
    ['a string', 'vladimir-putin', 'they were not an object'],
    ['no version', { entries: [putin] }, 'their version is unknown'],
    ['a newer version', { version: 2, entries: [putin] }, 'they were saved by a newer Backstory, version 2'],
    ['no list', { version: 1 }, 'the list is missing'],
  ])('%s cannot be read: nothing muted, and a notice says why', (_what, stored, why) => {
    expect(loadMutes(stored)).toEqual({ mutes: [], notice: `Your muted names could not be read (${why}), so none are muted.` });
  });

  test('hostile keys do not reach Object.prototype', () => {
    loadMutes(JSON.parse('{"version": 1, "entries": [{"__proto__": {"polluted": true}, "id": "x", "name": "X", "kind": "person", "at": "2026-11-26T10:00:00Z"}]}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('addMute and removeMute', () => {
  test('muting again moves the entry to the end; undo removes it', () => {
    const later = { ...putin, at: '2026-11-27T08:00:00.000Z' };
    expect(addMute([putin, maidan], later)).toEqual([maidan, later]);
    expect(removeMute([putin, maidan], 'vladimir-putin')).toEqual([maidan]);
    expect(removeMute([maidan], 'vladimir-putin')).toEqual([maidan]);
  });

  test(`keeps the newest ${MAX_MUTES}`, () => {
    let mutes: MutedEntry[] = [];
    for (let i = 0; i <= MAX_MUTES; i++) mutes = addMute(mutes, { ...putin, id: `e-${i}` });
    expect(mutes).toHaveLength(MAX_MUTES);
    expect(mutes[0]!.id).toBe('e-1');
  });
});
