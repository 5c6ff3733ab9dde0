import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileMatchIndex, matchEntities } from './match-entities.ts';
import { compileReferenceIndex, matchEntitiesReference } from './match-entities-reference.ts';
import { LOWER_UNIT, UNIT_SIMPLE_LOWER, UNIT_SPACE, UNIT_WORD, classifyUnit } from './text-units.ts';
import { TEST_ENTRIES, testEntry } from './test-entries.ts';
import type { ContextEntry } from './types.ts';
import { seededRandom, type SeededRandom } from '../tests/support/seeded-random.ts';

// The fast matcher must return exactly what the word-by-word reference returns, on texts built to
// hit every rule: case variants, separators of every kind, block breaks, non-Latin scripts, units
// that lower-case with context (Σ) or into two units (İ), letters outside the BMP.
const TRICKY_ENTRIES: ContextEntry[] = [
  ...TEST_ENTRIES,
  testEntry({ id: 'washington-dc', kind: 'place', aliases: [{ text: 'Washington, D.C.' }, { text: 'D.C.' }] }),
  testEntry({ id: 'us-short', kind: 'place', aliases: [{ text: 'U.S.' }, { text: 'U. S. A.' }] }),
  testEntry({ id: 'obrien', aliases: [{ text: "Conan O'Brien" }, { text: "O'Brien", match: 'after-full-name' }] }),
  testEntry({ id: 'erdogan', aliases: [{ text: 'Recep Tayyip Erdoğan' }, { text: 'Erdogan' }] }),
  testEntry({ id: 'de-la-cruz', aliases: [{ text: 'Maria de la Cruz' }, { text: 'de la Cruz', match: 'after-full-name' }] }),
  testEntry({ id: 'istanbul', kind: 'place', aliases: [{ text: 'İstanbul' }, { text: 'istanbul', match: 'case-insensitive' }] }),
  testEntry({ id: 'odos', kind: 'place', aliases: [{ text: 'ΟΔΟΣ' }, { text: 'οδος', match: 'case-insensitive' }, { text: 'Σωκράτης' }] }),
  testEntry({ id: 'deseret', kind: 'work', aliases: [{ text: '𐐀𐐨𐐻 Book' }, { text: '𐐨𐐻 book', match: 'case-insensitive' }] }),
  testEntry({ id: 'moskva', kind: 'place', aliases: [{ text: 'Москва' }, { text: 'Кремль', match: 'needs-context', context: ['Россия', 'White House'] }] }),
  testEntry({ id: 'white-house', kind: 'organisation', aliases: [{ text: 'White House' }, { text: 'the White House' }] }),
  testEntry({ id: 'nato', kind: 'organisation', aliases: [{ text: 'NATO' }, { text: 'Nato' }, { text: 'North Atlantic Treaty Organization' }] }),
  testEntry({ id: 'nato-twin', kind: 'organisation', aliases: [{ text: 'NATO', match: 'needs-context', context: ['alliance'] }] }),
  testEntry({ id: 'g20', kind: 'event', aliases: [{ text: 'G20' }, { text: 'G-20' }, { text: 'G20 summit in Hamburg' }] }),
  // Context words inside other names: the scan reads them only as part of a longer mention.
  testEntry({ id: 'fortress', kind: 'place', aliases: [{ text: 'Old Tbilisi Fortress' }, { text: 'Kyiv Post Tower' }] }),
  // A context that is a phrase: looked for anywhere in the folded, lower-cased text.
  testEntry({ id: 'speaker', aliases: [{ text: 'Speaker', match: 'needs-context', context: ['white house', "kyiv's"] }] }),
  // Phrases that are not their entry: they cover a shorter name, and also compete with longer ones.
  testEntry({ id: 'mexico', kind: 'place', aliases: [{ text: 'Mexico' }, { text: 'New Mexico', match: 'never' }, { text: 'Mexico Post', match: 'never' }] }),
  testEntry({ id: 'putin-never', aliases: [{ text: 'Putin Tower' }, { text: 'Putin Tower of State', match: 'never' }] }),
];

