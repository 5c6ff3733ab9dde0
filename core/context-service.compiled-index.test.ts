import { describe, expect, test } from 'vitest';
import { ContextService } from './context-service.ts';
import { compileMatchIndex, type MatchIndex } from './match-entities.ts';
import { installedPack } from './pack-manager.ts';
import { decodeCompiledIndex, encodeCompiledIndex } from './match-index-file.ts';
import { TEST_ENTRIES, testPack } from './test-entries.ts';
import type { ContextEntry } from './types.ts';

const service = (entries: ContextEntry[], compiled: MatchIndex | undefined) => new ContextService([installedPack(testPack(entries), { compiled })], [], () => '2026-11-26');
const ids = (service: ContextService, text: string) => {
  const answer = service.handle({ type: 'match', text }) as { mentions?: { id: string }[] };
  return (answer.mentions ?? []).map((m) => m.id);
};
// An index of the same entries that also knows "VVP": whether the service used it shows.
const withNickname = TEST_ENTRIES.map((e) => (e.id === 'vladimir-putin' ? { ...e, aliases: [...e.aliases, { text: 'VVP' }] } : e));

describe('ContextService with an index compiled at build time', () => {
  test('uses the compiled index when it was built from the same entries', () => {
    const compiled = decodeCompiledIndex(encodeCompiledIndex(compileMatchIndex(withNickname)));
    expect(ids(service(TEST_ENTRIES, compiled), 'VVP and Putin')).toEqual(['vladimir-putin', 'vladimir-putin']);
  });

  test('compiles its own when the compiled index is of other entries', () => {
    const stale = compileMatchIndex(withNickname.slice(1));
    expect(ids(service(TEST_ENTRIES, stale), 'VVP and Putin')).toEqual(['vladimir-putin']);
  });

  test('an unreadable compiled index is no index', () => {
    expect(decodeCompiledIndex({ format: 1, base64: 'bm90IGFuIGluZGV4' })).toBeUndefined();
    expect(decodeCompiledIndex(undefined)).toBeUndefined();
  });
});
