/**
 * Wait for the page's first frame before reading it, without ever waiting for good.
 *
 * At DOMContentLoaded the page has not been laid out yet: reading it then made our first
 * visibility checks pay for the page's first style and layout inside our own task (a 70–90 ms
 * long task on the seed page in Chromium under load). One frame later the browser has done that
 * work in its own rendering step, and our reading of the seed page has no long task at all;
 * the marks appear as soon as before or sooner, depending on the machine's load.
 *
 * A hidden document gets no animation frames (a background tab, a page reloaded behind the
 * options page), so waiting for one there would leave the page unread until the reader looks:
 * it is read at once, as before. A visible page that turns hidden while waiting is read then, and
 * a frame that has not come after `fallbackMs` (a throttled or occluded window) is not waited for.
 */

/** The scheduling calls the wait uses (the window; a hand-driven fake in tests). */
export interface FrameScheduler {
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/**
 * Longer than the first frame after DOMContentLoaded usually takes on the seed page under load
 * (medians 50–110 ms over some 60 loads; a few loads, mostly a fresh browser's first, took
 * 200–390 ms and were read at this deadline, before their frame), so it mostly ends waits for
 * frames that are not coming; short enough that such a page is still read about as soon as the
 * reader can see it.
 */
export const FIRST_FRAME_FALLBACK_MS = 200;

/** Resolves just after the document's next frame, at once when it is hidden (see above). */
export function afterFirstFrame(doc: Document, scheduler: FrameScheduler, fallbackMs = FIRST_FRAME_FALLBACK_MS): Promise<void> {
  if (doc.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    let afterFrame: number | null = null;
    const finish = () => {
      scheduler.cancelAnimationFrame(frame);
      scheduler.clearTimeout(fallback);
      if (afterFrame !== null) scheduler.clearTimeout(afterFrame);
      doc.removeEventListener('visibilitychange', onVisibilityChange);
      resolve();
    };
    const onVisibilityChange = () => {
      if (doc.visibilityState === 'hidden') finish();
    };
    // The task after the frame, not the frame callback: the browser paints first, then we read.
    const frame = scheduler.requestAnimationFrame(() => {
      afterFrame = scheduler.setTimeout(finish, 0);
    });
    const fallback = scheduler.setTimeout(finish, fallbackMs);
    doc.addEventListener('visibilitychange', onVisibilityChange);
  });
}
