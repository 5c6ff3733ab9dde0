/**
 * Timing for the benchmarks: repeated runs, medians, wall-clock and process CPU time. Candidates
 * that are compared with each other run interleaved, round by round, so that a busy machine slows
 * them alike; the ratios printed come from the same rounds.
 */
import { cpus, loadavg } from 'node:os';

/** Repeated timings of one piece of work. */
export interface Timing {
  /** Median wall-clock milliseconds. */
  medianMs: number;
  minMs: number;
  /** Median process CPU milliseconds (all threads: the GC's helpers count too). */
  cpuMedianMs: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeOnce(work: () => unknown): [number, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000];
}

function summary(walls: number[], cpus: number[]): Timing {
  return { medianMs: median(walls), minMs: Math.min(...walls), cpuMedianMs: median(cpus), runs: walls.length };
}

/** How many rounds: at least `min`, then more while under `budgetMs`, at most `max`. */
export interface Rounds {
  warmup: number;
  min: number;
  max: number;
  budgetMs: number;
}

/** Time `work` alone. */
export function measure(work: () => unknown, rounds: Rounds): Timing {
  return measureInterleaved({ work }, rounds).work!;
}

/** Time several candidates, one run of each per round, in a rotating order. */
export function measureInterleaved(candidates: Record<string, () => unknown>, rounds: Rounds): Record<string, Timing> {
  const names = Object.keys(candidates);
  for (let w = 0; w < rounds.warmup; w++) for (const name of names) candidates[name]!();
  const walls = new Map(names.map((n) => [n, [] as number[]]));
  const cpuTimes = new Map(names.map((n) => [n, [] as number[]]));
  const started = performance.now();
  for (let round = 0; round < rounds.max; round++) {
    if (round >= rounds.min && performance.now() - started > rounds.budgetMs) break;
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const [wall, cpu] = timeOnce(candidates[name]!);
      walls.get(name)!.push(wall);
      cpuTimes.get(name)!.push(cpu);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summary(walls.get(n)!, cpuTimes.get(n)!)]));
}

/** The machine, for the record: a load average above the core count inflates wall-clock times. */
export function machine() {
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
