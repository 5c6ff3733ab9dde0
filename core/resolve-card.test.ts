import { describe, expect, test } from 'vitest';
import { resolveCard } from './resolve-card.ts';
import { testEntry } from './test-entries.ts';

const tillerson = testEntry({
  id: 'rex-tillerson',
  name: 'Rex Tillerson',
  aliases: [{ text: 'Rex Tillerson' }],
  roles: [
    { title: 'Chairman and CEO of ExxonMobil', from: '2006-01-01', to: '2016-12-31' },
    { title: 'United States Secretary of State', from: '2017-02-01', to: '2018-03-31' },
  ],
  facts: [{ date: '2018-03-13', text: 'Trump announced his dismissal.' }],
  related: ['donald-trump', 'missing'],
});
const names: Record<string, string> = { 'donald-trump': 'Donald Trump' };
const options = { today: '2026-11-26', nameOf: (id: string) => names[id] };

describe('resolveCard', () => {
  test('roles at the article date and now', () => {
    const card = resolveCard(tillerson, { ...options, articleDate: '2017-07-09' });
    expect(card.rolesAtTheTime.map((r) => r.title)).toEqual(['United States Secretary of State']);
    expect(card.rolesNow).toEqual([]);
  });

  test('what changed since the article, in date order, without repeating a fact', () => {
    const card = resolveCard(tillerson, { ...options, articleDate: '2017-07-09' });
    expect(card.since).toEqual([{ date: '2018-03-13', text: 'Trump announced his dismissal.' }]);
  });

  test('a role ending is told when no fact tells it', () => {
    const card = resolveCard({ ...tillerson, facts: [] }, { ...options, articleDate: '2017-07-09' });
    expect(card.since).toEqual([{ date: '2018-03-31', text: 'Left the post: United States Secretary of State (31 March 2018).' }]);
  });

  test('an article before the role shows the earlier role and the later one as a change', () => {
    const card = resolveCard({ ...tillerson, facts: [] }, { ...options, articleDate: '2016-06-01' });
    expect(card.rolesAtTheTime.map((r) => r.title)).toEqual(['Chairman and CEO of ExxonMobil']);
    expect(card.since.map((c) => c.date)).toEqual(['2016-12-31', '2017-02-01', '2018-03-31']);
  });

  test('an undated article is treated as today', () => {
    const card = resolveCard(tillerson, { ...options, articleDate: null });
    expect(card).toMatchObject({ articleDate: '2026-11-26', articleDated: false, since: [] });
  });

  test('provenance: when it was reviewed and its latest three changes, newest first', () => {
    const changelog = [
      { date: '2026-11-20', change: 'Added the 2018 dismissal.' },
      { date: '2026-06-02', change: 'Tightened the alias "Tillerson".' },
      { date: '2026-03-01', change: 'Sources checked.' },
      { date: '2025-01-10', change: 'Entry written.' },
    ];
    const card = resolveCard({ ...tillerson, reviewed: '2026-11-24', changelog }, { ...options, articleDate: '2017-07-09' });
    expect(card.reviewed).toBe('2026-11-24');
    expect(card.changes).toEqual(changelog.slice(0, 3));
    expect(card.olderChanges).toBe(1);
  });

  test('an entry with one change shows it and nothing older', () => {
    const card = resolveCard(tillerson, { ...options, articleDate: '2017-07-09' });
    expect(card).toMatchObject({ changes: [{ date: '2026-11-01', change: 'Entry written.' }], olderChanges: 0 });
  });

  test('related entries that are not loaded are left out', () => {
    const card = resolveCard(tillerson, { ...options, articleDate: '2017-07-09' });
    expect(card.related).toEqual([{ id: 'donald-trump', name: 'Donald Trump' }]);
  });

  test('year-precision dates cover the whole year', () => {
    const entry = testEntry({ id: 'x', aliases: [{ text: 'X' }], roles: [{ title: 'Mayor', from: '2017', to: '2017' }] });
    expect(resolveCard(entry, { ...options, articleDate: '2017-12-31' }).rolesAtTheTime).toHaveLength(1);
    expect(resolveCard(entry, { ...options, articleDate: '2018-01-01' }).rolesAtTheTime).toHaveLength(0);
  });
});
