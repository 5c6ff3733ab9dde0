/**
 * Run a step generator (see `extractArticleSteps`) in slices: steps run until `budgetMs` has
 * passed, then `pause()` hands the thread back (in the browser: a macrotask or
 * `scheduler.yield()`), so no slice holds the main thread much longer than one step past the
 * budget. Pure: the clock and the pause are passed in.
 */

/** How to slice. */
export interface SliceOptions {
  /** Milliseconds of work before pausing. */
  budgetMs: number;
  /** A monotonic clock in milliseconds. */
  now: () => number;
  /** Give the thread back; resolves when work may go on. */
  pause: () => Promise<void>;
  /** Called with each slice's length (for benchmarks). */
  onSlice?: (ms: number) => void;
}

/** Run `steps` to completion in slices; resolves with its result. */
export async function runInSlices<T>(steps: Generator<void, T>, options: SliceOptions): Promise<T> {
  let start = options.now();
  for (;;) {
    const next = steps.next();
    if (next.done) {
      options.onSlice?.(options.now() - start);
      return next.value;
    }
    const elapsed = options.now() - start;
    if (elapsed >= options.budgetMs) {
      options.onSlice?.(elapsed);
      await options.pause();
      start = options.now();
    }
  }
}
