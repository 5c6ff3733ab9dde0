/**
 * Size benchmark: the content script, the background and the bundled pack (and its compiled match
 * index, both shipped as data files the background reads on first need), each gzipped (level 9), and each store zip, for
 * Chrome and Firefox.
 *
 * Builds and zips both browsers' extensions from the working tree, as `npm run zip` does, into
 * bench-results/build/ (BACKSTORY_OUT_DIR, so the build in .output/ that the end-to-end tests load
 * is left alone), unless `--no-build` is given: then it measures `.output/` as it is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchOutcome, Verdict } from './matcher.ts';
import { renderTable, kb, type Cell } from './table.ts';

export interface SizesOptions {
  build: boolean;
}

const BENCH_OUT = 'bench-results/build';
const CONTENT_SCRIPT_BUDGET = 60 * 1024;
const BROWSERS = [
  { name: 'chrome', dir: 'chrome-mv3', args: [] as string[] },
  { name: 'firefox', dir: 'firefox-mv3', args: ['-b', 'firefox', '--mv3'] },
];

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const files = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => join(dir, f)) : []);

interface Measured {
  raw: number;
  gzip: number;
  files: string[];
}

function measureFiles(paths: string[]): Measured {
  return { raw: paths.reduce((n, p) => n + statSync(p).size, 0), gzip: paths.reduce((n, p) => n + gzipped(p), 0), files: paths };
}

function build(): void {
  const env = { ...process.env, BACKSTORY_OUT_DIR: BENCH_OUT };
  const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  run('npm', ['run', '--silent', 'pack:build']);
  for (const browser of BROWSERS) run('npx', ['wxt', 'zip', ...browser.args]);
}

export async function runSizesBench(options: SizesOptions): Promise<BenchOutcome> {
  const outDir = options.build ? BENCH_OUT : '.output';
  if (options.build) {
    console.error(`[sizes] building and zipping both browsers into ${outDir}/`);
    build();
  }
  const errors: string[] = [];
  const browsers = BROWSERS.map(({ name, dir }) => {
    const root = join(outDir, dir);
    if (!existsSync(join(root, 'manifest.json'))) errors.push(`${root} has no build`);
    const contentDir = join(root, 'content-scripts');
    return {
      browser: name,
      contentScript: measureFiles([...files(contentDir, '.js'), ...files(contentDir, '.css')]),
      contentScriptJs: measureFiles(files(contentDir, '.js')),
      background: measureFiles(files(root, '.js').filter((f) => f.endsWith('background.js'))),
    };
  });
  const pack = measureFiles(['assets/generated/pack.json'].filter(existsSync));
  const compiledIndex = measureFiles(['assets/generated/match-index.json'].filter(existsSync));
  const zips = files(outDir, '.zip').map((path) => ({ file: path, bytes: statSync(path).size }));
  if (zips.length === 0) errors.push(`no store zips in ${outDir}/`);

  const rows: Cell[][] = [];
  for (const b of browsers) {
    rows.push([`content script (JS + CSS), ${b.browser}`, kb(b.contentScript.raw), kb(b.contentScript.gzip)]);
    rows.push([`  of which JS`, kb(b.contentScriptJs.raw), kb(b.contentScriptJs.gzip)]);
    rows.push([`background script, ${b.browser}`, kb(b.background.raw), kb(b.background.gzip)]);
  }
  rows.push(['bundled pack (assets/generated/pack.json)', kb(pack.raw), kb(pack.gzip)]);
  rows.push(['its compiled match index (…/match-index.json)', kb(compiledIndex.raw), kb(compiledIndex.gzip)]);
  for (const z of zips) rows.push([`store zip ${z.file.split('/').pop()}`, kb(z.bytes), null]);

  const verdicts: Verdict[] = browsers.map((b) => ({
    budget: `content script, ${b.browser}`,
    limit: '≤ 60 KB gzipped',
    measured: `${kb(b.contentScript.gzip)} KB`,
    pass: b.contentScript.gzip <= CONTENT_SCRIPT_BUDGET,
    note: 'JS + CSS, gzip -9',
  }));
  const tables = [
    renderTable(`Sizes (KB = 1,024 bytes; gzip level 9; from ${outDir}/)`, ['artefact', 'raw KB', 'gzip KB'], rows),
    renderTable('Budgets', ['budget', 'limit', 'measured', 'verdict', 'note'], verdicts.map((v) => [v.budget, v.limit, v.measured, v.pass ? 'pass' : 'FAIL', v.note ?? ''])),
  ];
  return {
    name: 'sizes',
    tables,
    json: { bench: 'sizes', date: new Date().toISOString(), outDir, browsers, pack, compiledIndex, zips, budgets: verdicts, errors },
    verdicts,
    errors,
  };
}
