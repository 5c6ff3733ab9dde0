import { describe, expect, test } from 'vitest';
import { ContextService } from './context-service.ts';
import { TEST_ENTRIES, testPack } from './test-entries.ts';
import { installedPack } from './pack-manager.ts';

/** A small seeded PRNG so a failing payload can be reproduced from its index. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const TYPES = ['match', 'card', 'outlet', 'badge', 'packs', 'open-options', 'report-wrong-match', 'toggle-panel', '__proto__', 'constructor', '', 'MATCH'];

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
    case 10: return 'vladimir-putin';
    default: return TYPES[Math.floor(rand() * TYPES.length)];
  }
}

function randomObject(rand: () => number, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = ['type', 'text', 'id', 'articleDate', 'hostname', 'count', 'entityId', 'surface', 'scope', '__proto__', 'constructor', 'extra'];
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
