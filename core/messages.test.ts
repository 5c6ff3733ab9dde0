import { describe, expect, test } from 'vitest';
import { parseRequest, parseTabCommand, MAX_MATCH_TEXT_CHARS } from './messages.ts';
import { MAX_PACK_FILE_BYTES } from './pack-limits.ts';
import { routeRequest } from './context-service.ts';
import { seededRandom } from '../tests/support/seeded-random.ts';

describe('parseRequest', () => {
  test('accepts each well-formed request', () => {
    expect(parseRequest({ type: 'match', text: 'Putin' })).toEqual({ request: { type: 'match', text: 'Putin' } });
    expect(parseRequest({ type: 'card', id: 'vladimir-putin', articleDate: '2017-07-09' })).toHaveProperty('request');
    expect(parseRequest({ type: 'card', id: 'vladimir-putin', articleDate: null })).toHaveProperty('request');
    expect(parseRequest({ type: 'outlet', hostname: 'WWW.theduran.com' })).toEqual({ request: { type: 'outlet', hostname: 'www.theduran.com' } });
    expect(parseRequest({ type: 'badge', count: 58 })).toEqual({ request: { type: 'badge', count: 58 } });
    expect(parseRequest({ type: 'packs' })).toEqual({ request: { type: 'packs' } });
    expect(parseRequest({ type: 'warm-up' })).toEqual({ request: { type: 'warm-up' } });
    expect(parseRequest({ type: 'import-pack', text: '{}' })).toEqual({ request: { type: 'import-pack', text: '{}' } });
    expect(parseRequest({ type: 'set-pack-enabled', id: 'world-affairs', enabled: false })).toEqual({ request: { type: 'set-pack-enabled', id: 'world-affairs', enabled: false } });
    expect(parseRequest({ type: 'remove-pack', id: 'history-2' })).toEqual({ request: { type: 'remove-pack', id: 'history-2' } });
    expect(parseRequest({ type: 'export-pack', id: 'history-2' })).toEqual({ request: { type: 'export-pack', id: 'history-2' } });
    expect(parseRequest({ type: 'mute-entity', id: 'vladimir-putin' })).toEqual({ request: { type: 'mute-entity', id: 'vladimir-putin' } });
    expect(parseRequest({ type: 'mute-kind', kind: 'place' })).toEqual({ request: { type: 'mute-kind', kind: 'place' } });
  });

  test.each([
    [null, 'a request must be an object'],
    [[], 'a request must be an object'],
    ['match', 'a request must be an object'],
    [{}, 'unknown request type undefined'],
    [{ type: 'setSettings', value: 1 }, 'unknown request type "setSettings"'],
    [{ type: 'match', text: 42 }, 'match.text must be a string'],
    [{ type: 'match', text: 'x', extra: 1 }, 'match takes only { type, text }'],
    [{ type: 'card', id: '', articleDate: null }, 'card.id must be an entry id'],
    [{ type: 'card', id: 'x', articleDate: '9 July 2017' }, 'card.articleDate must be YYYY-MM-DD or null'],
    [{ type: 'outlet', hostname: 7 }, 'outlet.hostname must be a hostname'],
    [{ type: 'badge', count: -1 }, 'badge.count must be a whole number'],
    [{ type: 'badge', count: 1.5 }, 'badge.count must be a whole number'],
    [{ type: 'packs', all: true }, 'packs takes only { type }'],
    [{ type: 'warm-up', text: 'Putin' }, 'warm-up takes only { type }'],
    [{ type: 'report-wrong-match', entityId: 'x', surface: 'X', scope: 'everywhere' }, 'report-wrong-match.scope must be page or site'],
    [{ type: 'report-wrong-match', entityId: '../x', surface: 'X', scope: 'page' }, 'report-wrong-match.entityId must be an entry id'],
    [{ type: 'import-pack', text: { format: 1 } }, 'import-pack.text must be a string'],
    [{ type: 'import-pack', text: '{}', name: 'x.json' }, 'import-pack takes only { type, text }'],
    [{ type: 'set-pack-enabled', id: 'a', enabled: 'yes' }, 'set-pack-enabled.enabled must be true or false'],
    [{ type: 'set-pack-enabled', id: 'A B', enabled: true }, 'set-pack-enabled.id must be a pack id'],
    [{ type: 'set-pack-enabled', id: 'a' }, 'set-pack-enabled.enabled must be true or false'],
    [{ type: 'remove-pack', id: '__proto__' }, 'remove-pack.id must be a pack id'],
    [{ type: 'remove-pack', id: 'a'.repeat(101) }, 'remove-pack.id must be a pack id'],
    [{ type: 'export-pack', id: 7 }, 'export-pack.id must be a pack id'],
    [{ type: 'export-pack', id: 'a', all: true }, 'export-pack takes only { type, id }'],
    [{ type: 'mute-entity', id: '' }, 'mute-entity.id must be an entry id'],
    [{ type: 'mute-entity', id: 'Vladimir Putin' }, 'mute-entity.id must be an entry id'],
    [{ type: 'mute-entity', id: ['vladimir-putin'] }, 'mute-entity.id must be an entry id'],
    [{ type: 'mute-entity', id: 'x', name: 'Someone else' }, 'mute-entity takes only { type, id }'],
    [{ type: 'mute-kind', kind: 'places' }, 'mute-kind.kind must be one of person, organisation, place, event, topic, work, outlet'],
    [{ type: 'mute-kind', kind: '__proto__' }, 'mute-kind.kind must be one of person, organisation, place, event, topic, work, outlet'],
    [{ type: 'mute-kind' }, 'mute-kind.kind must be one of person, organisation, place, event, topic, work, outlet'],
    [{ type: 'mute-kind', kind: 'place', on: true }, 'mute-kind takes only { type, kind }'],
    // Nothing from the page side can unmute, pause, resume or change a setting.
    [{ type: 'unmute-entity', id: 'x' }, 'unknown request type "unmute-entity"'],
    [{ type: 'pause' }, 'unknown request type "pause"'],
  ])('refuses %j', (value, error) => {
    expect(parseRequest(value)).toEqual({ error });
  });

  test('refuses a pack text over the file limit', () => {
    expect(parseRequest({ type: 'import-pack', text: 'x'.repeat(MAX_PACK_FILE_BYTES + 1) })).toEqual({ error: `import-pack.text is over ${MAX_PACK_FILE_BYTES} characters` });
  });

  test('refuses oversized text before matching it', () => {
    expect(parseRequest({ type: 'match', text: 'x'.repeat(MAX_MATCH_TEXT_CHARS + 1) })).toEqual({
      error: `match.text is over ${MAX_MATCH_TEXT_CHARS} characters`,
    });
  });
});

