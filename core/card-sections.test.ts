import { describe, expect, test } from 'vitest';
import { CARD_SECTIONS, defaultSectionState, loadSectionState } from './card-sections.ts';

describe('loadSectionState', () => {
  test('nothing stored: every section open', () => {
    expect(loadSectionState(undefined)).toEqual(defaultSectionState());
    expect(Object.values(defaultSectionState()).every((open) => open)).toBe(true);
    expect(Object.keys(defaultSectionState())).toEqual([...CARD_SECTIONS]);
  });

  test('what the reader folded stays folded', () => {
    expect(loadSectionState({ sources: false, why: false, views: true })).toEqual({ ...defaultSectionState(), sources: false, why: false });
  });

  test.each([
    ['a string', 'sources'],
    ['an array', [false, false]],
    ['null', null],
    ['a number', 7],
  ])('%s reads as every section open', (_what, stored) => {
    expect(loadSectionState(stored)).toEqual(defaultSectionState());
  });

  test('bad values read as open and unknown keys are dropped', () => {
    const state = loadSectionState({ sources: 'no', background: 0, why: false, extra: false, constructor: false });
    expect(state).toEqual({ ...defaultSectionState(), why: false });
    expect(Object.keys(state)).toEqual([...CARD_SECTIONS]);
  });

  test('hostile keys do not reach Object.prototype', () => {
    loadSectionState(JSON.parse('{"__proto__": {"polluted": true}, "sources": false}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
