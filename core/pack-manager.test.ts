import { describe, expect, test } from 'vitest';
import { PackManager, type KeyValueStore } from './pack-manager.ts';
import { PACK_INDEX_KEY } from './pack-storage.ts';
import { TEST_ENTRIES, testEntry, testPack } from './test-entries.ts';
import type { ContextPack } from './types.ts';

const bundled = testPack(TEST_ENTRIES, { id: 'backstory-world-affairs', name: 'Backstory world affairs', publisher: 'Backstory' });
const history = (version: string, extra: ContextPack['entries'] = []): ContextPack =>
  testPack([testEntry({ id: 'ada-lovelace', name: 'Ada Lovelace', aliases: [{ text: 'Ada Lovelace' }] }), ...extra], {
    id: 'computing-history',
    name: 'Computing history',
    publisher: 'Example Society',
    version,
  });
const geography = testPack([testEntry({ id: 'mont-blanc', kind: 'place', name: 'Mont Blanc', aliases: [{ text: 'Mont Blanc' }] })], { id: 'geography', name: 'Geography' });

/**
 * Extension storage in memory. Values are copied in and out, as the browser serialises them.
 * `stopAfter`: the worker dies after that many writes (later writes never complete, and nothing
 * after them runs); `failAt`: that write is refused with `error` (as a full quota refuses it).
 */
function memoryStore(initial: Record<string, unknown> = {}, options: { stopAfter?: number; failAt?: number; error?: string } = {}) {
  let data: Record<string, unknown> = structuredClone(initial);
  let writes = 0;
  const write = (change: () => void): Promise<void> => {
    writes++;
    if (options.stopAfter !== undefined && writes > options.stopAfter) return new Promise(() => undefined);
    if (writes === options.failAt) return Promise.reject(new Error(options.error ?? 'refused'));
    change();
    return Promise.resolve();
  };
  const store: KeyValueStore & { data(): Record<string, unknown> } = {
    data: () => data,
    get: async (keys) => structuredClone(keys === null ? data : Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]))),
    set: (items) => write(() => (data = { ...data, ...structuredClone(items) })),
    remove: (keys) => write(() => (data = Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k))))),
  };
  return store;
}

let keys = 0;
const clock = { today: () => '2026-11-26', now: () => '2026-11-26T10:00:00.000Z', newKey: () => `k${++keys}` };
const manager = (store: KeyValueStore) => new PackManager(store, bundled, undefined, clock);
const started = async (store: KeyValueStore) => {
  const m = manager(store);
  await m.start();
  return m;
};
const view = (m: PackManager) => m.installed.map((p) => `${p.pack.id} ${p.pack.version} ${p.enabled ? 'on' : 'off'}`);
const file = (pack: unknown) => JSON.stringify(pack);

