/**
 * Matcher benchmark (Node). Scans the article text of every corpus page with the bundled pack and
 * with a generated pack of 100,000 aliases, and compares, on the same aliases and texts:
 *
 * - Backstory matcher (rules): `matchEntities` as the extension runs it, context rules included.
 * - Backstory matcher (plain): the same pack with every alias `always` (no context rules; case as
 *   written). The baselines do exactly this work; the benchmark checks that all three return the
 *   same spans on every text before it times anything.
 * - previous matcher: the word trie this matcher replaced (`match-entities-reference.ts`), with
 *   the rules: the before/after figure.
 * - RegExp: one alternation of every alias (`baselines.ts` says what each baseline does and does
 *   not do). It slows down with every alternative, so it scans the first corpus texts only, as
 *   many as fit in about two seconds a pass, and its ratio is to the matcher on those same texts.
 *   V8 refuses one alternation of 100,000 aliases ("Regular expression too large"; 50,000 too),
 *   so on the generated pack both hold the same 10,000 aliases, spread over the pack.
 * - modern-ahocorasick: every occurrence, then word bounds and longest-leftmost selection; and,
 *   for the record, its search alone (no word bounds, no selection: less than the same work).
 *
 * Also: index build time (warm, median); cold figures from a fresh process per run (nothing
 * compiled by the JIT yet, as at worker start): building the index from the pack, loading the
 * compiled index from its binary form, and loading it as the worker does (the JSON with base64
 * that `npm run pack:build` writes); the compiled index's size; and the heap growth of loading
 * the bundled pack into a ContextService with its compiled index (a proxy for the background
 * worker's memory: Node's heap after full GCs, plus array buffers).
 *
 * MB/s counts UTF-8 bytes of the texts (10^6 bytes per MB). Times are medians of repeated runs;
 * interleaved rounds give every implementation the same machine conditions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundledPack } from '../../cli/bundled-pack.ts';
import { compileMatchIndex, matchEntities, type MatchIndex } from '../../core/match-entities.ts';
import { compileReferenceIndex, matchEntitiesReference } from '../../core/match-entities-reference.ts';
import { encodeCompiledIndex, saveMatchIndex } from '../../core/match-index-file.ts';
import type { ContextEntry, ContextPack } from '../../core/types.ts';
import { AhoCorasickBaseline, canonicalAliases, RegExpBaseline, type Span } from './baselines.ts';
import { loadCorpusTexts, type CorpusTexts } from './corpus-texts.ts';
import { GENERATED_PACK_SEED, generatePack, plainEntries } from './generated-pack.ts';
import { machine, measure, measureInterleaved, median, type Rounds, type Timing } from './measure.ts';
import { renderTable, kb, ms, type Cell } from './table.ts';

export interface MatcherOptions {
  /** Fewer rounds, for a quick look. */
  quick: boolean;
  texts: 'extract' | 'expected';
  /** Aliases in the generated pack. */
  aliases: number;
}

/** A budget from the issue, measured. */
export interface Verdict {
  budget: string;
  limit: string;
  measured: string;
  pass: boolean;
  note?: string;
}

/** What a benchmark hands back to `run.ts`. */
export interface BenchOutcome {
  name: string;
  tables: string[];
  json: Record<string, unknown>;
  verdicts: Verdict[];
  /** Problems that make the figures meaningless (e.g. implementations that disagree). */
  errors: string[];
}

const CACHE = 'bench-results/cache';
/** Above this many aliases, the RegExp runs with a subset of this size. */
const REGEXP_MAX_ALIASES = 10_000;
/**
 * The RegExp slows down with every alternative (a few thousand aliases scan at some KB/s), so it
 * scans the corpus texts from the first one until a pass takes about this long; the matcher's
 * ratio to it is measured on those same texts.
 */
const REGEXP_PASS_MS = { quick: 500, full: 2_000 };
const BUDGET = { vsRegExp: 3, vsAhoCorasick: 1, bundledReadyMs: 50, largeReadyMs: 300, heapBytes: 30 * 1024 * 1024 };

const MB = 1e6;
const mbPerSecond = (bytes: number, t: Timing) => bytes / MB / (t.medianMs / 1000);

