/**
 * `npm run bench`: the Node benchmarks, each printing its tables and one JSON line, and writing
 * bench-results/<name>.json. Name some to run only those: `npm run bench -- matcher`.
 * (The browser benchmarks are `npm run bench:browser`.)
 *
 *   matcher   throughput against RegExp and modern-ahocorasick, index build/load, heap
 *   sizes     content script, background, pack (gzipped) and store zips
 *
 * Options: --quick (fewer rounds), --texts=expected (corpus expected.html instead of extraction),
 * --aliases=N (generated pack size, default 100000), --no-build (sizes: measure .output/ as is).
 * Exits non-zero when a budget is missed or implementations disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runMatcherBench, type BenchOutcome } from './matcher.ts';
import { runSizesBench } from './sizes.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const BENCHES: Record<string, () => Promise<BenchOutcome>> = {
  matcher: () =>
    runMatcherBench({
      quick: flag('quick'),
      texts: option('texts') === 'expected' ? 'expected' : 'extract',
      aliases: Number(option('aliases') ?? 100_000),
    }),
  sizes: () => runSizesBench({ build: !flag('no-build') }),
};

const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((n) => !(n in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}

let failed = false;
mkdirSync('bench-results', { recursive: true });
for (const name of named.length > 0 ? named : Object.keys(BENCHES)) {
  const outcome = await BENCHES[name]!();
  console.log(`\n${outcome.tables.join('\n\n')}`);
  for (const error of outcome.errors) console.log(`ERROR: ${error}`);
  console.log(JSON.stringify(outcome.json));
  writeFileSync(`bench-results/${name}.json`, `${JSON.stringify(outcome.json, null, 2)}\n`);
  failed ||= outcome.errors.length > 0 || outcome.verdicts.some((v) => !v.pass);
}
process.exitCode = failed ? 1 : 0;
