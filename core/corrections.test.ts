import { describe, expect, test } from 'vitest';
import { addCorrection, isCorrected, loadCorrections, pageKey, type Correction } from './corrections.ts';

const at = '2026-11-26T10:00:00.000Z';
const page: Correction = { scope: 'page', where: 'https://news.example/a', entityId: 'oliver-stone', surface: 'Stone', at };
const site: Correction = { scope: 'site', where: 'news.example', entityId: 'mexico', surface: 'Mexico', at };

describe('corrections', () => {
  test('a page correction hides that mark on that page only (fragment ignored)', () => {
    expect(isCorrected([page], 'https://news.example/a#comments', 'oliver-stone', 'Stone')).toBe(true);
    expect(isCorrected([page], 'https://news.example/b', 'oliver-stone', 'Stone')).toBe(false);
    expect(isCorrected([page], 'https://news.example/a', 'oliver-stone', 'Oliver Stone')).toBe(false);
  });

  test('a site correction hides that mark on every page of the host', () => {
    expect(isCorrected([site], 'https://news.example/any/page', 'mexico', 'Mexico')).toBe(true);
    expect(isCorrected([site], 'https://other.example/', 'mexico', 'Mexico')).toBe(false);
  });

  test('stored lists are validated entry by entry', () => {
    const stored = [page, { ...site, entityId: 'BAD ID' }, 'junk', { ...site, extra: 1 }, site];
    expect(loadCorrections(stored)).toEqual({ corrections: [page, site], dropped: 3 });
    expect(loadCorrections('corrupt')).toEqual({ corrections: [], dropped: 1 });
    expect(loadCorrections(undefined)).toEqual({ corrections: [], dropped: 0 });
  });

  test('adding the same correction twice keeps one', () => {
    expect(addCorrection(addCorrection([], page), { ...page, at: '2026-11-27T00:00:00.000Z' })).toHaveLength(1);
  });

  test('only web pages have a page key', () => {
    expect(pageKey('about:blank')).toBeNull();
    expect(pageKey('not a url')).toBeNull();
    expect(pageKey('https://a.example/x?y=1#z')).toBe('https://a.example/x?y=1');
  });
});
