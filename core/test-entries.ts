/**
 * Small entries for unit tests: each exercises one matching rule. Not part of any pack.
 */
import type { ContextEntry, ContextPack } from './types.ts';

const base = {
  summary: 'Test entry.',
  sources: [{ title: 'Example', publisher: 'Example', url: 'https://example.org/' }],
  reviewed: '2026-11-01',
  changelog: [{ date: '2026-11-01', change: 'Entry written.' }],
};

export function testEntry(partial: Partial<ContextEntry> & Pick<ContextEntry, 'id' | 'aliases'>): ContextEntry {
  return { kind: 'person', name: partial.id, ...base, ...partial } as ContextEntry;
}

export const TEST_ENTRIES: ContextEntry[] = [
  testEntry({ id: 'rex-tillerson', name: 'Rex Tillerson', aliases: [{ text: 'Rex Tillerson' }, { text: 'Secretary of State Tillerson' }, { text: 'Tillerson', match: 'after-full-name' }] }),
  testEntry({ id: 'vladimir-putin', name: 'Vladimir Putin', aliases: [{ text: 'Vladimir Putin' }, { text: 'Putin' }] }),
  testEntry({ id: 'oliver-stone', name: 'Oliver Stone', aliases: [{ text: 'Oliver Stone' }, { text: 'Stone', match: 'after-full-name' }] }),
  testEntry({ id: 'free-syrian-army', kind: 'organisation', name: 'Free Syrian Army', aliases: [{ text: 'Free Syrian Army' }] }),
  testEntry({ id: 'syrian-arab-army', kind: 'organisation', name: 'Syrian Arab Army', aliases: [{ text: 'Syrian Arab Army' }, { text: 'Syrian army' }] }),
  testEntry({ id: 'united-states', kind: 'place', name: 'United States', aliases: [{ text: 'United States' }, { text: 'US' }] }),
  testEntry({ id: 'al-qaeda', kind: 'organisation', name: 'al-Qaeda', aliases: [{ text: 'Al-Qaeda' }] }),
  testEntry({
    id: 'euromaidan',
    kind: 'topic',
    name: 'Euromaidan',
    aliases: [{ text: 'Maidan coup' }, { text: 'Maidan', match: 'needs-context', context: ['Ukraine', 'Kyiv'] }],
  }),
  testEntry({ id: 'syria-chemical-attacks', kind: 'topic', name: 'Chemical attacks in Syria', aliases: [{ text: 'false flag', match: 'case-insensitive' }] }),
  testEntry({ id: 'georgia', kind: 'place', name: 'Georgia', aliases: [{ text: 'Georgia', match: 'needs-context', context: ['Tbilisi', 'Caucasus'] }] }),
];

/** A pack around `entries`, for tests. */
export function testPack(entries: ContextEntry[], partial: Partial<ContextPack> = {}): ContextPack {
  return { format: 1, id: 't', name: 'T', publisher: 'Tests', version: '1', changelog: [], entries, ...partial };
}
