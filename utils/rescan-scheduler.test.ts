import { beforeEach, describe, expect, test } from 'vitest';
import { RescanScheduler, type RescanWork, type SchedulerClock } from './rescan-scheduler.ts';

/** A hand-driven clock: timers fire only when the test advances time. */
class FakeClock implements SchedulerClock {
  time = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  now = () => this.time;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, fn });
    return id;
  };
  clearTimeout = (id: unknown) => void this.timers.delete(id as number);
  advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
    }
    this.time = end;
  }
}

const node = (name: string) => ({ name }) as unknown as Node;
const policy = { quietMs: 400, maxWaitMs: 2000, maxRunsPerMinute: 3, stormNodes: 100, stormQuietMs: 3000 };

describe('RescanScheduler', () => {
  let clock: FakeClock;
  let runs: RescanWork[];
  let scheduler: RescanScheduler;

  beforeEach(() => {
    clock = new FakeClock();
    runs = [];
    scheduler = new RescanScheduler((w) => runs.push(w), policy, clock);
  });

  test('batches added nodes until the page is quiet', () => {
    scheduler.nodesAdded([node('a')]);
    clock.advance(300);
    scheduler.nodesAdded([node('b')]);
    clock.advance(399);
    expect(runs).toEqual([]);
    clock.advance(1);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ kind: 'added' });
    expect((runs[0] as { nodes: Node[] }).nodes).toHaveLength(2);
  });

  test('a page that never goes quiet is still read within the maximum wait', () => {
    for (let t = 0; t < 2100; t += 100) {
      scheduler.nodesAdded([node(`n${t}`)]);
      clock.advance(100);
    }
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs[0]!.kind).toBe('added');
  });

  test('a navigation asks for a full rescan and drops pending nodes', () => {
    scheduler.nodesAdded([node('a')]);
    scheduler.navigated();
    clock.advance(400);
    expect(runs).toEqual([{ kind: 'full' }]);
  });

  test('a mutation storm becomes one full rescan after it calms down', () => {
    for (let i = 0; i < 50; i++) {
      scheduler.nodesAdded(Array.from({ length: 10 }, (_, k) => node(`${i}-${k}`)));
      clock.advance(100);
    }
    // Still storming: nothing has run for 5 seconds of churn.
    expect(runs).toEqual([]);
    clock.advance(3000);
    expect(runs).toEqual([{ kind: 'full' }]);
  });

  test('runs are rate-limited per minute', () => {
    for (let i = 0; i < 6; i++) {
      scheduler.nodesAdded([node(`n${i}`)]);
      clock.advance(500);
    }
    expect(runs).toHaveLength(3);
    clock.advance(60_000);
    expect(runs).toHaveLength(4);
  });

  test('dispose cancels what is pending', () => {
    scheduler.nodesAdded([node('a')]);
    scheduler.dispose();
    clock.advance(10_000);
    expect(runs).toEqual([]);
  });
});
