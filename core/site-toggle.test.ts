import { describe, expect, test } from 'vitest';
import { defaultSettings, isActiveOn, loadSettings, MAX_SITES, type Settings } from './settings.ts';
import { siteMenuItem, toggleSite } from './site-toggle.ts';

const all = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });
const listed = (over: Partial<Settings> = {}): Settings => all({ siteMode: 'listed', ...over });

describe('siteMenuItem', () => {
  test('checked where Backstory runs, unchecked where the reader turned it off', () => {
    expect(siteMenuItem(all(), 'www.theduran.com', true)).toEqual({ enabled: true, checked: true, offEverywhere: false });
    expect(siteMenuItem(all({ disabledSites: ['theduran.com'] }), 'www.theduran.com', true).checked).toBe(false);
    expect(siteMenuItem(listed({ listedSites: ['theduran.com'] }), 'theduran.com', true).checked).toBe(true);
    expect(siteMenuItem(listed(), 'theduran.com', true).checked).toBe(false);
  });

  test('unticked on a site the reader has not granted, whatever the settings say', () => {
    expect(siteMenuItem(all(), 'www.theduran.com', false)).toEqual({ enabled: true, checked: false, offEverywhere: false });
    expect(siteMenuItem(listed({ listedSites: ['theduran.com'] }), 'theduran.com', false).checked).toBe(false);
  });

  test('greyed out for a tab without a page of ours, and while Backstory is off everywhere', () => {
    expect(siteMenuItem(all(), null, true)).toEqual({ enabled: false, checked: false, offEverywhere: false });
    expect(siteMenuItem(all(), '[::1]', true)).toEqual({ enabled: false, checked: false, offEverywhere: false });
    expect(siteMenuItem(all({ enabled: false }), 'theduran.com', true)).toEqual({ enabled: false, checked: false, offEverywhere: true });
  });
});

describe('toggleSite', () => {
  test('every-site mode: unticking adds the site to the off list, ticking takes it off again', () => {
    const off = toggleSite(all({ disabledSites: ['example.org'] }), 'www.theduran.com')!;
    expect(off.disabledSites).toEqual(['example.org', 'theduran.com']);
    expect(isActiveOn(off, 'www.theduran.com')).toBe(false);
    const on = toggleSite(off, 'www.theduran.com')!;
    expect(on.disabledSites).toEqual(['example.org']);
    expect(isActiveOn(on, 'www.theduran.com')).toBe(true);
  });

  test('listed-sites mode: ticking lists the site, unticking unlists it', () => {
    const on = toggleSite(listed(), 'theduran.com')!;
    expect(on.listedSites).toEqual(['theduran.com']);
    expect(toggleSite(on, 'theduran.com')!.listedSites).toEqual([]);
  });

  test('an explicit wish that the settings already grant changes nothing; the opposite wish toggles', () => {
    const settings = all({ disabledSites: ['example.org'] });
    expect(toggleSite(settings, 'theduran.com', true)).toBe(settings);
    expect(toggleSite(settings, 'example.org', false)).toBe(settings);
    expect(toggleSite(settings, 'example.org', true)!.disabledSites).toEqual([]);
    expect(toggleSite(listed(), 'theduran.com', true)!.listedSites).toEqual(['theduran.com']);
  });

  test('a site turned off through its parent domain comes back on by dropping that entry', () => {
    const on = toggleSite(all({ disabledSites: ['example.com', 'other.org'] }), 'news.example.com')!;
    expect(on.disabledSites).toEqual(['other.org']);
    expect(isActiveOn(on, 'news.example.com')).toBe(true);
    const off = toggleSite(listed({ listedSites: ['example.com'] }), 'news.example.com')!;
    expect(isActiveOn(off, 'news.example.com')).toBe(false);
  });

  test('everything else in the settings is kept, and the result still validates', () => {
    const before = all({ hoverDelayMs: 700, theme: 'dark', mentions: 'first-per-section' });
    const after = toggleSite(before, 'theduran.com')!;
    expect({ ...after, disabledSites: [] }).toEqual(before);
    expect(loadSettings(JSON.parse(JSON.stringify(after)))).toEqual({ settings: after, notice: null });
  });

  test('refused: not a hostname, Backstory off everywhere, or a full list', () => {
    expect(toggleSite(all(), '[::1]')).toBeNull();
    expect(toggleSite(all(), '')).toBeNull();
    expect(toggleSite(all({ enabled: false }), 'theduran.com')).toBeNull();
    const full = Array.from({ length: MAX_SITES }, (_, i) => `site${i}.example`);
    expect(toggleSite(all({ disabledSites: full }), 'theduran.com')).toBeNull();
    // Taking a site off a full list still works.
    expect(toggleSite(all({ disabledSites: full }), 'site7.example')!.disabledSites).toHaveLength(MAX_SITES - 1);
  });
});
