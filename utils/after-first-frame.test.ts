// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { afterFirstFrame, type FrameScheduler } from './after-first-frame.ts';

/** Frames and timers that run only when the test says so; nothing runs by itself. */
class HandDriven implements FrameScheduler {
  private frames = new Map<number, () => void>();
  private timers = new Map<number, { ms: number; fn: () => void }>();
  private next = 1;
  requestAnimationFrame = (fn: () => void) => {
    const id = this.next++;
    this.frames.set(id, fn);
    return id;
  };
  cancelAnimationFrame = (id: number) => void this.frames.delete(id);
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { ms, fn });
    return id;
  };
  clearTimeout = (id: number) => void this.timers.delete(id);
  get pending() {
    return this.frames.size + this.timers.size;
  }
  runFrame() {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const fn of due) fn();
  }
  /** Run the timers set for at most `ms` (in the order they were set). */
  runTimers(ms: number) {
    for (const [id, timer] of [...this.timers]) {
      if (timer.ms > ms) continue;
      this.timers.delete(id);
      timer.fn();
    }
  }
}

let visibility: DocumentVisibilityState;
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Whether the promise has settled once pending microtasks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe('afterFirstFrame', () => {
  let scheduler: HandDriven;
  beforeEach(() => {
    scheduler = new HandDriven();
    visibility = 'visible';
  });

  test('a visible page is read in the task after its next frame, not before', async () => {
    const wait = afterFirstFrame(document, scheduler, 200);
    expect(await settled(wait)).toBe(false);
    scheduler.runFrame();
    expect(await settled(wait)).toBe(false);
    scheduler.runTimers(0);
    expect(await settled(wait)).toBe(true);
    // The fallback timer and the listener are gone with it.
    expect(scheduler.pending).toBe(0);
  });

  test('a hidden page, which gets no frames, is read at once', async () => {
    visibility = 'hidden';
    const wait = afterFirstFrame(document, scheduler, 200);
    // No frame, no timer: only the promise itself.
    expect(await settled(wait)).toBe(true);
    expect(scheduler.pending).toBe(0);
  });

  test('a page hidden while it waits for its frame is read then', async () => {
    const wait = afterFirstFrame(document, scheduler, 200);
    expect(await settled(wait)).toBe(false);
    setVisibility('hidden');
    expect(await settled(wait)).toBe(true);
    expect(scheduler.pending).toBe(0);
  });

  test('a visibilitychange that leaves the page visible does not end the wait', async () => {
    const wait = afterFirstFrame(document, scheduler, 200);
    setVisibility('visible');
    expect(await settled(wait)).toBe(false);
  });

  test('a visible page whose frame never comes is read after the fallback delay', async () => {
    const wait = afterFirstFrame(document, scheduler, 200);
    scheduler.runTimers(199);
    expect(await settled(wait)).toBe(false);
    scheduler.runTimers(200);
    expect(await settled(wait)).toBe(true);
    expect(scheduler.pending).toBe(0);
  });
});
