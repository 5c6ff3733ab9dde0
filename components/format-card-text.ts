/**
 * Small wording helpers for cards: how roles then and now and a kind are said to a reader.
 */
import type { CardModel, CardRole } from '../core/resolve-card.ts';
import type { EntryKind } from '../core/types.ts';
import { formatPartialDate } from '../core/partial-date.ts';

const KIND_LABELS: Record<EntryKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  event: 'Event',
  topic: 'Contested topic',
  work: 'Work',
  outlet: 'Publication',
};

/** "Person", "Contested topic", … */
export function kindLabel(kind: EntryKind): string {
  return KIND_LABELS[kind];
}

const KIND_PLURALS: Record<EntryKind, string> = {
  person: 'people',
  organisation: 'organisations',
  place: 'places',
  event: 'events',
  topic: 'contested topics',
  work: 'works',
  outlet: 'publications',
};

/** Every entry of a kind, in running text: "people", "contested topics", … */
export function kindPlural(kind: EntryKind): string {
  return KIND_PLURALS[kind];
}

/** The roles a card speaks of, said plainly: a caption and one line per role. */
export interface ThenAndNow {
  /** "At the time (9 July 2017) and now", or "Now (the article has no date)". */
  caption: string;
  lines: string[];
}

const since = (role: CardRole) => (role.from ? ` (since ${formatPartialDate(role.from)})` : '');
const sameRole = (a: CardRole, b: CardRole) => a.title === b.title && a.from === b.from;

/**
 * "United States Secretary of State at the time; left office 31 March 2018", "President of
 * Russia at the time and now (since 7 May 2012)", "… now (since …)" for a role taken up after the
 * article. People leave office; for places and organisations the role names its holder
 * ("President: Ilir Meta"), so the line says "until". Null when the card has no roles to show.
 */
export function describeThenAndNow(card: Pick<CardModel, 'kind' | 'articleDate' | 'articleDated' | 'rolesAtTheTime' | 'rolesNow'>): ThenAndNow | null {
  const { rolesAtTheTime: then, rolesNow: now } = card;
  if (then.length === 0 && now.length === 0) return null;
  if (!card.articleDated) return { caption: 'Now (the article has no date)', lines: now.map((r) => `${r.title}${since(r)}`) };
  const ended = card.kind === 'person' ? 'left office' : 'until';
  const lines = then.map((r) => {
    if (now.some((n) => sameRole(n, r))) return `${r.title} at the time and now${since(r)}`;
    return r.to ? `${r.title} at the time; ${ended} ${formatPartialDate(r.to)}` : `${r.title} at the time${since(r)}`;
  });
  for (const r of now) if (!then.some((t) => sameRole(t, r))) lines.push(`${r.title} now${since(r)}`);
  return { caption: `At the time (${formatPartialDate(card.articleDate)}) and now`, lines };
}
