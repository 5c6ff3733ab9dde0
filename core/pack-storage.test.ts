import { describe, expect, test } from 'vitest';
import {
  applyOps,
  emptyPackIndex,
  loadPackIndex,
  PACK_INDEX_KEY,
  planCollectGarbage,
  planImport,
  planRemove,
  planSetEnabled,
  type PackIndex,
  type StorageOp,
} from './pack-storage.ts';

const at = '2026-11-26T10:00:00.000Z';
const pack = (id: string, version: string) => ({ id, version });

/** Storage with pack "alpha" 1 (on) and "beta" 1 (off) installed. */
function oldState(): Record<string, unknown> {
  const index: PackIndex = {
    version: 1,
    bundledEnabled: true,
    imported: [
      { id: 'alpha', key: 'pack:a1', enabled: true, importedAt: at },
      { id: 'beta', key: 'pack:b1', enabled: false, importedAt: at },
    ],
  };
  return { [PACK_INDEX_KEY]: index, 'pack:a1': pack('alpha', '1'), 'pack:b1': pack('beta', '1'), settings: { version: 1 } };
}

/** What the reader would see after the worker restarts on `snapshot`: it collects orphans first. */
function afterRestart(snapshot: Record<string, unknown>) {
  const loaded = loadPackIndex(snapshot[PACK_INDEX_KEY]);
  const storage = loaded.trusted ? applyOps(snapshot, planCollectGarbage(loaded.index, Object.keys(snapshot))) : snapshot;
  return {
    bundledEnabled: loaded.index.bundledEnabled,
    packs: loaded.index.imported.map((r) => ({ id: r.id, enabled: r.enabled, stored: storage[r.key] })),
    keys: Object.keys(storage).sort(),
  };
}

/** Apply `ops` one more at a time, as a worker stopped after each write would leave storage. */
function everyInterruption(before: Record<string, unknown>, ops: readonly StorageOp[]) {
  return Array.from({ length: ops.length + 1 }, (_, done) => ({ done, state: afterRestart(applyOps(before, ops.slice(0, done))) }));
}

describe('pack index schema', () => {
  test('nothing stored is an empty, trusted index', () => {
    expect(loadPackIndex(undefined)).toEqual({ index: emptyPackIndex(), notice: null, trusted: true });
  });

  test('a valid index is kept', () => {
    const stored = oldState()[PACK_INDEX_KEY];
    expect(loadPackIndex(stored)).toEqual({ index: stored, notice: null, trusted: true });
  });

  test.each([
    ['a string', 'corrupt'],
    ['no version', { bundledEnabled: true, imported: [] }],
    ['a future version', { version: 7, bundledEnabled: true, imported: [] }],
    ['a record with a foreign key', { version: 1, bundledEnabled: true, imported: [{ id: 'a', key: 'settings', enabled: true, importedAt: at }] }],
    ['a record with an extra field', { version: 1, bundledEnabled: true, imported: [{ id: 'a', key: 'pack:x', enabled: true, importedAt: at, more: 1 }] }],
    ['two records for one pack', { version: 1, bundledEnabled: true, imported: [{ id: 'a', key: 'pack:x', enabled: true, importedAt: at }, { id: 'a', key: 'pack:y', enabled: true, importedAt: at }] }],
    ['a wrong type', { version: 1, bundledEnabled: 'yes', imported: [] }],
  ])('%s falls back to the bundled pack with a notice, and is not trusted to name orphans', (_what, stored) => {
    const loaded = loadPackIndex(stored);
    expect(loaded.index).toEqual(emptyPackIndex());
    expect(loaded.trusted).toBe(false);
    expect(loaded.notice).toMatch(/^The list of installed packs could not be read \(.+\), so only the bundled pack is in use\. Import your packs again to restore them\.$/);
  });

  test('hostile keys in the stored index reach no prototype', () => {
    loadPackIndex(JSON.parse('{"__proto__": {"polluted": true}, "version": 1, "bundledEnabled": true, "imported": []}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('interrupted changes leave the old state or the new, never a mix', () => {
  const before = oldState();
  const old = afterRestart(before);

  test('importing a new pack', () => {
    const { ops } = planImport(loadPackIndex(before[PACK_INDEX_KEY]).index, 'gamma', pack('gamma', '1'), 'pack:g1', at);
    const states = everyInterruption(before, ops);
    const added = { ...old, packs: [...old.packs, { id: 'gamma', enabled: true, stored: pack('gamma', '1') }], keys: [...old.keys, 'pack:g1'].sort() };
    expect(states.map((s) => s.state)).toEqual([old, old, added]);
  });

  test('updating an installed pack keeps its place and its switch', () => {
    const { ops } = planImport(loadPackIndex(before[PACK_INDEX_KEY]).index, 'beta', pack('beta', '2'), 'pack:b2', at);
    const updated = { ...old, packs: [old.packs[0], { id: 'beta', enabled: false, stored: pack('beta', '2') }], keys: old.keys.map((k) => (k === 'pack:b1' ? 'pack:b2' : k)).sort() };
    expect(everyInterruption(before, ops).map((s) => s.state)).toEqual([old, old, updated, updated]);
  });

  test('removing a pack', () => {
    const { ops } = planRemove(loadPackIndex(before[PACK_INDEX_KEY]).index, 'alpha')!;
    const removed = { ...old, packs: [old.packs[1]], keys: old.keys.filter((k) => k !== 'pack:a1') };
    expect(everyInterruption(before, ops).map((s) => s.state)).toEqual([old, removed, removed]);
  });

  test('switching packs on and off, the bundled one included', () => {
    const index = loadPackIndex(before[PACK_INDEX_KEY]).index;
    const on = planSetEnabled(index, 'beta', true)!;
    expect(everyInterruption(before, on.ops).map((s) => s.state.packs.map((p) => p.enabled))).toEqual([[true, false], [true, true]]);
    const bundledOff = planSetEnabled(index, null, false)!;
    expect(everyInterruption(before, bundledOff.ops).map((s) => s.state.bundledEnabled)).toEqual([true, false]);
    expect(planSetEnabled(index, 'nobody', true)).toBeNull();
    expect(planRemove(index, 'nobody')).toBeNull();
  });

  test('an orphan is collected; storage that is not a pack is left alone', () => {
    const snapshot: Record<string, unknown> = { ...before, 'pack:orphan': pack('x', '1'), corrections: [] };
    expect(planCollectGarbage(loadPackIndex(snapshot[PACK_INDEX_KEY]).index, Object.keys(snapshot))).toEqual([{ remove: ['pack:orphan'] }]);
  });

  test('an unreadable index collects nothing, so packs a newer version listed survive', () => {
    const snapshot = { ...before, [PACK_INDEX_KEY]: { ...(before[PACK_INDEX_KEY] as object), version: 9 } };
    expect(afterRestart(snapshot).keys).toEqual(Object.keys(snapshot).sort());
  });
});
