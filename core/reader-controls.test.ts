import { describe, expect, test } from 'vitest';
import { endOfLocalDay, isPaused, markState } from './reader-controls.ts';
import { defaultSettings } from './settings.ts';

// Dates built from local calendar fields, so the checks hold in any time zone the tests run in.
const at = (y: number, month: number, d: number, h = 0, min = 0, s = 0, ms = 0) => new Date(y, month - 1, d, h, min, s, ms);

describe('pause for today', () => {
  test('ends at the next local midnight, from any time of the day', () => {
    const midnight = at(2026, 11, 27).getTime();
    expect(endOfLocalDay(at(2026, 11, 26, 0, 0))).toBe(midnight);
    expect(endOfLocalDay(at(2026, 11, 26, 9, 30))).toBe(midnight);
    expect(endOfLocalDay(at(2026, 11, 26, 23, 59, 59, 999))).toBe(midnight);
  });

  test('crosses month and year ends', () => {
    expect(endOfLocalDay(at(2026, 11, 30, 18))).toBe(at(2026, 12, 1).getTime());
    expect(endOfLocalDay(at(2026, 12, 31, 22))).toBe(at(2027, 1, 1).getTime());
    expect(endOfLocalDay(at(2028, 2, 28, 12))).toBe(at(2028, 2, 29).getTime());
  });

  test('a day with a clock change still ends at local midnight (London, 29 March 2026: 23 hours)', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
    try {
      // 00:30 GMT, before the clocks go forward at 01:00 GMT; midnight of the 30th is 23:00 GMT.
      expect(new Date(endOfLocalDay(new Date('2026-03-29T00:30:00Z'))).toISOString()).toBe('2026-03-29T23:00:00.000Z');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test('paused until the last millisecond before midnight, not after', () => {
    const settings = { pausedUntil: endOfLocalDay(at(2026, 11, 26, 9, 30)) };
    expect(isPaused(settings, at(2026, 11, 26, 9, 30).getTime())).toBe(true);
    expect(isPaused(settings, at(2026, 11, 26, 23, 59, 59, 999).getTime())).toBe(true);
    expect(isPaused(settings, at(2026, 11, 27, 0, 0).getTime())).toBe(false);
    expect(isPaused(settings, at(2026, 11, 28, 12).getTime())).toBe(false);
  });

  test('not paused when no pause is set', () => {
    expect(isPaused({ pausedUntil: null }, at(2026, 11, 26).getTime())).toBe(false);
  });
});

describe('markState', () => {
  const putin = { id: 'vladimir-putin', kind: 'person' as const };
  const settings = defaultSettings();

  test('marked by default', () => {
    expect(markState(putin, settings, new Set())).toBe('marked');
  });

  test('a muted entry, a kind turned off, panel-only mode', () => {
    expect(markState(putin, settings, new Set(['vladimir-putin']))).toBe('muted');
    expect(markState(putin, { ...settings, kinds: { ...settings.kinds, person: false } }, new Set())).toBe('kind-off');
    expect(markState(putin, { ...settings, panelOnly: true }, new Set())).toBe('panel-only');
    expect(markState({ id: 'russia', kind: 'place' }, { ...settings, kinds: { ...settings.kinds, person: false } }, new Set())).toBe('marked');
  });

  test('a mute is named even in panel-only mode: it outlasts the mode', () => {
    const panelOnly = { ...settings, panelOnly: true, kinds: { ...settings.kinds, person: false } };
    expect(markState(putin, panelOnly, new Set(['vladimir-putin']))).toBe('muted');
    expect(markState(putin, panelOnly, new Set())).toBe('kind-off');
  });
});
