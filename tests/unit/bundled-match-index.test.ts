import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildBundledPack } from '../../cli/bundled-pack.ts';
import { compileMatchIndex, matchEntities } from '../../core/match-entities.ts';
import { compileReferenceIndex, matchEntitiesReference } from '../../core/match-entities-reference.ts';
import { decodeCompiledIndex, encodeCompiledIndex } from '../../core/match-index-file.ts';

// The bundled pack, as the worker gets it: the index compiled at build time, encoded as
// pack:build writes it, decoded. It must find what the previous matcher found, mention for mention.
const { pack } = buildBundledPack();
const texts = [readFileSync('../shared/fixtures/seed-article.txt', 'utf8'), readFileSync('tests/fixtures/pages/seed/source.html', 'utf8').replace(/<[^>]+>/g, '\n')];

test('the compiled bundled index matches as the previous matcher did', () => {
  const compiled = decodeCompiledIndex(encodeCompiledIndex(compileMatchIndex(pack!.entries)));
  expect(compiled).toBeDefined();
  const previous = compileReferenceIndex(pack!.entries);
  for (const text of texts) {
    const expected = matchEntitiesReference(previous, text);
    expect(expected.length).toBeGreaterThan(20);
    expect(matchEntities(compiled!, text)).toEqual(expected);
  }
});
