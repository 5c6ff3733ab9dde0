import { describe, expect, test } from 'vitest';
import { defaultSettings, isActiveOn, loadSettings, normalizeHostname } from './settings.ts';

describe('loadSettings', () => {
  test('nothing stored gives the defaults without a notice', () => {
    expect(loadSettings(undefined)).toEqual({ settings: defaultSettings(), notice: null });
  });

  test('valid current settings are kept', () => {
    const stored = { ...defaultSettings(), hoverDelayMs: 500, theme: 'dark', disabledSites: ['example.com'] };
    expect(loadSettings(stored)).toEqual({ settings: stored, notice: null });
  });

  test('the unversioned first shape migrates, keeping what the reader chose', () => {
    const { settings, notice } = loadSettings({ enabled: false, hoverDelay: 800 });
    expect(notice).toBeNull();
    expect(settings).toEqual({ ...defaultSettings(), enabled: false, hoverDelayMs: 800 });
  });

  test('version 1 migrates to 2: every choice kept, not paused, marks in the text', () => {
    const v1 = {
      version: 1,
      enabled: true,
      siteMode: 'listed',
      disabledSites: [],
      listedSites: ['theduran.com'],
      kinds: { person: true, organisation: false, place: false, event: true, topic: true, work: true, outlet: true },
      mentions: 'first-per-section',
      hoverDelayMs: 650,
      theme: 'dark',
    };
    expect(loadSettings(v1)).toEqual({ settings: { ...v1, version: 2, pausedUntil: null, panelOnly: false }, notice: null });
  });

  test('a pause and panel-only mode are kept', () => {
    const stored = { ...defaultSettings(), pausedUntil: 1_795_000_000_000, panelOnly: true };
    expect(loadSettings(stored)).toEqual({ settings: stored, notice: null });
  });

  test.each([
    ['a string', 'corrupt'],
    ['an array', []],
    ['a future version', { ...defaultSettings(), version: 9 }],
    ['a delay out of range', { ...defaultSettings(), hoverDelayMs: 5 }],
    ['a wrong type', { ...defaultSettings(), enabled: 'yes' }],
    ['a bad hostname', { ...defaultSettings(), disabledSites: ['not a host!'] }],
    ['a missing kind', { ...defaultSettings(), kinds: { person: true } }],
    ['a pause that is not a moment', { ...defaultSettings(), pausedUntil: 'tomorrow' }],
    ['a pause that is not a whole number', { ...defaultSettings(), pausedUntil: 1.5 }],
    ['a negative pause', { ...defaultSettings(), pausedUntil: -1 }],
    ['a missing panel-only flag', { ...defaultSettings(), panelOnly: undefined }],
  ])('%s falls back to the defaults with a notice', (_what, stored) => {
    const { settings, notice } = loadSettings(stored);
    expect(settings).toEqual(defaultSettings());
    expect(notice).toMatch(/^Your settings could not be read \(.+\), so Backstory is using its defaults\.$/);
  });

  test('hostile keys do not reach Object.prototype', () => {
    loadSettings(JSON.parse('{"__proto__": {"polluted": true}, "version": 1}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('isActiveOn', () => {
  test('all sites except the disabled ones (and their subdomains)', () => {
    const settings = { ...defaultSettings(), disabledSites: ['example.com'] };
    expect(isActiveOn(settings, 'theduran.com')).toBe(true);
    expect(isActiveOn(settings, 'www.example.com')).toBe(false);
    expect(isActiveOn(settings, 'news.example.com')).toBe(false);
    expect(isActiveOn(settings, 'notexample.com')).toBe(true);
  });

  test('only the listed sites', () => {
    const settings = { ...defaultSettings(), siteMode: 'listed' as const, listedSites: ['theduran.com'] };
    expect(isActiveOn(settings, 'theduran.com')).toBe(true);
    expect(isActiveOn(settings, 'bbc.co.uk')).toBe(false);
  });

  test('off everywhere when disabled', () => {
    expect(isActiveOn({ ...defaultSettings(), enabled: false }, 'theduran.com')).toBe(false);
  });
});

test('normalizeHostname accepts what readers paste', () => {
  expect(normalizeHostname('https://www.TheDuran.com/2017/07/x')).toBe('theduran.com');
  expect(normalizeHostname('bbc.co.uk')).toBe('bbc.co.uk');
  expect(normalizeHostname('not a host')).toBeNull();
});
