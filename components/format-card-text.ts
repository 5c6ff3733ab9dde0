/**
 * Small wording helpers for cards: how a role's period and a kind are said to a reader.
 */
import type { CardRole } from '../core/resolve-card.ts';
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

/** "United States Secretary of State (since February 2017)" or "(2006 – 2016)". */
export function describeRole(role: CardRole, current: boolean): string {
  if (role.from && (!role.to || current)) return `${role.title} (since ${formatPartialDate(role.from)})`;
  if (role.from && role.to) return `${role.title} (${formatPartialDate(role.from)} – ${formatPartialDate(role.to)})`;
  if (role.to) return `${role.title} (until ${formatPartialDate(role.to)})`;
  return role.title;
}
