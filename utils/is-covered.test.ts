import { describe, expect, test } from 'vitest';
import { chainOpacity, filterOpacity, MIN_OPACITY } from './is-covered.ts';

const plain = { opacity: '1', filter: 'none' };

describe('filterOpacity', () => {
  test('no filter, or filters that do not fade, leave full opacity', () => {
    expect(filterOpacity('none')).toBe(1);
    expect(filterOpacity('grayscale(1) invert(0.9)')).toBe(1);
  });

  test('opacity() functions multiply, as numbers or percentages, clamped to 0..1', () => {
    expect(filterOpacity('opacity(0.05)')).toBeCloseTo(0.05);
    expect(filterOpacity('blur(1px) opacity(50%) opacity(0.5)')).toBeCloseTo(0.25);
    expect(filterOpacity('opacity(3)')).toBe(1);
  });
});

describe('chainOpacity', () => {
  test('an opaque chain is opaque', () => {
    expect(chainOpacity([plain, plain])).toBe(1);
  });

  test('a faded host, a faded ancestor or a fading filter anywhere makes the chain faint', () => {
    expect(chainOpacity([{ opacity: '0.05', filter: 'none' }, plain])).toBeLessThan(MIN_OPACITY);
    expect(chainOpacity([plain, { opacity: '0.5', filter: 'none' }])).toBeLessThan(MIN_OPACITY);
    expect(chainOpacity([plain, { opacity: '1', filter: 'opacity(0.1)' }])).toBeLessThan(MIN_OPACITY);
    expect(chainOpacity([{ opacity: '0.9', filter: 'none' }, { opacity: '0.9', filter: 'none' }])).toBeCloseTo(0.81);
  });

  test('unreadable values count as opaque rather than throwing', () => {
    expect(chainOpacity([{ opacity: '', filter: '' }])).toBe(1);
  });
});
