/**
 * Compile the database sources into the pack the extension bundles. Part of every build: an
 * entry with an error stops the build with the same messages `backstory pack check` prints.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildBundledPack } from '../cli/bundled-pack.ts';
import { formatProblem } from '../core/validate-pack.ts';

const OUTPUT = 'assets/generated/pack.json';

const { pack, problems } = buildBundledPack();
for (const problem of problems) console.error(formatProblem(problem));
if (!pack) {
  console.error(`pack:build: ${problems.filter((p) => p.severity === 'error').length} error(s); nothing written`);
  process.exit(1);
}
mkdirSync('assets/generated', { recursive: true });
writeFileSync(OUTPUT, JSON.stringify(pack));
console.log(`pack:build: ${pack.entries.length} entries -> ${OUTPUT}`);
