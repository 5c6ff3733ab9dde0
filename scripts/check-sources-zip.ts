/**
 * addons.mozilla.org reviewers rebuild the Firefox extension from the sources zip we upload and
 * expect the files we submitted. This checks that they will get them: zip as for a release, unpack
 * the sources zip into an empty folder, install from its lock file and build Firefox there, then
 * compare every file of that build with `.output/firefox-mv3`, byte for byte.
 *
 *   npm run check:sources-zip              (zips first: `npm run zip`)
 *   npm run check:sources-zip -- --no-zip  (use the zips already in .output/)
 *   npm run check:sources-zip -- --keep    (leave the temporary folder for inspection)
 *
 * Needs the npm registry (`npm ci`) and the `unzip` command. Not part of `npm test`: the install
 * alone takes about a minute.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const OUTPUT = '.output';
const BUILD = join(OUTPUT, 'firefox-mv3');

function run(command: string, commandArgs: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: 'true' } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
  return performance.now() - started;
}

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

if (spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status !== 0) {
  console.error('check-sources-zip needs the `unzip` command (Debian: apt-get install -y unzip).');
  process.exit(2);
}

const zipMs = args.includes('--no-zip') ? 0 : run('npm', ['run', '--silent', 'zip'], process.cwd());
const sourcesZip = existsSync(OUTPUT) ? readdirSync(OUTPUT).find((f) => f.endsWith('-sources.zip')) : undefined;
if (!sourcesZip || !existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No sources zip or Firefox build in ${OUTPUT}/: run \`npm run zip\` (or drop --no-zip).`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'backstory-sources-'));
try {
  execFileSync('unzip', ['-q', join(process.cwd(), OUTPUT, sourcesZip), '-d', work]);
  const unpacked = filesUnder(work).length;
  const ciMs = run('npm', ['ci', '--no-audit', '--no-fund'], work);
  const buildMs = run('npm', ['run', '--silent', 'build:firefox'], work);

  const ours = filesUnder(BUILD);
  const theirs = filesUnder(join(work, BUILD));
  const problems: string[] = [];
  for (const file of ours) if (!theirs.includes(file)) problems.push(`missing from the rebuild: ${file}`);
  for (const file of theirs) if (!ours.includes(file)) problems.push(`only in the rebuild: ${file}`);
  let bytes = 0;
  for (const file of ours.filter((f) => theirs.includes(f))) {
    const a = join(BUILD, file);
    const b = join(work, BUILD, file);
    bytes += statSync(a).size;
    if (sha256(a) !== sha256(b)) problems.push(`differs: ${file} (${statSync(a).size} bytes here, ${statSync(b).size} rebuilt)`);
  }

  console.log(`sources zip: ${sourcesZip}, ${(statSync(join(OUTPUT, sourcesZip)).size / 1024).toFixed(0)} KB, ${unpacked} files`);
  console.log(`times: zip ${seconds(zipMs)}, npm ci ${seconds(ciMs)}, build:firefox ${seconds(buildMs)}`);
  console.log(`compared ${ours.length} files (${(bytes / 1024).toFixed(0)} KB) of ${BUILD} with the rebuild`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  } else {
    console.log('identical: the sources zip rebuilds the Firefox extension byte for byte');
  }
} finally {
  if (args.includes('--keep')) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
