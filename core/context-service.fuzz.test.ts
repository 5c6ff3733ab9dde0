import { describe, expect, test } from 'vitest';
import { ContextService, routeRequest } from './context-service.ts';
import { TEST_ENTRIES, testEntry, testPack } from './test-entries.ts';
import { installedPack, PackManager, type KeyValueStore } from './pack-manager.ts';
import { loadPackIndex, PACK_INDEX_KEY } from './pack-storage.ts';

/** A small seeded PRNG so a failing payload can be reproduced from its index. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const TYPES = [
  'warm-up', 'match', 'card', 'outlet', 'badge', 'packs', 'open-options', 'report-wrong-match', 'mute-entity', 'mute-kind', 'import-pack',
  'set-pack-enabled', 'remove-pack', 'export-pack', 'toggle-panel', '__proto__', 'constructor', '', 'MATCH',
];

function randomValue(rand: () => number, depth = 0): unknown {
  const pick = Math.floor(rand() * 12);
  switch (pick) {
    case 0: return null;
    case 1: return undefined;
    case 2: return rand() * 1e6 - 5e5;
    case 3: return 'x'.repeat(Math.floor(rand() * 50));
    case 4: return String.fromCharCode(...Array.from({ length: 20 }, () => Math.floor(rand() * 0xffff)));
    case 5: return rand() < 0.5;
    case 6: return depth < 3 ? Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1)) : [];
    case 7: return depth < 3 ? randomObject(rand, depth + 1) : {};
    case 8: return NaN;
    case 9: return '2017-07-09';
    case 10: return rand() < 0.34 ? 'vladimir-putin' : rand() < 0.5 ? 'place' : 't';
    default: return TYPES[Math.floor(rand() * TYPES.length)];
  }
}

function randomObject(rand: () => number, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = ['type', 'text', 'id', 'articleDate', 'hostname', 'count', 'entityId', 'surface', 'scope', 'enabled', 'kind', '__proto__', 'constructor', 'extra'];
  for (const key of keys) if (rand() < 0.4) Object.defineProperty(out, key, { value: randomValue(rand, depth), enumerable: true, writable: true, configurable: true });
  if (rand() < 0.7) out.type = TYPES[Math.floor(rand() * TYPES.length)];
  return out;
}

describe('ContextService under 10,000 random and malformed messages', () => {
  test('never throws, answers every message with ok or a clear error, and leaves Object.prototype alone', () => {
    const service = new ContextService([installedPack(testPack(TEST_ENTRIES))], [], () => '2026-11-26');
    const rand = prng(20261126);
    let accepted = 0;
    for (let i = 0; i < 10_000; i++) {
      const message = rand() < 0.8 ? randomObject(rand) : randomValue(rand);
      const answer = service.handle(message) as { ok: boolean; error?: string };
      expect(typeof answer.ok, `payload #${i}`).toBe('boolean');
      if (answer.ok) accepted++;
      else expect(answer.error, `payload #${i}`).toMatch(/\S/);
    }
    // Random payloads are almost all malformed; the few well-formed ones are fine to accept.
    expect(accepted).toBeLessThan(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    // And the service still works.
    expect(service.handle({ type: 'match', text: 'Vladimir Putin' })).toMatchObject({ ok: true, entities: [{ id: 'vladimir-putin' }] });
  });
});

describe('pack requests under random messages', () => {
  const memory = (): KeyValueStore & { data: Record<string, unknown> } => {
    const store = {
      data: {} as Record<string, unknown>,
      get: async (keys: string[] | null) => structuredClone(keys === null ? store.data : Object.fromEntries(keys.filter((k) => k in store.data).map((k) => [k, store.data[k]]))),
      set: async (items: Record<string, unknown>) => void (store.data = { ...store.data, ...structuredClone(items) }),
      remove: async (keys: string[]) => void (store.data = Object.fromEntries(Object.entries(store.data).filter(([k]) => !keys.includes(k)))),
    };
    return store;
  };
  const clock = { today: () => '2026-11-26', now: () => '2026-11-26T00:00:00.000Z', newKey: () => String(Math.random()) };

  test('from a content script, none reaches the pack manager and storage stays untouched', () => {
    const rand = prng(7);
    for (let i = 0; i < 10_000; i++) {
      const route = routeRequest(rand() < 0.8 ? randomObject(rand) : randomValue(rand), 'content-script');
      expect('packChange' in route, `payload #${i}`).toBe(false);
      if ('service' in route) expect(['import-pack', 'set-pack-enabled', 'remove-pack', 'export-pack']).not.toContain(route.service.type);
    }
  });

  test('from an extension page, the manager answers each and storage stays readable', async () => {
    const store = memory();
    const manager = new PackManager(store, testPack(TEST_ENTRIES), undefined, clock);
    await manager.start();
    const rand = prng(11);
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
    const extra = JSON.stringify(testPack([testEntry({ id: 'zed', aliases: [{ text: 'Zed Zedson' }] })], { id: 'extra' }));
    // Pack-change shapes with random fields, so that a good share is well formed.
    const payload = () => {
      const out: Record<string, unknown> = { type: pick(['import-pack', 'set-pack-enabled', 'remove-pack']) };
      if (rand() < 0.7) out.id = pick(['t', 'extra', 'nope', randomValue(rand)]);
      if (rand() < 0.7) out.enabled = pick([true, false, randomValue(rand)]);
      if (rand() < 0.7) out.text = pick([extra, extra.slice(0, 40), '{"format":1}', randomValue(rand)]);
      return out;
    };
    let changes = 0;
    for (let i = 0; i < 5_000; i++) {
      const route = routeRequest(payload(), 'extension-page');
      if (!('packChange' in route)) continue;
      changes++;
      const request = route.packChange;
      const answer =
        request.type === 'import-pack' ? await manager.import(request.text) : request.type === 'remove-pack' ? await manager.remove(request.id) : await manager.setEnabled(request.id, request.enabled);
      expect(answer, `payload #${i}`).toBeTypeOf('object');
    }
    expect(changes).toBeGreaterThan(200);
    expect(loadPackIndex(store.data[PACK_INDEX_KEY]).notice).toBeNull();
    expect(manager.notices).toEqual([]);
    expect(['t', 't extra']).toContain(manager.installed.map((p) => p.pack.id).join(' '));
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
