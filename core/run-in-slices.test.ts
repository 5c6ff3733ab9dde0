import { describe, expect, test } from 'vitest';
import { runInSlices } from './run-in-slices.ts';

/** Steps that each advance a fake clock by `cost` ms. */
function* work(clock: { t: number }, steps: number, cost: number): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    clock.t += cost;
    yield;
  }
  return 'done';
}

describe('runInSlices', () => {
  test('pauses once the budget is spent and resumes with a fresh one', async () => {
    const clock = { t: 0 };
    const slices: number[] = [];
    let pauses = 0;
    const result = await runInSlices(work(clock, 10, 3), {
      budgetMs: 8,
      now: () => clock.t,
      pause: async () => {
        pauses++;
      },
      onSlice: (ms) => slices.push(ms),
    });
    expect(result).toBe('done');
    expect(pauses).toBe(3);
    expect(slices).toEqual([9, 9, 9, 3]);
    expect(Math.max(...slices)).toBeLessThan(8 + 3 + 1);
  });

  test('work that fits the budget never pauses', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    await runInSlices(work(clock, 3, 1), { budgetMs: 8, now: () => clock.t, pause: async () => void pauses++ });
    expect(pauses).toBe(0);
  });
});
