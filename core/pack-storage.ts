/**
 * How installed packs live in extension storage, as pure data and plans; the worker applies the
 * plans (core/pack-manager.ts).
 *
 * Each imported pack is written once under a key of its own (`pack:<random>`), never rewritten.
 * One index record (`packIndex`) lists the installed packs, which key holds each, and whether
 * each is on. Every change ends in a single `set` of the index, so a change interrupted at any
 * point leaves the old index (and an unlisted pack at worst) or the new one, never a mix: an
 * import writes its pack first and then switches the index; an update switches the index to the
 * new key and only then removes the old one; a removal unlists the pack before deleting it.
 * Packs no index lists are orphans of an interrupted change, collected when the worker starts.
 *
 * The index carries a schema version and is migrated step by step like the settings; an index
 * that does not validate falls back to "the bundled pack only" with a notice, and is not trusted
 * to decide what is an orphan.
 */

export const PACK_INDEX_KEY = 'packIndex';
export const PACK_KEY_PREFIX = 'pack:';
export const PACK_INDEX_VERSION = 1;
const MAX_IMPORTED = 200;

/** One imported pack as the index lists it. */
export interface ImportedPackRecord {
  /** The pack's own id. */
  id: string;
  /** The storage key that holds the pack. */
  key: string;
  enabled: boolean;
  /** When it was imported (ISO 8601). */
  importedAt: string;
}

/** The index record: what is installed and what is on. */
export interface PackIndex {
  version: typeof PACK_INDEX_VERSION;
  /** The bundled pack cannot be removed, only switched off. */
  bundledEnabled: boolean;
  /** In the order they were first imported (earlier packs win an id both use, see context-service). */
  imported: ImportedPackRecord[];
}

/** One storage write. Each is atomic on its own; a plan is a sequence of them. */
export type StorageOp = { set: Record<string, unknown> } | { remove: string[] };

export function emptyPackIndex(): PackIndex {
  return { version: PACK_INDEX_VERSION, bundledEnabled: true, imported: [] };
}

export interface LoadedPackIndex {
  index: PackIndex;
  /** Why the stored index was not used, when it was not. */
  notice: string | null;
  /** Whether the index came from storage intact (or was absent): only then may orphans be collected. */
  trusted: boolean;
}

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
/** Step `n` turns a version-`n` index into version `n + 1`. Version 1 is the first. */
const MIGRATIONS: Record<number, Migration> = {};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validRecord(value: unknown): ImportedPackRecord | null {
  if (!isRecord(value) || Object.keys(value).length !== 4) return null;
  const { id, key, enabled, importedAt } = value;
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 100) return null;
  if (typeof key !== 'string' || !key.startsWith(PACK_KEY_PREFIX) || key.length > 200) return null;
  if (typeof enabled !== 'boolean' || typeof importedAt !== 'string' || Number.isNaN(Date.parse(importedAt))) return null;
  return { id, key, enabled, importedAt };
}

function validateCurrent(v: Record<string, unknown>): PackIndex | null {
  if (typeof v.bundledEnabled !== 'boolean' || !Array.isArray(v.imported) || v.imported.length > MAX_IMPORTED) return null;
  const imported = v.imported.map(validRecord);
  if (!imported.every((r): r is ImportedPackRecord => r !== null)) return null;
  // Two records naming one pack or one key would make a removal ambiguous.
  if (new Set(imported.map((r) => r.id)).size !== imported.length || new Set(imported.map((r) => r.key)).size !== imported.length) return null;
  return { version: PACK_INDEX_VERSION, bundledEnabled: v.bundledEnabled, imported };
}

/** Turn whatever is stored under the index key (or nothing) into an index. */
export function loadPackIndex(stored: unknown): LoadedPackIndex {
  if (stored === undefined) return { index: emptyPackIndex(), notice: null, trusted: true };
  const fallback = (why: string): LoadedPackIndex => ({
    index: emptyPackIndex(),
    notice: `The list of installed packs could not be read (${why}), so only the bundled pack is in use. Import your packs again to restore them.`,
    trusted: false,
  });
  if (!isRecord(stored)) return fallback('it was not an object');
  let value = stored;
  const storedVersion = value.version;
  if (typeof storedVersion !== 'number' || !Number.isInteger(storedVersion) || storedVersion < 1) return fallback('its version is not a number');
  let version = storedVersion;
  if (version > PACK_INDEX_VERSION) return fallback(`it was saved by a newer Backstory, version ${version}`);
  while (version < PACK_INDEX_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return fallback(`no way to upgrade version ${version}`);
    value = migrate(value);
    version = value.version as number;
  }
  const index = validateCurrent(value);
  return index ? { index, notice: null, trusted: true } : fallback('a value was of the wrong type');
}

/** Import `packId` stored under the fresh `key`: a new pack, or an update of the one of the same id. */
export function planImport(index: PackIndex, packId: string, pack: unknown, key: string, now: string): { ops: StorageOp[]; index: PackIndex } {
  const old = index.imported.find((r) => r.id === packId);
  const record: ImportedPackRecord = { id: packId, key, enabled: old?.enabled ?? true, importedAt: now };
  const next: PackIndex = {
    ...index,
    imported: old ? index.imported.map((r) => (r === old ? record : r)) : [...index.imported, record],
  };
  const ops: StorageOp[] = [{ set: { [key]: pack } }, { set: { [PACK_INDEX_KEY]: next } }];
  if (old) ops.push({ remove: [old.key] });
  return { ops, index: next };
}

/** Switch a pack on or off; null when no such pack is installed. */
export function planSetEnabled(index: PackIndex, packId: string | null, enabled: boolean): { ops: StorageOp[]; index: PackIndex } | null {
  let next: PackIndex;
  if (packId === null) next = { ...index, bundledEnabled: enabled };
  else if (index.imported.some((r) => r.id === packId)) next = { ...index, imported: index.imported.map((r) => (r.id === packId ? { ...r, enabled } : r)) };
  else return null;
  return { ops: [{ set: { [PACK_INDEX_KEY]: next } }], index: next };
}

/** Remove an imported pack: unlist it, then delete it. Null when it is not installed. */
export function planRemove(index: PackIndex, packId: string): { ops: StorageOp[]; index: PackIndex } | null {
  const old = index.imported.find((r) => r.id === packId);
  if (!old) return null;
  const next: PackIndex = { ...index, imported: index.imported.filter((r) => r !== old) };
  return { ops: [{ set: { [PACK_INDEX_KEY]: next } }, { remove: [old.key] }], index: next };
}

/** Delete stored packs the index does not list (left by an interrupted change). */
export function planCollectGarbage(index: PackIndex, storedKeys: readonly string[]): StorageOp[] {
  const listed = new Set(index.imported.map((r) => r.key));
  const orphans = storedKeys.filter((k) => k.startsWith(PACK_KEY_PREFIX) && !listed.has(k));
  return orphans.length > 0 ? [{ remove: orphans }] : [];
}

/** What storage holds after `ops` (tests and in-memory stores use it; the browser does the same). */
export function applyOps(snapshot: Readonly<Record<string, unknown>>, ops: readonly StorageOp[]): Record<string, unknown> {
  const next = { ...snapshot };
  for (const op of ops) {
    if ('set' in op) Object.assign(next, op.set);
    else for (const key of op.remove) delete next[key];
  }
  return next;
}
