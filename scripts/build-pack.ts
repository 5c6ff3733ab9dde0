/**
 * Compile the database sources into the pack the extension bundles, and the pack's match index,
 * so the worker loads the index instead of building it at every start. Part of every build: an
 * entry with an error stops the build with the same messages `backstory pack check` prints.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildBundledPack } from '../cli/bundled-pack.ts';
import { compileMatchIndex } from '../core/match-entities.ts';
import { encodeCompiledIndex } from '../core/match-index-file.ts';
import { formatProblem } from '../core/validate-pack.ts';

const OUTPUT = 'assets/generated/pack.json';
const INDEX_OUTPUT = 'assets/generated/match-index.json';

const { pack, problems } = buildBundledPack();
for (const problem of problems) console.error(formatProblem(problem));
if (!pack) {
  console.error(`pack:build: ${problems.filter((p) => p.severity === 'error').length} error(s); nothing written`);
  process.exit(1);
}
mkdirSync('assets/generated', { recursive: true });
writeFileSync(OUTPUT, JSON.stringify(pack));
const index = compileMatchIndex(pack.entries);
writeFileSync(INDEX_OUTPUT, JSON.stringify(encodeCompiledIndex(index)));
console.log(`pack:build: ${pack.entries.length} entries -> ${OUTPUT}; match index (${index.nodeCount} nodes) -> ${INDEX_OUTPUT}`);
