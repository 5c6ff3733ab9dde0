import { describe, expect, test } from 'vitest';
import { dateFromUrl, isoDay, toIsoDay } from './publication-date.ts';

describe('toIsoDay', () => {
  test('ISO stamps keep the day as written, whatever the zone', () => {
    expect(toIsoDay('2017-07-09T23:31:47-05:00')).toBe('2017-07-09');
    expect(toIsoDay('2019-04-28 06:01:07')).toBe('2019-04-28');
    expect(toIsoDay('2021-11-01T10:52:50+0100')).toBe('2021-11-01');
    expect(toIsoDay('20170709T103147Z')).toBe('2017-07-09');
  });

  test('dates as people write them', () => {
    expect(toIsoDay('July 9, 2017')).toBe('2017-07-09');
    expect(toIsoDay('Jul. 9 2017')).toBe('2017-07-09');
    expect(toIsoDay('9 July 2017')).toBe('2017-07-09');
    expect(toIsoDay('Updated 22nd December, 2016')).toBe('2016-12-22');
    expect(toIsoDay('2017/07/09')).toBe('2017-07-09');
  });

  test('unix time in seconds and milliseconds', () => {
    expect(toIsoDay('1499596307')).toBe('2017-07-09');
    expect(toIsoDay('1499596307000')).toBe('2017-07-09');
  });

  test('nonsense and impossible days are null', () => {
    expect(toIsoDay('yesterday')).toBeNull();
    expect(toIsoDay('2017-02-30')).toBeNull();
    expect(toIsoDay('')).toBeNull();
    expect(toIsoDay(null)).toBeNull();
  });
});

describe('isoDay', () => {
  test('checks the calendar and the believable years', () => {
    expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDay(2023, 2, 29)).toBeNull();
    expect(isoDay(1850, 1, 1)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  test('the usual path patterns', () => {
    expect(dateFromUrl('https://example.com/news/2017/07/09/summit-report/')).toBe('2017-07-09');
    expect(dateFromUrl('https://example.com/2017/7/9/summit')).toBe('2017-07-09');
    expect(dateFromUrl('https://example.com/summit-report-2017-07-09.html')).toBe('2017-07-09');
    expect(dateFromUrl('https://example.com/politics/20170709/summit')).toBe('2017-07-09');
  });

  test('no date, half a date, or numbers that are not one', () => {
    expect(dateFromUrl('https://example.com/about/')).toBeNull();
    expect(dateFromUrl('https://example.com/2017/07/')).toBeNull();
    expect(dateFromUrl('https://example.com/story/20171399/')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});