describe('PackManager', () => {
  test('with nothing stored, only the bundled pack is installed, on', async () => {
    const m = await started(memoryStore());
    expect(view(m)).toEqual(['backstory-world-affairs 1 on']);
    expect(m.notices).toEqual([]);
  });

  test('imports a pack, which survives a restart', async () => {
    const store = memoryStore();
    const m = await started(store);
    const result = await m.import(file(history('1')));
    expect(result).toEqual({
      imported: true,
      replacedVersion: null,
      pack: { id: 'computing-history', name: 'Computing history', publisher: 'Example Society', version: '1', entries: 1, enabled: true, bundled: false, importedAt: clock.now(), changelog: [] },
    });
    expect(view(m)).toEqual(['backstory-world-affairs 1 on', 'computing-history 1 on']);
    expect(view(await started(store))).toEqual(view(m));
  });

  test('a refused file changes nothing, in memory or in storage', async () => {
    const store = memoryStore();
    const m = await started(store);
    await m.import(file(history('1')));
    const before = structuredClone(store.data());
    const clash = testPack([testEntry({ id: 'vladimir-putin', aliases: [{ text: 'V. Putin' }] })], { id: 'other' });
    for (const bad of ['{ not json', file({ ...history('2'), format: 3 }), file(clash), file({ ...history('2'), id: 'backstory-world-affairs' })]) {
      const result = await m.import(bad);
      expect(result.imported).toBe(false);
    }
    expect(await m.import(file(clash))).toEqual({
      imported: false,
      problems: ['Entry "vladimir-putin", field id: the installed pack “Backstory world affairs” already has an entry with this id (rename it, or remove that pack first)'],
      more: 0,
    });
    expect(store.data()).toEqual(before);
    expect(view(m)).toEqual(['backstory-world-affairs 1 on', 'computing-history 1 on']);
  });

  test('importing a pack of an installed id updates it in place, keeping its switch', async () => {
    const store = memoryStore();
    const m = await started(store);
    await m.import(file(history('1')));
    await m.import(file(geography));
    await m.setEnabled('computing-history', false);
    const result = await m.import(file(history('2', [testEntry({ id: 'charles-babbage', aliases: [{ text: 'Charles Babbage' }] })])));
    expect(result).toMatchObject({ imported: true, replacedVersion: '1' });
    expect(view(m)).toEqual(['backstory-world-affairs 1 on', 'computing-history 2 off', 'geography 1 on']);
    expect(Object.keys(store.data()).filter((k) => k.startsWith('pack:'))).toHaveLength(2);
  });

  test('switches packs on and off, the bundled one too, and removes imported ones only', async () => {
    const store = memoryStore();
    const m = await started(store);
    await m.import(file(history('1')));
    expect(await m.setEnabled('backstory-world-affairs', false)).toEqual({ ok: true });
    expect(view(await started(store))).toEqual(['backstory-world-affairs 1 off', 'computing-history 1 on']);
    expect(await m.remove('backstory-world-affairs')).toEqual({ ok: false, error: 'the bundled pack cannot be removed; switch it off instead' });
    expect(await m.remove('computing-history')).toEqual({ ok: true });
    expect(await m.remove('computing-history')).toEqual({ ok: false, error: 'no installed pack "computing-history"' });
    expect(view(m)).toEqual(['backstory-world-affairs 1 off']);
    expect(Object.keys(store.data())).toEqual([PACK_INDEX_KEY]);
  });

  test('changes asked for at once run one after the other, none lost', async () => {
    const m = await started(memoryStore());
    await Promise.all([m.import(file(history('1'))), m.import(file(geography)), m.setEnabled('backstory-world-affairs', false)]);
    expect(view(m)).toEqual(['backstory-world-affairs 1 off', 'computing-history 1 on', 'geography 1 on']);
  });

  describe('a worker stopped after each write of an import leaves the old state or the new', () => {
    test.each([
      [0, 'old'],
      [1, 'old'],
      [2, 'new'],
      [3, 'new'],
    ])('stopped after %i writes: %s', async (stopAfter, expected) => {
      const setup = memoryStore();
      const first = await started(setup);
      await first.import(file(history('1')));
      const store = memoryStore(setup.data(), { stopAfter });
      const dying = await started(store);
      void dying.import(file(history('2'))); // never finishes once writes stop
      await new Promise((resolve) => setTimeout(resolve, 20));
      const restartStore = memoryStore(store.data());
      const restarted = await started(restartStore);
      expect(view(restarted)).toEqual(['backstory-world-affairs 1 on', `computing-history ${expected === 'old' ? '1' : '2'} on`]);
      expect(restarted.notices).toEqual([]);
      // Whatever the interrupted import left unlisted is gone: one stored pack, the listed one.
      expect(Object.keys(restartStore.data()).filter((k) => k.startsWith('pack:'))).toHaveLength(1);
    });

    test('the orphan a stopped import leaves is collected at the next start', async () => {
      const store = memoryStore({}, { stopAfter: 1 });
      void (await started(store)).import(file(history('1')));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(Object.keys(store.data())).toEqual([expect.stringMatching(/^pack:/)]);
      const restartStore = memoryStore(store.data());
      await started(restartStore);
      expect(restartStore.data()).toEqual({});
    });
  });

  test('a full storage refuses the import in plain words and leaves nothing behind', async () => {
    for (const failAt of [1, 2]) {
      const store = memoryStore({}, { failAt, error: 'QUOTA_BYTES quota exceeded' });
      const m = await started(store);
      expect(await m.import(file(history('1')))).toEqual({
        imported: false,
        problems: ['The browser refused to store the pack (QUOTA_BYTES quota exceeded). Its storage for Backstory is full: remove a pack you no longer use and try again.'],
        more: 0,
      });
      expect(store.data()).toEqual({});
      expect(view(m)).toEqual(['backstory-world-affairs 1 on']);
    }
  });

  test('a corrupted stored pack is left out with a notice; the others still load', async () => {
    const setup = memoryStore();
    const m = await started(setup);
    await m.import(file(history('1')));
    await m.import(file(geography));
    const data = setup.data();
    const historyKey = Object.keys(data).find((k) => (data[k] as { id?: string }).id === 'computing-history')!;
    const restarted = await started(memoryStore({ ...data, [historyKey]: { ...history('1'), entries: 'garbage' } }));
    expect(view(restarted)).toEqual(['backstory-world-affairs 1 on', 'geography 1 on']);
    expect(restarted.notices).toEqual([
      'The pack "computing-history" could not be read from storage (The pack\'s field "entries": must be a list of entries), so it is left out. Import it again to restore it.',
    ]);
  });

  test('a corrupted index falls back to the bundled pack with a notice and deletes nothing', async () => {
    const setup = memoryStore();
    await (await started(setup)).import(file(history('1')));
    const store = memoryStore({ ...setup.data(), [PACK_INDEX_KEY]: 'garbage' });
    const m = await started(store);
    expect(view(m)).toEqual(['backstory-world-affairs 1 on']);
    expect(m.notices[0]).toMatch(/^The list of installed packs could not be read/);
    expect(Object.keys(store.data())).toHaveLength(2);
  });
});
