/**
 * When to read a changing page again. Pages grow (lazy paragraphs, "read more") and single-page
 * sites navigate without reloading; Backstory reads the new text, but a page that mutates
 * constantly must not keep the CPU busy. Changes are batched until the page is quiet (or a
 * maximum wait passes), runs are rate-limited, and a mutation storm gives up on tracking
 * individual nodes in favour of one later full rescan. Timers and the clock are injected so the
 * policy is tested without a browser.
 */

export interface RescanPolicy {
  /** Run after this long without changes… */
  quietMs: number;
  /** …or after this long since the first pending change, whichever comes first. */
  maxWaitMs: number;
  /** At most this many runs per minute; later ones wait for the window. */
  maxRunsPerMinute: number;
  /** More added nodes than this in one pending batch is a storm: one full rescan later instead. */
  stormNodes: number;
  /** How long a storm must calm down before the full rescan. */
  stormQuietMs: number;
}

export const DEFAULT_RESCAN_POLICY: RescanPolicy = {
  quietMs: 400,
  maxWaitMs: 2000,
  maxRunsPerMinute: 12,
  stormNodes: 2000,
  stormQuietMs: 3000,
};

/** What a run should do. */
export type RescanWork = { kind: 'full' } | { kind: 'added'; nodes: Node[] };

export interface SchedulerClock {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realClock: SchedulerClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class RescanScheduler {
  private added = new Set<Node>();
  private full = false;
  private storm = false;
  private firstPendingAt: number | null = null;
  private timer: unknown = null;
  private runs: number[] = [];

  constructor(
    private readonly run: (work: RescanWork) => void,
    private readonly policy: RescanPolicy = DEFAULT_RESCAN_POLICY,
    private readonly clock: SchedulerClock = realClock,
  ) {}

  /** Nodes were added to the page (text changes count as their text node). */
  nodesAdded(nodes: Iterable<Node>): void {
    if (!this.full) {
      for (const node of nodes) this.added.add(node);
      if (this.added.size > this.policy.stormNodes) {
        this.storm = true;
        this.full = true;
        this.added.clear();
      }
    }
    this.schedule();
  }

  /** The page navigated (client-side): everything must be read again. */
  navigated(): void {
    this.full = true;
    this.added.clear();
    this.schedule();
  }

  /** Stop: nothing pending runs. */
  dispose(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.added.clear();
  }

  private schedule(): void {
    const now = this.clock.now();
    this.firstPendingAt ??= now;
    const quiet = this.storm ? this.policy.stormQuietMs : this.policy.quietMs;
    // Storms wait for calm without a cap; ordinary changes run within maxWaitMs.
    const dueByWait = this.storm ? Infinity : this.firstPendingAt + this.policy.maxWaitMs;
    let due = Math.min(now + quiet, dueByWait);
    this.runs = this.runs.filter((t) => t > now - 60_000);
    if (this.runs.length >= this.policy.maxRunsPerMinute) due = Math.max(due, this.runs[0]! + 60_000);
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => this.fire(), Math.max(0, due - now));
  }

  private fire(): void {
    this.timer = null;
    const work: RescanWork = this.full ? { kind: 'full' } : { kind: 'added', nodes: [...this.added] };
    this.added.clear();
    this.full = false;
    this.storm = false;
    this.firstPendingAt = null;
    this.runs.push(this.clock.now());
    if (work.kind === 'full' || work.nodes.length > 0) this.run(work);
  }
}
