import { describe, expect, test } from 'vitest';
import { compileMatchIndex, matchEntities } from './match-entities.ts';
import { loadMatchIndex, saveMatchIndex } from './match-index-file.ts';
import { TEST_ENTRIES } from './test-entries.ts';

const TEXT = 'Secretary of State Tillerson met Vladimir Putin. Later Tillerson and the Free Syrian Army; a FALSE FLAG; Maidan in Kyiv.';

describe('saveMatchIndex / loadMatchIndex', () => {
  test('a loaded index matches exactly what the compiled one matches', () => {
    const index = compileMatchIndex(TEST_ENTRIES);
    const loaded = loadMatchIndex(saveMatchIndex(index));
    expect(matchEntities(loaded, TEXT)).toEqual(matchEntities(index, TEXT));
    expect(matchEntities(loaded, TEXT).length).toBeGreaterThan(4);
  });

  test('loads from bytes that do not start on a 4-byte boundary', () => {
    const bytes = saveMatchIndex(compileMatchIndex(TEST_ENTRIES));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(matchEntities(loadMatchIndex(shifted.subarray(1)), TEXT)).toEqual(matchEntities(compileMatchIndex(TEST_ENTRIES), TEXT));
  });

  test('an empty index round-trips', () => {
    expect(matchEntities(loadMatchIndex(saveMatchIndex(compileMatchIndex([]))), TEXT)).toEqual([]);
  });

  test('refuses what is not an index, another format, or a truncated file', () => {
    expect(() => loadMatchIndex(new TextEncoder().encode('{"entries": []}'))).toThrow('not a Backstory match index');
    const bytes = saveMatchIndex(compileMatchIndex(TEST_ENTRIES));
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(4, 99, true);
    expect(() => loadMatchIndex(other)).toThrow('format 99');
    expect(() => loadMatchIndex(bytes.subarray(0, bytes.length - 8))).toThrow('truncated');
  });
});
