import { describe, expect, test } from 'vitest';
import { endOfPartialDate, formatPartialDate, isPartialDate, startOfPartialDate } from './partial-date.ts';

describe('partial dates', () => {
  test('validity', () => {
    expect(['2017', '2017-07', '2017-07-09', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2017-13', '2023-02-29', '17-07-09', '2017/07/09', 2017, ''].some(isPartialDate)).toBe(false);
  });

  test('start and end of a period', () => {
    expect(startOfPartialDate('2018')).toBe('2018-01-01');
    expect(endOfPartialDate('2018')).toBe('2018-12-31');
    expect(endOfPartialDate('2024-02')).toBe('2024-02-29');
    expect(endOfPartialDate('2018-03-13')).toBe('2018-03-13');
  });

  test('formatting keeps the source precision', () => {
    expect(formatPartialDate('2018-03-13')).toBe('13 March 2018');
    expect(formatPartialDate('2018-03')).toBe('March 2018');
    expect(formatPartialDate('2018')).toBe('2018');
  });
});
