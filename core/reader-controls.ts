/**
 * The reader's controls over what is marked, as pure rules: pausing for the rest of the day,
 * panel-only mode, muted entries and kinds. The content script asks these; the clock is always
 * a parameter, so "today" is testable.
 */
import type { Settings } from './settings.ts';
import type { EntryKind } from './types.ts';

/** When "pause for today" ends: the next local midnight after `now` (DST-aware, via the local calendar). */
export function endOfLocalDay(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
}

/** Whether Backstory is paused at `now` (ms since the epoch). */
export function isPaused(settings: Pick<Settings, 'pausedUntil'>, now: number): boolean {
  return settings.pausedUntil !== null && now < settings.pausedUntil;
}

/**
 * What the reader's choices make of a recognised entity: painted in the text, or only listed in
 * the panel, and why. A mute is named before panel-only mode: it outlasts the mode.
 */
export type MarkState = 'marked' | 'muted' | 'kind-off' | 'panel-only';

export function markState(
  entity: { id: string; kind: EntryKind },
  settings: Pick<Settings, 'kinds' | 'panelOnly'>,
  muted: ReadonlySet<string>,
): MarkState {
  if (muted.has(entity.id)) return 'muted';
  if (!settings.kinds[entity.kind]) return 'kind-off';
  return settings.panelOnly ? 'panel-only' : 'marked';
}
