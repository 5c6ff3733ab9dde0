import { describe, expect, test } from 'vitest';
import { compileMatchIndex, matchEntities } from './match-entities.ts';
import { TEST_ENTRIES, testEntry } from './test-entries.ts';

const index = compileMatchIndex(TEST_ENTRIES);
const ids = (text: string) => matchEntities(index, text).map((m) => m.id);
const surfaces = (text: string) => matchEntities(index, text).map((m) => text.slice(m.start, m.end));

describe('matchEntities', () => {
  test('finds nothing in empty text', () => {
    expect(matchEntities(index, '')).toEqual([]);
  });

  test('finds nothing with an empty index', () => {
    expect(matchEntities(compileMatchIndex([]), 'Vladimir Putin met Rex Tillerson.')).toEqual([]);
  });

  test('reports offsets into the original text', () => {
    const text = 'Yesterday Vladimir Putin spoke.';
    const [m] = matchEntities(index, text);
    expect(m).toMatchObject({ id: 'vladimir-putin', start: 10, end: 24, alias: 'Vladimir Putin', rule: 'always' });
  });

  test('longest match wins', () => {
    expect(surfaces('the Free Syrian Army and the Syrian army')).toEqual(['Free Syrian Army', 'Syrian army']);
    expect(ids('the Free Syrian Army')).toEqual(['free-syrian-army']);
  });

  test('a title that pins a surname counts as the full name', () => {
    expect(surfaces('Secretary of State Tillerson said. Later Tillerson added.')).toEqual(['Secretary of State Tillerson', 'Tillerson']);
  });

  test('a surname alone needs the full name earlier in the article', () => {
    expect(ids('Tillerson said so.')).toEqual([]);
    expect(ids('Tillerson said so. Rex Tillerson repeated it.')).toEqual(['rex-tillerson']);
  });

  test('common words are not names by accident', () => {
    expect(ids('Stone walls. Summary. Source: a stone.')).toEqual([]);
    expect(ids('Oliver Stone filmed it. Stone said more.')).toEqual(['oliver-stone', 'oliver-stone']);
  });

  test('possessives and typographic apostrophes', () => {
    expect(surfaces('Putin’s view and Putin\'s words')).toEqual(['Putin', 'Putin']);
  });

  test('typographic dashes fold to hyphens', () => {
    expect(ids('the Al‑Qaeda branch and Al–Qaeda')).toEqual(['al-qaeda', 'al-qaeda']);
  });

  test('case-sensitive by default: "us" is not the US', () => {
    expect(ids('Let us go to the US.')).toEqual(['united-states']);
  });

  test('case-insensitive phrases match any case', () => {
    expect(ids('a False Flag attack and a FALSE FLAG')).toEqual(['syria-chemical-attacks', 'syria-chemical-attacks']);
  });

  test('needs-context fires only with a context word somewhere in the text', () => {
    expect(ids('Maidan square is busy.')).toEqual([]);
    expect(ids('Maidan square is busy. Ukraine votes.')).toEqual(['euromaidan']);
    expect(ids('Georgia votes in November.')).toEqual([]);
    expect(ids('Georgia votes; Tbilisi waits.')).toEqual(['georgia']);
  });

  test('a never phrase covers the name inside it, and the name still fires elsewhere', () => {
    const never = compileMatchIndex([
      testEntry({ id: 'mexico', kind: 'place', aliases: [{ text: 'Mexico' }, { text: 'New Mexico', match: 'never' }] }),
      testEntry({ id: 'santa-fe', kind: 'place', aliases: [{ text: 'Santa Fe' }] }),
    ]);
    const found = (text: string) => matchEntities(never, text).map((m) => `${text.slice(m.start, m.end)} → ${m.id}`);
    expect(found('Santa Fe, New Mexico, is far from Mexico.')).toEqual(['Santa Fe → santa-fe', 'Mexico → mexico']);
    expect(found('new Mexico policy')).toEqual(['Mexico → mexico']);
  });

    test('names never run across a block boundary', () => {
    expect(ids('Free Syrian\nArmy')).toEqual([]);
    expect(ids('Vladimir\nPutin')).toEqual(['vladimir-putin']);
  });

  test('a word inside a longer word is not a match', () => {
    expect(ids('Putinism and USSR')).toEqual([]);
  });

  test('a word is lower-cased as a whole: a final capital sigma becomes ς', () => {
    const greek = compileMatchIndex([testEntry({ id: 'odos', aliases: [{ text: 'οδος', match: 'case-insensitive' }] })]);
    expect(matchEntities(greek, 'ΟΔΟΣ and ΟΔΟΣ’s').map((m) => m.id)).toEqual(['odos', 'odos']);
    expect(matchEntities(greek, 'ΟΔΟΣΣ')).toEqual([]);
  });

  test('a context phrase is found anywhere, after typographic punctuation too', () => {
    const index = compileMatchIndex([testEntry({ id: 'kremlin', kind: 'organisation', aliases: [{ text: 'Kremlin', match: 'needs-context', context: ['Red Square', 'Moscow'] }] })]);
    expect(matchEntities(index, 'The Kremlin’s view — as seen from Red Square.').map((m) => m.id)).toEqual(['kremlin']);
    expect(matchEntities(index, 'The Kremlin’s view — as seen from the square.')).toEqual([]);
  });

  test('a context word may come after the name, or inside another name', () => {
    const index = compileMatchIndex([
      ...TEST_ENTRIES,
      testEntry({ id: 'tower', kind: 'place', aliases: [{ text: 'Kyiv TV Tower' }] }),
    ]);
    const ids = (text: string) => matchEntities(index, text).map((m) => m.id);
    expect(ids('Maidan square is busy. Later in Kyiv.')).toEqual(['euromaidan']);
    expect(ids('Maidan square faces the Kyiv TV Tower.')).toEqual(['euromaidan', 'tower']);
  });
});
