import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { describeThenAndNow } from './format-card-text.ts';
import { resolveCard, type CardModel } from '../core/resolve-card.ts';
import type { ContextEntry } from '../core/types.ts';

type Roles = Pick<CardModel, 'kind' | 'articleDate' | 'articleDated' | 'rolesAtTheTime' | 'rolesNow'>;
const dated = (over: Partial<Roles>): Roles => ({ kind: 'person', articleDate: '2017-07-09', articleDated: true, rolesAtTheTime: [], rolesNow: [], ...over });

describe('describeThenAndNow', () => {
  test('Rex Tillerson in the seed article (9 July 2017), from his database entry', () => {
    const entry = parse(readFileSync('assets/context/person/rex-tillerson.yaml', 'utf8')) as ContextEntry;
    const card = resolveCard(entry, { articleDate: '2017-07-09', today: '2026-11-26', nameOf: () => undefined });
    expect(describeThenAndNow(card)).toEqual({
      caption: 'At the time (9 July 2017) and now',
      lines: ['United States Secretary of State at the time; left office 31 March 2018'],
    });
  });

  test('a role held then and still held now says so once', () => {
    const role = { title: 'President of Russia', from: '2012-05-07' };
    expect(describeThenAndNow(dated({ rolesAtTheTime: [role], rolesNow: [role] }))?.lines).toEqual([
      'President of Russia at the time and now (since 7 May 2012)',
    ]);
  });

  test('a role taken up after the article is "now"; places and organisations say "until"', () => {
    const card = dated({
      kind: 'place',
      rolesAtTheTime: [{ title: 'President: Bujar Nishani', from: '2012-07-24', to: '2017-07-24' }],
      rolesNow: [{ title: 'President: Bajram Begaj', from: '2022-07-24' }],
    });
    expect(describeThenAndNow(card)?.lines).toEqual([
      'President: Bujar Nishani at the time; until 24 July 2017',
      'President: Bajram Begaj now (since 24 July 2022)',
    ]);
  });

  test('dates are as precise as the database: a month stays a month', () => {
    const card = dated({ rolesAtTheTime: [{ title: 'Leader', from: '2011-06', to: '2022-07' }] });
    expect(describeThenAndNow(card)?.lines).toEqual(['Leader at the time; left office July 2022']);
  });

  test('an undated article speaks of now only', () => {
    const role = { title: 'President of Russia', from: '2012-05-07' };
    expect(describeThenAndNow(dated({ articleDated: false, articleDate: '2026-11-26', rolesAtTheTime: [role], rolesNow: [role] }))).toEqual({
      caption: 'Now (the article has no date)',
      lines: ['President of Russia (since 7 May 2012)'],
    });
  });

  test('no roles, no section', () => {
    expect(describeThenAndNow(dated({}))).toBeNull();
  });
});
