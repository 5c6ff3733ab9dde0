import { describe, expect, test } from 'vitest';
import { KeyBuffer, writeAliasKey } from './alias-key.ts';

function key(text: string) {
  const out = new KeyBuffer();
  const { words, wordCount } = writeAliasKey(text, out);
  return { key: String.fromCharCode(...out.units.subarray(0, out.length)), words, wordCount };
}

describe('writeAliasKey', () => {
  test('lower-cases the words and joins them by one space', () => {
    expect(key('Vladimir Putin')).toEqual({ key: 'vladimir putin', words: 'Vladimir Putin', wordCount: 2 });
    expect(key('Vladimir \t Putin').key).toBe('vladimir putin');
  });

  test('punctuation between words is the separator, without the white space around it', () => {
    expect(key('Al - Qaeda').key).toBe('al-qaeda');
    expect(key('Washington,  D.C.').key).toBe('washington,d.c');
    expect(key('Washington,  D.C.').words).toBe('Washington D C');
  });

  test('folds typographic marks and Latin diacritics; keeps the words as written otherwise', () => {
    expect(key('Putin’s')).toEqual({ key: "putin's", words: 'Putin s', wordCount: 2 });
    expect(key('Erdoğan')).toEqual({ key: 'erdogan', words: 'Erdogan', wordCount: 1 });
  });

  test('a line break between words stays one: such an alias never matches', () => {
    expect(key('Free\nArmy').key).toBe('free\narmy');
  });

  test('nothing to match in punctuation alone', () => {
    expect(key('—').wordCount).toBe(0);
    expect(key('').wordCount).toBe(0);
  });
});
