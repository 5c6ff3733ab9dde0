import { describe, expect, test } from 'vitest';
import { ContextService } from './context-service.ts';
import { TEST_ENTRIES, testEntry, testPack } from './test-entries.ts';
import { installedPack } from './pack-manager.ts';

const outlet = testEntry({
  id: 'the-duran',
  kind: 'outlet',
  name: 'The Duran',
  aliases: [{ text: 'The Duran' }],
  outlet: { domains: ['theduran.com'] },
});
const service = new ContextService([installedPack(testPack([...TEST_ENTRIES, outlet]))], [], () => '2026-11-26');

describe('ContextService', () => {
  test('answers a match with mentions and entity summaries', () => {
    const answer = service.handle({ type: 'match', text: 'Vladimir Putin and the Maidan coup' });
    expect(answer).toMatchObject({
      ok: true,
      entities: [
        { id: 'vladimir-putin', kind: 'person', contested: false },
        { id: 'euromaidan', kind: 'topic', contested: false },
      ],
    });
  });

  test('answers a card request for a known entry and refuses an unknown one', () => {
    expect(service.handle({ type: 'card', id: 'vladimir-putin', articleDate: '2017-07-09' })).toMatchObject({
      ok: true,
      card: { name: 'Vladimir Putin', pack: { name: 'T', version: '1' } },
    });
    expect(service.handle({ type: 'card', id: 'nobody', articleDate: null })).toEqual({ ok: false, error: 'no entry "nobody"' });
  });

  test('finds an outlet by its domain or a subdomain of it', () => {
    expect(service.handle({ type: 'outlet', hostname: 'www.theduran.com' })).toMatchObject({ ok: true, outlet: { id: 'the-duran' } });
    expect(service.handle({ type: 'outlet', hostname: 'nottheduran.com' })).toEqual({ ok: true, outlet: null });
  });

  test('lists its pack', () => {
    expect(service.handle({ type: 'packs' })).toEqual({
      ok: true,
      packs: [{ id: 't', name: 'T', publisher: 'Tests', version: '1', entries: TEST_ENTRIES.length + 1, enabled: true, bundled: true, importedAt: null, changelog: [] }],
      notices: [],
    });
  });

  test('answers malformed messages with an error instead of throwing', () => {
    for (const message of [undefined, 1, 'x', { type: 'match' }, { type: '__proto__' }, Object.create(null)]) {
      expect(service.handle(message)).toMatchObject({ ok: false });
    }
  });
});
