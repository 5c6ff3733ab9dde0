/**
 * User Timing marks at the moments that matter for speed (work started, article detected, match
 * answered, highlights painted, first reading done, card intent, card shown, the frame that paints
 * the card). They cost nothing measurable, let the browser benchmarks (scripts/bench/browser.ts)
 * and the corpus sweep (scripts/sweep.ts) read real timings, and show up in any profiler.
 */
export type TimingMark = 'start' | 'detected' | 'match-sent' | 'match-answered' | 'painted' | 'ready' | 'card-intent' | 'card-shown' | 'card-frame';

export function markTiming(name: TimingMark): void {
  try {
    performance.mark(`backstory:${name}`);
  } catch {
    // A page that replaced `performance` loses our marks, nothing else.
  }
}