const WORDS = [
  'the', 'The', 'and', 'said', 'Vladimir', 'Putin', 'PUTIN', 'putin', 'Putinism', 'Rex', 'Tillerson', 'Secretary', 'of', 'State',
  'Free', 'Syrian', 'Army', 'army', 'Arab', 'US', 'us', 'Us', 'United', 'States', 'Al', 'Qaeda', 'Maidan', 'coup', 'Ukraine',
  'Kyiv', 'false', 'flag', 'FALSE', 'Flag', 'Georgia', 'Tbilisi', 'Oliver', 'Stone', 'stone', 'Washington', 'D', 'C', 'U', 'S',
  'A', 'Conan', 'O', 'Brien', 'Recep', 'Tayyip', 'Erdoğan', 'Erdogan', 'ERDOĞAN', 'Maria', 'de', 'la', 'Cruz', 'İstanbul',
  'ISTANBUL', 'istanbul', 'İSTANBUL', 'ΟΔΟΣ', 'οδος', 'ΟΔΟΣΣ', 'Σωκράτης', 'ΣΩΚΡΆΤΗΣ', '𐐀𐐨𐐻', '𐐨𐐻', '𐐀𐐨𐐻𐐀', 'Book', 'book',
  'Москва', 'МОСКВА', 'Кремль', 'Россия', 'White', 'House', 'NATO', 'Nato', 'North', 'Atlantic', 'Treaty', 'Organization',
  'alliance', 'G20', 'G', '20', 'summit', 'in', 'Hamburg', 'Old', 'Fortress', 'Post', 'Tower', 'Speaker', 'New', 'Mexico', 'MEXICO', 'ǅemal', 'ß', 'ﬁre', 'café', 'cafe\u0301', '١٢٣',
];
const SEPARATORS = [
  ' ', ' ', ' ', ' ', '  ', '\n', ' \n ', '-', ' - ', '–', '—', '‑', "'", '’', 'ʼ', "'s ", '’s ', ', ', ',', '.', '. ', '.\n',
  '\u00a0', '\u2009', '\u2028', '\ufeff', '\t', '\r', '😀', ' 😀 ', '(', ') ', '"', '“', '”', '/', '\ud800', '\udc00',
];

function randomText(random: SeededRandom): string {
  const parts: string[] = [];
  const words = 1 + random.int(40);
  if (random.chance(0.2)) parts.push(random.pick(SEPARATORS));
  for (let w = 0; w < words; w++) {
    parts.push(random.pick(WORDS));
    if (w < words - 1 || random.chance(0.3)) parts.push(random.pick(SEPARATORS));
  }
  return parts.join('');
}

describe('matchEntities against the reference matcher', () => {
  const fast = compileMatchIndex(TRICKY_ENTRIES);
  const reference = compileReferenceIndex(TRICKY_ENTRIES);

  test('the same mentions on 5,000 generated texts', () => {
    const random = seededRandom(20261126);
    let found = 0;
    for (let k = 0; k < 5000; k++) {
      const text = randomText(random);
      const expected = matchEntitiesReference(reference, text);
      expect(matchEntities(fast, text), JSON.stringify(text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(5000);
  });

  test('the same mentions on the tricky aliases written out', () => {
    for (const entry of TRICKY_ENTRIES) {
      for (const alias of entry.aliases) {
        for (const text of [alias.text, `(${alias.text})`, `${alias.text}’s`, `x ${alias.text.toUpperCase()} y`, `${alias.text}\n${alias.text}`]) {
          expect(matchEntities(fast, text), text).toEqual(matchEntitiesReference(reference, text));
        }
      }
    }
  });

  test('the same mentions on the seed article with the test entries', () => {
    const text = readFileSync('../shared/fixtures/seed-article.txt', 'utf8');
    const expected = matchEntitiesReference(reference, text);
    expect(expected.length).toBeGreaterThan(20);
    expect(matchEntities(fast, text)).toEqual(expected);
  });
});

describe('unit tables', () => {
  const hex = (code: number) => `U+${code.toString(16).padStart(4, '0')}`;

  test('word and space flags agree with the patterns they replace', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      const flags = classifyUnit(code);
      if ((flags & UNIT_WORD) !== 0 !== /[\p{L}\p{M}\p{N}]/u.test(ch) || (flags & UNIT_SPACE) !== 0 !== /\s/.test(ch)) wrong.push(hex(code));
    }
    expect(wrong).toEqual([]);
  });

  test('lower-casing unit by unit is exact wherever the table allows it', () => {
    const contexts = ['', 'a', 'Α', 'Σ', 'İ'];
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if ((classifyUnit(code) & UNIT_SIMPLE_LOWER) === 0) continue;
      const ch = String.fromCharCode(code);
      for (const before of contexts) {
        for (const after of contexts) {
          // Neighbours may change their own form (a sigma's), never the unit's.
          const lowered = `${before}${ch}${after}`.toLowerCase();
          const at = before.toLowerCase().length;
          if (lowered.length !== at + 1 + after.toLowerCase().length || lowered.charCodeAt(at) !== LOWER_UNIT[code]) wrong.push(`${before}${hex(code)}${after}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