function loadBundledPack(): { pack: ContextPack; source: string } {
  const { pack } = buildBundledPack();
  if (pack) return { pack, source: 'built from assets/context' };
  const generated = 'assets/generated/pack.json';
  if (!existsSync(generated)) throw new Error('the bundled pack has errors and assets/generated/pack.json is missing');
  return { pack: JSON.parse(readFileSync(generated, 'utf8')) as ContextPack, source: `${generated} (assets/context has errors)` };
}

const spansOf = (index: MatchIndex, text: string): Span[] => matchEntities(index, text).map((m) => [m.start, m.end]);

/** Where two implementations first disagree, or null. */
function firstDifference(texts: readonly string[], a: (t: string) => Span[], b: (t: string) => Span[]): string | null {
  for (let k = 0; k < texts.length; k++) {
    const x = JSON.stringify(a(texts[k]!));
    const y = JSON.stringify(b(texts[k]!));
    if (x !== y) return `text ${k}: ${x.slice(0, 120)} vs ${y.slice(0, 120)}`;
  }
  return null;
}

/** Evenly spread `count` of `items`. */
const spread = <T>(items: readonly T[], count: number): T[] => Array.from({ length: count }, (_, k) => items[Math.floor((k * items.length) / count)]!);

/** Run `index-probe.ts` in fresh processes; the median of each numeric field. */
function probe(mode: string, path: string, runs: number, ...more: string[]): Record<string, number> {
  const results: Record<string, number>[] = [];
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench/index-probe.ts', mode, path, ...more], { encoding: 'utf8', maxBuffer: 1 << 24 });
    results.push(JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>);
  }
  return Object.fromEntries(Object.keys(results[0]!).filter((k) => typeof results[0]![k] === 'number').map((k) => [k, median(results.map((r) => r[k]!))]));
}

/** One implementation's scan over the corpus. */
interface Scan {
  mbPerSecond: number;
  medianMs: number;
  cpuMedianMs: number;
  runs: number;
  mentions: number;
  bytes: number;
  note?: string;
}

type Implementation = 'rules' | 'plain' | 'previous' | 'regexp' | 'ahoCorasick' | 'ahoCorasickSearch';

interface PackFigures {
  label: string;
  aliases: number;
  nodes: number;
  throughput: Record<Implementation, Scan>;
  build: Record<string, Timing | null>;
  cold: { readyPack: Record<string, number>; readyPrevious: Record<string, number>; readyIndex: Record<string, number>; readyCompiled: Record<string, number> };
  compiledIndexBytes: number;
  compiledFileBytes: number;
  heap?: Record<string, number>;
  ratios: { vsRegExp: number; vsAhoCorasick: number; vsAhoCorasickSearch: number; vsPrevious: number };
  regexp: { aliases: number; texts: number; bytes: number; plainOnSameTexts: Scan; note: string };
}

