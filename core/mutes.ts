/**
 * Muted entries: names and topics the reader asked Backstory to stop marking, from a card. Kept
 * in extension storage as a versioned value of its own (apart from the settings, so resetting the
 * settings keeps them, as it keeps reported matches), listed in the options with an undo.
 * Muting a whole kind is a setting (`Settings.kinds`), not a mute.
 */
import { ENTRY_KINDS, type EntryKind } from './types.ts';

export const MUTES_VERSION = 1;
export const MAX_MUTES = 5000;

/** One muted entry; its name and kind are the pack's, recorded so the options can list it. */
export interface MutedEntry {
  id: string;
  name: string;
  kind: EntryKind;
  /** When it was muted (ISO 8601). */
  at: string;
}

/** What is stored under the `mutes` key. */
export interface StoredMutes {
  version: typeof MUTES_VERSION;
  entries: MutedEntry[];
}

/** Stored mutes made usable, and a notice when some could not be read. */
export interface LoadedMutes {
  mutes: MutedEntry[];
  notice: string | null;
}

function isMutedEntry(value: unknown): value is MutedEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.id === 'string' && /^[a-z0-9-]{1,200}$/.test(m.id) &&
    typeof m.name === 'string' && m.name.length > 0 && m.name.length <= 200 &&
    ENTRY_KINDS.includes(m.kind as EntryKind) &&
    typeof m.at === 'string' && !Number.isNaN(Date.parse(m.at)) &&
    Object.keys(m).length === 4
  );
}

/**
 * Turn whatever was stored (or nothing) into mutes. Entries that do not validate are dropped
 * one by one, so one bad item never costs the reader the rest of the list.
 */
export function loadMutes(stored: unknown): LoadedMutes {
  if (stored === undefined || stored === null) return { mutes: [], notice: null };
  const unreadable = (why: string): LoadedMutes => ({ mutes: [], notice: `Your muted names could not be read (${why}), so none are muted.` });
  if (typeof stored !== 'object' || Array.isArray(stored)) return unreadable('they were not an object');
  const value = stored as Record<string, unknown>;
  if (value.version !== MUTES_VERSION) {
    return unreadable(typeof value.version === 'number' && value.version > MUTES_VERSION ? `they were saved by a newer Backstory, version ${value.version}` : 'their version is unknown');
  }
  if (!Array.isArray(value.entries)) return unreadable('the list is missing');
  const byId = new Map<string, MutedEntry>();
  for (const entry of value.entries) if (isMutedEntry(entry) && !byId.has(entry.id)) byId.set(entry.id, entry);
  const mutes = [...byId.values()].slice(-MAX_MUTES);
  const dropped = value.entries.length - mutes.length;
  return { mutes, notice: dropped > 0 ? `${dropped} muted ${dropped === 1 ? 'name' : 'names'} could not be read and ${dropped === 1 ? 'was' : 'were'} left out.` : null };
}

/** The value to store for `mutes`. */
export function storeMutes(mutes: readonly MutedEntry[]): StoredMutes {
  return { version: MUTES_VERSION, entries: [...mutes] };
}

/** Mute an entry (muting it again moves it to the end), keeping the newest `MAX_MUTES`. */
export function addMute(mutes: readonly MutedEntry[], entry: MutedEntry): MutedEntry[] {
  return [...mutes.filter((m) => m.id !== entry.id), entry].slice(-MAX_MUTES);
}

/** Undo a mute. */
export function removeMute(mutes: readonly MutedEntry[], id: string): MutedEntry[] {
  return mutes.filter((m) => m.id !== id);
}
