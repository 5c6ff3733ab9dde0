/**
 * `npm run bench`: every benchmark, each printing its tables and one JSON line, and writing
 * bench-results/<name>.json. Name some to run only those: `npm run bench -- matcher`.
 *
 *   matcher     throughput against RegExp and modern-ahocorasick, index build/load, heap (Node)
 *   extraction  article detection per page beside @mozilla/readability (Node)
 *   sizes       content script, background, pack (gzipped) and store zips
 *   browser     the built extension in real Chromium and Firefox ESR: highlights painted after
 *               DOMContentLoaded, card painted after the hover delay, long tasks, worker cold
 *               start and heap (bundled pack and a generated 100,000-alias pack)
 *   longtasks   every corpus page in Chromium: the longest long task during Backstory's work
 *
 * The browser benchmarks measure the build in .output/ (`npm run bench` builds it first).
 * Options: --quick (fewer rounds), --texts=expected (corpus expected.html instead of extraction),
 * --aliases=N (generated pack size, default 100000), --no-build (sizes: measure .output/ as is),
 * --runs=N (browser: page loads per figure, default 7).
 * Exits non-zero when a budget is missed or implementations disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runMatcherBench, type BenchOutcome } from './matcher.ts';
import { runSizesBench } from './sizes.ts';
import { runBrowserBench, runLongTaskBench } from './browser.ts';
import { execFileSync } from 'node:child_process';

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
  extraction: async () => runScriptBench('extraction', 'scripts/bench-extraction.ts'),
  sizes: () => runSizesBench({ build: !flag('no-build') }),
  browser: () => runBrowserBench({ runs: Number(option('runs') ?? (flag('quick') ? 3 : 7)) }),
  longtasks: () => runLongTaskBench(),
};

/** A benchmark that is its own script (it prints its table, then one JSON line last). */
function runScriptBench(name: string, script: string): BenchOutcome {
  const output = execFileSync('npx', ['tsx', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trimEnd().split('\n');
  const json = JSON.parse(output.pop() ?? '{}') as Record<string, unknown>;
  return { name, tables: [output.join('\n').trim()], json, verdicts: [], errors: [] };
}

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