describe('parseRequest under random mute requests', () => {
  test('a mute is accepted only as exactly { type, id: entry id } or { type, kind: a kind }', () => {
    const rand = seededRandom(20261126);
    const values: unknown[] = ['place', 'person', 'topic', 'vladimir-putin', 'x', '', 'PLACE', 'a'.repeat(201), 'a'.repeat(200), '../etc', null, 0, 7, true, [], {}, ['place'], { kind: 'place' }, undefined, NaN];
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const message: Record<string, unknown> = { type: rand.pick(['mute-entity', 'mute-kind']) };
      for (const key of ['id', 'kind', 'name', 'scope', '__proto__', 'constructor']) {
        if (rand.chance(0.45)) Object.defineProperty(message, key, { value: rand.pick(values), enumerable: true, writable: true, configurable: true });
      }
      const parsed = parseRequest(message);
      const keys = Object.keys(message).sort().join(',');
      const entity = message.type === 'mute-entity' && keys === 'id,type' && typeof message.id === 'string' && /^[a-z0-9-]{1,200}$/.test(message.id);
      const kind = message.type === 'mute-kind' && keys === 'kind,type' && ['place', 'person', 'topic'].includes(message.kind as string);
      expect('request' in parsed, `#${i} ${JSON.stringify(message)}`).toBe(entity || kind);
      if ('request' in parsed) {
        accepted++;
        expect(parsed.request).toEqual(message);
      } else {
        expect(parsed.error).toMatch(/^mute-(entity|kind)/);
      }
    }
    // Some well-formed ones among them, so the check above was not only ever refusing.
    expect(accepted).toBeGreaterThan(10);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('parseTabCommand', () => {
  test('accepts the known commands only', () => {
    expect(parseTabCommand({ type: 'toggle-panel' })).toEqual({ type: 'toggle-panel' });
    expect(parseTabCommand({ type: 'next-mention' })).toEqual({ type: 'next-mention' });
    expect(parseTabCommand({ type: 'packs-changed' })).toEqual({ type: 'packs-changed' });
    for (const value of [null, 'toggle-panel', { type: 'toggle-panel', extra: 1 }, { type: 'reset' }, { type: 7 }]) {
      expect(parseTabCommand(value)).toBeNull();
    }
  });
});

describe('routeRequest', () => {
  test('pack changes and exports are for extension pages only; content scripts may still read the list', () => {
    for (const message of [
      { type: 'import-pack', text: '{}' },
      { type: 'set-pack-enabled', id: 'a', enabled: false },
      { type: 'remove-pack', id: 'a' },
      { type: 'export-pack', id: 'a' },
    ]) {
      expect(routeRequest(message, 'content-script')).toEqual({ error: `${message.type} is only for Backstory's own pages` });
      expect(routeRequest(message, 'extension-page')).not.toHaveProperty('error');
    }
    expect(routeRequest({ type: 'remove-pack', id: 'a' }, 'extension-page')).toEqual({ packChange: { type: 'remove-pack', id: 'a' } });
    expect(routeRequest({ type: 'export-pack', id: 'a' }, 'extension-page')).toEqual({ service: { type: 'export-pack', id: 'a' } });
    expect(routeRequest({ type: 'packs' }, 'content-script')).toEqual({ service: { type: 'packs' } });
    expect(routeRequest({ type: 'warm-up' }, 'content-script')).toEqual({ service: { type: 'warm-up' } });
  });
});
