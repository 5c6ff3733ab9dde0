/**
 * The reader's settings: their shape, defaults, and how a stored value becomes trustworthy
 * settings again. Stored values carry a schema version; older versions are migrated step by
 * step, and anything that does not validate falls back to the defaults with a notice instead of
 * breaking the extension.
 */
import { ENTRY_KINDS, type EntryKind } from './types.ts';

export const SETTINGS_VERSION = 2;
export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;
export const MAX_SITES = 5000;

/** Everything the reader can choose. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Backstory on or off everywhere. */
  enabled: boolean;
  /** `all`: every site but `disabledSites`; `listed`: only `listedSites`. */
  siteMode: 'all' | 'listed';
  /** Hostnames where Backstory stays off (in `all` mode). */
  disabledSites: string[];
  /** Hostnames where Backstory runs (in `listed` mode). */
  listedSites: string[];
  /** Which kinds of entry are marked. */
  kinds: Record<EntryKind, boolean>;
  /** Mark every mention, or only the first mention of each entry per section. */
  mentions: 'all' | 'first-per-section';
  /** How long the pointer rests on a mark before its card opens. */
  hoverDelayMs: number;
  theme: 'system' | 'light' | 'dark';
  /**
   * Backstory marks nothing until this moment (ms since the epoch); "pause for today" sets the
   * next local midnight. Null, or a moment passed, when not paused.
   */
  pausedUntil: number | null;
  /** Mark nothing in the text; the context panel still lists everything recognised. */
  panelOnly: boolean;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    siteMode: 'all',
    disabledSites: [],
    listedSites: [],
    kinds: Object.fromEntries(ENTRY_KINDS.map((k) => [k, true])) as Record<EntryKind, boolean>,
    mentions: 'all',
    hoverDelayMs: 300,
    theme: 'system',
    pausedUntil: null,
    panelOnly: false,
  };
}

/** The result of reading stored settings: usable settings, and a notice when something was reset. */
export interface LoadedSettings {
  settings: Settings;
  notice: string | null;
}

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Step `n` turns a version-`n` value into version `n + 1`. Version 0 is the unversioned shape
 * of the first development builds, which had only `enabled` and `hoverDelay`. Version 2 added
 * the pause and panel-only mode, both off for readers who had version 1.
 */
const MIGRATIONS: Record<number, Migration> = {
  0: (old) => ({ ...defaultSettings(), enabled: old.enabled, hoverDelayMs: old.hoverDelay ?? 300, version: 1 }),
  1: (old) => ({ ...old, pausedUntil: null, panelOnly: false, version: 2 }),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A hostname as the reader typed it, normalised, or null when it is not one. */
export function normalizeHostname(value: string): string | null {
  const host = value.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:?#].*$/, '').replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && host.length <= 253 ? host : null;
}

function siteList(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_SITES) return null;
  const hosts = value.map((v) => (typeof v === 'string' ? normalizeHostname(v) : null));
  return hosts.every((h): h is string => h !== null) ? [...new Set(hosts)] : null;
}

/** Validate a current-version value field by field; null when any field is wrong. */
function validateCurrent(v: Record<string, unknown>): Settings | null {
  const kinds = v.kinds;
  if (!isRecord(kinds) || !ENTRY_KINDS.every((k) => typeof kinds[k] === 'boolean')) return null;
  const disabledSites = siteList(v.disabledSites);
  const listedSites = siteList(v.listedSites);
  const delay = v.hoverDelayMs;
  const pausedUntil = v.pausedUntil;
  if (
    typeof v.enabled !== 'boolean' ||
    (v.siteMode !== 'all' && v.siteMode !== 'listed') ||
    !disabledSites ||
    !listedSites ||
    (v.mentions !== 'all' && v.mentions !== 'first-per-section') ||
    typeof delay !== 'number' ||
    !Number.isInteger(delay) ||
    delay < HOVER_DELAY_RANGE.min ||
    delay > HOVER_DELAY_RANGE.max ||
    (v.theme !== 'system' && v.theme !== 'light' && v.theme !== 'dark') ||
    (pausedUntil !== null && (typeof pausedUntil !== 'number' || !Number.isSafeInteger(pausedUntil) || pausedUntil < 0)) ||
    typeof v.panelOnly !== 'boolean'
  ) {
    return null;
  }
  return {
    version: SETTINGS_VERSION,
    enabled: v.enabled,
    siteMode: v.siteMode,
    disabledSites,
    listedSites,
    kinds: Object.fromEntries(ENTRY_KINDS.map((k) => [k, kinds[k] as boolean])) as Record<EntryKind, boolean>,
    mentions: v.mentions,
    hoverDelayMs: delay,
    theme: v.theme,
    pausedUntil,
    panelOnly: v.panelOnly,
  };
}

/** Turn whatever was stored (or nothing) into settings, migrating older versions. */
export function loadSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: defaultSettings(), notice: null };
  const reset = (why: string): LoadedSettings => ({ settings: defaultSettings(), notice: `Your settings could not be read (${why}), so Backstory is using its defaults.` });
  if (!isRecord(stored)) return reset('they were not an object');
  let value: Record<string, unknown> = stored;
  const storedVersion = value.version === undefined ? 0 : value.version;
  if (typeof storedVersion !== 'number' || !Number.isInteger(storedVersion) || storedVersion < 0) return reset('their version is not a number');
  let version: number = storedVersion;
  if (version > SETTINGS_VERSION) return reset(`they were saved by a newer Backstory, version ${version}`);
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return reset(`no way to upgrade version ${version}`);
    value = migrate(value);
    version = value.version as number;
  }
  const settings = validateCurrent(value);
  return settings ? { settings, notice: null } : reset('a value was out of range or of the wrong type');
}

/** Whether Backstory should read pages on `hostname`. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = normalizeHostname(hostname) ?? hostname;
  const matches = (list: string[]) => list.some((site) => host === site || host.endsWith(`.${site}`));
  return settings.siteMode === 'all' ? !matches(settings.disabledSites) : matches(settings.listedSites);
}
