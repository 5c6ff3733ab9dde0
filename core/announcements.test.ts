import { describe, expect, test } from 'vitest';
import { shouldAnnounceCount } from './announcements.ts';

describe('announcements', () => {
  test('the first scan is announced when it marked anything', () => {
    expect(shouldAnnounceCount(null, 42)).toBe(true);
    expect(shouldAnnounceCount(null, 0)).toBe(false);
  });

  test('a rescan is announced only when the count changes materially', () => {
    expect(shouldAnnounceCount(42, 42)).toBe(false);
    expect(shouldAnnounceCount(42, 45)).toBe(false); // 3 more: under a quarter of 42
    expect(shouldAnnounceCount(42, 53)).toBe(true); // 11 more: over a quarter
    expect(shouldAnnounceCount(42, 20)).toBe(true);
    expect(shouldAnnounceCount(2, 4)).toBe(false); // under 3 names of change
    expect(shouldAnnounceCount(2, 5)).toBe(true);
    expect(shouldAnnounceCount(42, 0)).toBe(false); // switched off: the reader did that themselves
  });
});
