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

  test('a mute names the entry as the pack does, and refuses an id the pack does not have', () => {
    expect(service.handle({ type: 'mute-entity', id: 'euromaidan' })).toEqual({
      ok: true,
      entity: { id: 'euromaidan', name: 'Euromaidan', kind: 'topic', contested: false },
    });
    expect(service.handle({ type: 'mute-entity', id: 'nobody' })).toEqual({ ok: false, error: 'no entry "nobody"' });
    expect(service.handle({ type: 'mute-kind', kind: 'place' })).toEqual({ ok: true });
  });

  test('lists its pack', () => {
    expect(service.handle({ type: 'packs' })).toEqual({
      ok: true,
      packs: [{ id: 't', name: 'T', publisher: 'Tests', version: '1', entries: TEST_ENTRIES.length + 1, enabled: true, bundled: true, importedAt: null, changelog: [] }],
      notices: [],
    });
  });

  test('a warm-up asks nothing of the packs but to be loaded', () => {
    expect(service.handle({ type: 'warm-up' })).toEqual({ ok: true });
  });

  test('answers malformed messages with an error instead of throwing', () => {
    for (const message of [undefined, 1, 'x', { type: 'match' }, { type: '__proto__' }, Object.create(null)]) {
      expect(service.handle(message)).toMatchObject({ ok: false });
    }
  });
});

describe('ContextService with several packs', () => {
  const extra = testPack(
    [
      testEntry({ id: 'ada-lovelace', name: 'Ada Lovelace', aliases: [{ text: 'Ada Lovelace' }, { text: 'Lovelace', match: 'after-full-name' }] }),
      // Longer than the bundled "Vladimir Putin": longest match wins across packs too.
      testEntry({ id: 'putin-doctrine', kind: 'topic', name: 'Putin doctrine', aliases: [{ text: 'Vladimir Putin doctrine' }] }),
    ],
    { id: 'extra', name: 'Extra', version: '3' },
  );
  const bundled = testPack(TEST_ENTRIES, { id: 'bundled', name: 'Bundled' });
  const make = (extraEnabled: boolean, bundledEnabled = true) =>
    new ContextService([installedPack(bundled, { enabled: bundledEnabled }), installedPack(extra, { bundled: false, enabled: extraEnabled })], [], () => '2026-11-26');
  const ids = (service: ContextService, text: string) => ((service.handle({ type: 'match', text }) as { mentions: { id: string }[] }).mentions ?? []).map((m) => m.id);
  const text = 'Ada Lovelace met Vladimir Putin. The Vladimir Putin doctrine. Lovelace left.';

  test('matches every enabled pack, merged in text order with the longest match winning', () => {
    expect(ids(make(true), text)).toEqual(['ada-lovelace', 'vladimir-putin', 'putin-doctrine', 'ada-lovelace']);
  });

  test('a disabled pack marks nothing and has no cards; its entries stay listed', () => {
    const service = make(false);
    expect(ids(service, text)).toEqual(['vladimir-putin', 'vladimir-putin']);
    expect(service.handle({ type: 'card', id: 'ada-lovelace', articleDate: null })).toEqual({ ok: false, error: 'no entry "ada-lovelace"' });
    expect(ids(make(true, false), text)).toEqual(['ada-lovelace', 'putin-doctrine', 'ada-lovelace']);
    expect(service.handle({ type: 'packs' })).toMatchObject({ ok: true, packs: [{ id: 'bundled', enabled: true }, { id: 'extra', enabled: false, bundled: false }] });
  });

  test("a card names the pack its entry came from", () => {
    expect(make(true).handle({ type: 'card', id: 'ada-lovelace', articleDate: null })).toMatchObject({ ok: true, card: { pack: { name: 'Extra', version: '3' } } });
  });

  test('an id two packs use is the earlier pack’s, with a notice', () => {
    const twin = testPack([testEntry({ id: 'vladimir-putin', name: 'Putin (other pack)', aliases: [{ text: 'VVP' }] })], { id: 'twin', name: 'Twin' });
    const service = new ContextService([installedPack(bundled), installedPack(twin, { bundled: false })], ['a stored notice'], () => '2026-11-26');
    expect(ids(service, 'VVP and Putin')).toEqual(['vladimir-putin']);
    expect(service.handle({ type: 'card', id: 'vladimir-putin', articleDate: null })).toMatchObject({ card: { name: 'Vladimir Putin' } });
    expect((service.handle({ type: 'packs' }) as { notices: string[] }).notices).toEqual([
      'a stored notice',
      'The pack “Twin” has 1 entry whose id an earlier pack also uses (vladimir-putin); the earlier pack\'s are used.',
    ]);
  });

  test('exports an installed pack, disabled or not; pack changes are not the service’s to make', () => {
    expect(make(false).handle({ type: 'export-pack', id: 'extra' })).toEqual({ ok: true, pack: extra });
    expect(make(false).handle({ type: 'export-pack', id: 'nothing' })).toEqual({ ok: false, error: 'no installed pack "nothing"' });
    expect(make(true).handle({ type: 'remove-pack', id: 'extra' })).toEqual({ ok: false, error: "remove-pack changes packs: only the worker's pack manager carries it out" });
  });
});
