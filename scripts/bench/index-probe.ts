/**
 * One cold measurement in a fresh process, as the background worker meets it at startup: nothing
 * compiled by the JIT yet. `matcher.ts` starts this several times and takes the median.
 *
 *   node --expose-gc --import tsx scripts/bench/index-probe.ts ready-pack PACK.json
 *     parse the pack's JSON, then build the index (what the worker does today)
 *   … ready-previous PACK.json the same with the previous matcher's index (the before figure)
 *   … ready-index INDEX.bin    load a saved compiled index (`loadMatchIndex`)
 *   … ready-compiled INDEX.json
 *                              what the worker does: parse the JSON `pack:build` writes, decode
 *                              its base64, load the index
 *   … heap PACK.json [INDEX.json]
 *                              heap growth from loading the pack and starting the ContextService
 *                              (pack objects + index + lookup maps), after full GCs; with the
 *                              compiled index when one is given
 *
 * Prints one JSON object. File reading is not timed: the extension's pack is part of its code.
 */
import { readFileSync } from 'node:fs';
import { compileMatchIndex } from '../../core/match-entities.ts';
import { compileReferenceIndex } from '../../core/match-entities-reference.ts';
import { decodeCompiledIndex, loadMatchIndex, type CompiledIndexFile } from '../../core/match-index-file.ts';
import { ContextService } from '../../core/context-service.ts';
import { installedPack } from '../../core/pack-manager.ts';
import type { ContextPack } from '../../core/types.ts';

const [mode, path, compiledPath] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;

function settle(): NodeJS.MemoryUsage {
  gc?.();
  gc?.();
  return process.memoryUsage();
}

if (mode === 'ready-pack' || mode === 'ready-previous') {
  const text = readFileSync(path!, 'utf8');
  const start = performance.now();
  const pack = JSON.parse(text) as ContextPack;
  const parsed = performance.now();
  if (mode === 'ready-pack') compileMatchIndex(pack.entries);
  else compileReferenceIndex(pack.entries);
  const built = performance.now();
  console.log(JSON.stringify({ parseMs: parsed - start, buildMs: built - parsed, readyMs: built - start }));
} else if (mode === 'ready-index') {
  const bytes = new Uint8Array(readFileSync(path!));
  const start = performance.now();
  const index = loadMatchIndex(bytes);
  console.log(JSON.stringify({ loadMs: performance.now() - start, nodes: index.nodeCount }));
} else if (mode === 'ready-compiled') {
  const text = readFileSync(path!, 'utf8');
  const start = performance.now();
  const file = JSON.parse(text) as CompiledIndexFile;
  const parsed = performance.now();
  const index = decodeCompiledIndex(file);
  const loaded = performance.now();
  if (!index) throw new Error(`${path} holds no readable index`);
  console.log(JSON.stringify({ parseMs: parsed - start, loadMs: loaded - parsed, readyMs: loaded - start, nodes: index.nodeCount }));
} else if (mode === 'heap') {
  if (!gc) throw new Error('run with --expose-gc');
  // Read in a function of its own, so nothing holds the file's text once the pack is parsed.
  const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ContextPack;
  const before = settle();
  const pack = load(path!);
  const afterPack = settle();
  const compiled = compiledPath ? decodeCompiledIndex(JSON.parse(readFileSync(compiledPath, 'utf8')) as CompiledIndexFile) : undefined;
  const service = new ContextService([installedPack(pack, { compiled })], [], () => '2026-11-26');
  const after = settle();
  const delta = (a: NodeJS.MemoryUsage, b: NodeJS.MemoryUsage) => b.heapUsed - a.heapUsed + (b.arrayBuffers - a.arrayBuffers);
  console.log(JSON.stringify({ packBytes: delta(before, afterPack), serviceBytes: delta(afterPack, after), totalBytes: delta(before, after), alive: service !== null && pack !== null }));
} else {
  throw new Error(`unknown mode "${mode}"`);
}