async function benchPack(label: string, pack: ContextPack, corpus: CorpusTexts, options: MatcherOptions, errors: string[]): Promise<PackFigures> {
  const { texts, bytes } = corpus;
  const entries = pack.entries;
  const plain = plainEntries(entries);
  const aliasCount = entries.reduce((n, e) => n + e.aliases.length, 0);
  const large = aliasCount > REGEXP_MAX_ALIASES;
  const log = (message: string) => console.error(`[matcher] ${label}: ${message}`);

  log('compiling');
  const index = compileMatchIndex(entries);
  const plainIndex = compileMatchIndex(plain);
  const previous = compileReferenceIndex(entries);
  const aliases = canonicalAliases(plain);
  const ahoCorasick = new AhoCorasickBaseline(aliases);
  // The RegExp: every alias, or on a large pack an evenly spread subset and the first texts.
  const regexpAliases = large ? spread(aliases, REGEXP_MAX_ALIASES) : aliases;
  const regexpStart = performance.now();
  const regexp = new RegExpBaseline(regexpAliases);
  regexp.spans('A B'); // V8 compiles a pattern when it first runs
  const regexpCompileMs = performance.now() - regexpStart;
  const regexpTexts: string[] = [];
  for (let spent = 0, k = 0; k < texts.length && spent < (options.quick ? REGEXP_PASS_MS.quick : REGEXP_PASS_MS.full); k++) {
    const start = performance.now();
    regexp.spans(texts[k]!);
    spent += performance.now() - start;
    regexpTexts.push(texts[k]!);
  }
  const regexpBytes = regexpTexts.reduce((n, t) => n + Buffer.byteLength(t), 0);

  log('checking that the implementations agree');
  const subsetIndex = large ? compileMatchIndex(regexpAliases.map((text, k) => ({ id: `a${k}`, kind: 'topic', name: text, aliases: [{ text }], summary: '', sources: [], reviewed: '2026-01-01', changelog: [] }) as ContextEntry)) : plainIndex;
  const checks: [string, string | null][] = [
    ['Aho-Corasick vs matcher (plain)', firstDifference(texts, (t) => ahoCorasick.spans(t), (t) => spansOf(plainIndex, t))],
    ['RegExp vs matcher (plain)', firstDifference(regexpTexts, (t) => regexp.spans(t), (t) => spansOf(subsetIndex, t))],
    ['previous vs matcher (rules)', firstDifference(texts, (t) => matchEntitiesReference(previous, t).map((m) => [m.start, m.end]), (t) => spansOf(index, t))],
  ];
  for (const [what, difference] of checks) if (difference) errors.push(`${label}: ${what} disagree at ${difference}`);
  const mentions = (f: (t: string) => unknown[], on = texts) => on.reduce((n, t) => n + f(t).length, 0);

  log('timing scans');
  const rounds: Rounds = options.quick ? { warmup: 1, min: 3, max: 3, budgetMs: 0 } : large ? { warmup: 1, min: 5, max: 11, budgetMs: 60_000 } : { warmup: 2, min: 7, max: 21, budgetMs: 30_000 };
  const scanAll = (f: (t: string) => unknown) => () => {
    for (const t of texts) f(t);
  };
  const scans = measureInterleaved(
    {
      rules: scanAll((t) => matchEntities(index, t)),
      plain: scanAll((t) => matchEntities(plainIndex, t)),
      previous: scanAll((t) => matchEntitiesReference(previous, t)),
      ahoCorasick: scanAll((t) => ahoCorasick.spans(t)),
      ahoCorasickSearch: scanAll((t) => ahoCorasick.searchOnly(t)),
    },
    rounds,
  );
  log(`timing the RegExp (${regexpAliases.length} aliases) and the matcher on the first ${regexpTexts.length} texts (${regexpBytes} bytes)`);
  const sameTexts = measureInterleaved(
    { regexp: () => regexpTexts.forEach((t) => regexp.spans(t)), plain: () => regexpTexts.forEach((t) => matchEntities(subsetIndex, t)) },
    { warmup: 0, min: options.quick ? 1 : 3, max: options.quick ? 1 : 5, budgetMs: 15_000 },
  );
  const row = (t: Timing, count: number, on = bytes, note?: string): Scan => ({ mbPerSecond: mbPerSecond(on, t), medianMs: t.medianMs, cpuMedianMs: t.cpuMedianMs, runs: t.runs, mentions: count, bytes: on, ...(note ? { note } : {}) });
  const throughput: Record<Implementation, Scan> = {
    rules: row(scans.rules!, mentions((t) => matchEntities(index, t))),
    plain: row(scans.plain!, mentions((t) => matchEntities(plainIndex, t))),
    previous: row(scans.previous!, mentions((t) => matchEntitiesReference(previous, t))),
    regexp: row(sameTexts.regexp!, mentions((t) => regexp.spans(t), regexpTexts), regexpBytes, `${large ? `${regexpAliases.length} of ${aliases.length} aliases, ` : ''}first ${regexpTexts.length} texts`),
    ahoCorasick: row(scans.ahoCorasick!, mentions((t) => ahoCorasick.spans(t))),
    ahoCorasickSearch: row(scans.ahoCorasickSearch!, texts.reduce((n, t) => n + ahoCorasick.searchOnly(t), 0), bytes, 'hits, not mentions'),
  };

  log('timing index builds');
  const buildRounds: Rounds = options.quick ? { warmup: 1, min: 3, max: 3, budgetMs: 0 } : large ? { warmup: 1, min: 5, max: 9, budgetMs: 20_000 } : { warmup: 3, min: 9, max: 31, budgetMs: 5_000 };
  const slowRounds: Rounds = { warmup: 0, min: options.quick ? 1 : 3, max: options.quick ? 1 : 3, budgetMs: 0 };
  const build = {
    matcher: measure(() => compileMatchIndex(entries), buildRounds),
    previous: measure(() => compileReferenceIndex(entries), buildRounds),
    ahoCorasick: measure(() => new AhoCorasickBaseline(aliases), large ? slowRounds : buildRounds),
    regexp: { medianMs: regexpCompileMs, minMs: regexpCompileMs, cpuMedianMs: NaN, runs: 1 },
  };

  log('cold start in fresh processes');
  mkdirSync(CACHE, { recursive: true });
  const packPath = join(CACHE, `${label}.json`);
  const indexPath = join(CACHE, `${label}.index.bin`);
  const compiledPath = join(CACHE, `${label}.match-index.json`);
  writeFileSync(packPath, JSON.stringify(pack));
  const saved = saveMatchIndex(index);
  writeFileSync(indexPath, saved);
  const compiledFile = JSON.stringify(encodeCompiledIndex(index));
  writeFileSync(compiledPath, compiledFile);
  const coldRuns = options.quick ? 1 : large ? 3 : 5;
  const cold = {
    readyPack: probe('ready-pack', packPath, coldRuns),
    readyPrevious: probe('ready-previous', packPath, coldRuns),
    readyIndex: probe('ready-index', indexPath, coldRuns),
    readyCompiled: probe('ready-compiled', compiledPath, coldRuns),
  };
  const heap = large ? undefined : probe('heap', packPath, 1, compiledPath);

  const plainOnSameTexts = row(sameTexts.plain!, mentions((t) => matchEntities(subsetIndex, t), regexpTexts), regexpBytes);
  return {
    label,
    aliases: aliasCount,
    nodes: index.nodeCount,
    throughput,
    build,
    cold,
    compiledIndexBytes: saved.byteLength,
    compiledFileBytes: Buffer.byteLength(compiledFile),
    heap,
    ratios: {
      vsRegExp: plainOnSameTexts.mbPerSecond / throughput.regexp.mbPerSecond,
      vsAhoCorasick: throughput.plain.mbPerSecond / throughput.ahoCorasick.mbPerSecond,
      vsAhoCorasickSearch: throughput.plain.mbPerSecond / throughput.ahoCorasickSearch.mbPerSecond,
      vsPrevious: throughput.rules.mbPerSecond / throughput.previous.mbPerSecond,
    },
    regexp: {
      aliases: regexpAliases.length,
      texts: regexpTexts.length,
      bytes: regexpBytes,
      plainOnSameTexts,
      note:
        (large
          ? `it holds ${regexpAliases.length} of the ${aliases.length} aliases, spread over them (V8 refuses one alternation of 100,000 or 50,000 aliases, "Regular expression too large"; 25,000 took 17 s to compile); `
          : '') +
        `it scans the first ${regexpTexts.length} texts (${kb(regexpBytes)} KB); the ratio is to the matcher (plain${large ? `, same ${regexpAliases.length} aliases` : ''}) on those texts: ${plainOnSameTexts.mbPerSecond.toFixed(1)} MB/s`,
    },
  };
}

function verdicts(bundled: PackFigures, large: PackFigures): Verdict[] {
  const x = (v: number) => `${v.toFixed(1)}×`;
  const out: Verdict[] = [];
  for (const p of [bundled, large]) {
    out.push({ budget: `matcher vs RegExp, ${p.label}`, limit: `≥ ${BUDGET.vsRegExp}×`, measured: x(p.ratios.vsRegExp), pass: p.ratios.vsRegExp >= BUDGET.vsRegExp, note: p === large ? `both with the same ${p.regexp.aliases} aliases, same texts` : 'same texts' });
    out.push({ budget: `matcher vs modern-ahocorasick, ${p.label}`, limit: `≥ ${BUDGET.vsAhoCorasick}×`, measured: x(p.ratios.vsAhoCorasick), pass: p.ratios.vsAhoCorasick >= BUDGET.vsAhoCorasick, note: `vs its search alone: ${x(p.ratios.vsAhoCorasickSearch)}` });
  }
  const bundledReady = bundled.cold.readyCompiled.readyMs!;
  out.push({
    budget: 'bundled index ready at worker start (cold)',
    limit: `≤ ${BUDGET.bundledReadyMs} ms`,
    measured: `${bundledReady.toFixed(1)} ms`,
    pass: bundledReady <= BUDGET.bundledReadyMs,
    note: `compiled at build time, loaded; building it at start instead: ${bundled.cold.readyPack.buildMs!.toFixed(0)} ms`,
  });
  const largeLoad = large.cold.readyIndex.loadMs!;
  out.push({
    budget: `${large.label} index ready (cold)`,
    limit: `≤ ${BUDGET.largeReadyMs} ms`,
    measured: `${largeLoad.toFixed(0)} ms`,
    pass: largeLoad <= BUDGET.largeReadyMs,
    note:
      `compiled, loaded from its binary form; as JSON + base64: ${large.cold.readyCompiled.readyMs!.toFixed(0)} ms; ` +
      `built at start instead: ${large.cold.readyPack.buildMs!.toFixed(0)} ms (+ ${large.cold.readyPack.parseMs!.toFixed(0)} ms to parse the pack)`,
  });
  const heap = bundled.heap!.totalBytes!;
  out.push({ budget: 'background heap, bundled pack (Node proxy)', limit: '≤ 30 MB', measured: `${(heap / 1024 / 1024).toFixed(1)} MB`, pass: heap <= BUDGET.heapBytes, note: 'Node heap + array buffers after GC: pack objects + index + ContextService maps' });
  return out;
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const heapCell = (heap: Record<string, number>) => `${mib(heap.totalBytes!)} (pack ${mib(heap.packBytes!)} + service ${mib(heap.serviceBytes!)})`;

function tables(corpus: CorpusTexts, packs: PackFigures[], checks: Verdict[], rounds: string, about: string): string[] {
  const names: [Implementation, string][] = [
    ['rules', 'Backstory matcher (rules)'],
    ['plain', 'Backstory matcher (plain)'],
    ['previous', 'previous word-trie matcher (rules)'],
    ['regexp', 'RegExp alternation (plain)'],
    ['ahoCorasick', 'modern-ahocorasick (plain)'],
    ['ahoCorasickSearch', '  its search alone (all hits, no bounds)'],
  ];
  const scanRows: Cell[][] = [];
  for (const p of packs) {
    for (const [key, name] of names) {
      const t = p.throughput[key];
      const plainRate = p.throughput.plain.mbPerSecond;
      const ratio = key === 'regexp' ? p.ratios.vsRegExp : key === 'ahoCorasick' || key === 'ahoCorasickSearch' ? plainRate / t.mbPerSecond : key === 'previous' ? p.ratios.vsPrevious : null;
      scanRows.push([`${p.label} (${p.aliases.toLocaleString('en-US')})`, name + (key === 'regexp' ? ' *' : ''), t.mbPerSecond, ms(t.medianMs), t.mentions, ratio === null ? '' : `${ratio.toFixed(1)}×${key === 'previous' ? ' (rules)' : ''}`]);
    }
  }
  const notes = packs.map((p) => `* ${p.label}: ${p.regexp.note}`);
  const scan = renderTable(
    `Matcher throughput: ${corpus.pages} corpus pages, ${(corpus.bytes / MB).toFixed(2)} MB (${corpus.source}); medians of ${rounds}`,
    ['pack (aliases)', 'implementation', 'MB/s', 'ms/pass', 'mentions', 'matcher (plain) is'],
    scanRows,
  ) + `\n${[about, ...notes].join('\n')}`;
  const [a, b] = packs as [PackFigures, PackFigures];
  const indexRows: Cell[][] = [
    ['aliases / trie nodes', `${a.aliases} / ${a.nodes}`, `${b.aliases} / ${b.nodes}`],
    ['build index, warm (ms)', ms(a.build.matcher!.medianMs), ms(b.build.matcher!.medianMs)],
    ['build index at worker start, cold (ms)', ms(a.cold.readyPack.buildMs!), ms(b.cold.readyPack.buildMs!)],
    ['  + JSON.parse of the pack, cold (ms)', ms(a.cold.readyPack.parseMs!), ms(b.cold.readyPack.parseMs!)],
    ['load compiled index (binary), cold (ms)', ms(a.cold.readyIndex.loadMs!), ms(b.cold.readyIndex.loadMs!)],
    ['load compiled index as the worker does (JSON + base64), cold (ms)', ms(a.cold.readyCompiled.readyMs!), ms(b.cold.readyCompiled.readyMs!)],
    ['compiled index: binary / JSON + base64 (KB)', `${kb(a.compiledIndexBytes)} / ${kb(a.compiledFileBytes)}`, `${kb(b.compiledIndexBytes)} / ${kb(b.compiledFileBytes)}`],
    ['previous matcher build, warm (ms)', ms(a.build.previous!.medianMs), ms(b.build.previous!.medianMs)],
    ['previous matcher build at worker start, cold (ms)', ms(a.cold.readyPrevious.buildMs!), ms(b.cold.readyPrevious.buildMs!)],
    ['RegExp compile, first run (ms)', `${ms(a.build.regexp!.medianMs)}`, `${ms(b.build.regexp!.medianMs)} (${b.regexp.aliases} aliases)`],
    ['modern-ahocorasick build (ms)', ms(a.build.ahoCorasick!.medianMs), ms(b.build.ahoCorasick!.medianMs)],
    ['heap: pack + ContextService with compiled index (MB)', a.heap ? heapCell(a.heap) : null, b.heap ? heapCell(b.heap) : null],
  ];
  const index = renderTable('Index (cold = fresh process per run, median)', ['', a.label, b.label], indexRows);
  const budgets = renderTable('Budgets', ['budget', 'limit', 'measured', 'verdict', 'note'], checks.map((v) => [v.budget, v.limit, v.measured, v.pass ? 'pass' : 'FAIL', v.note ?? '']));
  return [scan, index, budgets];
}

export async function runMatcherBench(options: MatcherOptions): Promise<BenchOutcome> {
  const before = machine();
  console.error('[matcher] reading the corpus');
  const corpus = await loadCorpusTexts(options.texts);
  const bundled = loadBundledPack();
  console.error(`[matcher] generating a ${options.aliases}-alias pack`);
  const { pack: generated, harvested } = generatePack(options.aliases, corpus.texts);
  const errors: string[] = [];
  const packs = [await benchPack('bundled', bundled.pack, corpus, options, errors), await benchPack(`generated-${options.aliases / 1000}k`, generated, corpus, options, errors)];
  // The packs and indexes written for the cold probes are large (the generated ones ~60 MB).
  rmSync(CACHE, { recursive: true, force: true });
  const checks = verdicts(packs[0]!, packs[1]!);
  const about =
    `Packs: bundled ${bundled.pack.entries.length} entries (${bundled.source}); generated ${generated.entries.length} entries, ` +
    `seed ${GENERATED_PACK_SEED}, ${harvested} of its aliases harvested from the corpus texts. Plain = every alias 'always', as the baselines.`;
  const rounds = options.quick ? 'quick runs (--quick)' : 'interleaved rounds (bundled ≥ 7, generated ≥ 5)';
  const after = machine();
  const loadNote = Math.max(...before.loadAverage, ...after.loadAverage) > before.cpus ? `\nMachine busy: load average ${before.loadAverage[0]} → ${after.loadAverage[0]} on ${before.cpus} cores; wall-clock figures include waiting for a core.` : '';
  return {
    name: 'matcher',
    tables: tables(corpus, packs, checks, rounds, about).map((t, k, all) => (k === all.length - 1 ? t + loadNote : t)),
    json: {
      bench: 'matcher',
      date: new Date().toISOString(),
      machine: { ...before, loadAverageAfter: after.loadAverage },
      corpus: { pages: corpus.pages, bytes: corpus.bytes, source: corpus.source },
      bundledPack: { entries: bundled.pack.entries.length, source: bundled.source },
      generatedPack: { aliases: options.aliases, entries: generated.entries.length, seed: GENERATED_PACK_SEED, harvestedFromCorpus: harvested },
      packs,
      budgets: checks,
      errors,
    },
    verdicts: checks,
    errors,
  };
}

