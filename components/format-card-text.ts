/**
 * Small wording helpers for cards: how roles then and now and a kind are said to a reader, from
 * the message catalogue (components/i18n.ts).
 */
import type { CardModel, CardRole } from '../core/resolve-card.ts';
import type { EntryKind } from '../core/types.ts';
import { formatDate, t, type MessageKey } from './i18n.ts';

/** The messages that name a kind, one per way the UI speaks of it. */
interface KindWords {
  /** "Person": a card's label, the options' kind list. */
  label: MessageKey;
  /** "people": every entry of the kind, in running text. */
  plural: MessageKey;
  /** "People": the panel's group heading. */
  group: MessageKey;
  /** "this person": the card's own entry, in running text. */
  one: MessageKey;
  /** "Every person": a muted kind in the options. */
  every: MessageKey;
}

const KIND_WORDS: Record<EntryKind, KindWords> = {
  person: { label: 'kindPerson', plural: 'kindPersonPlural', group: 'kindPersonGroup', one: 'kindPersonThis', every: 'kindPersonEvery' },
  organisation: {
    label: 'kindOrganisation',
    plural: 'kindOrganisationPlural',
    group: 'kindOrganisationGroup',
    one: 'kindOrganisationThis',
    every: 'kindOrganisationEvery',
  },
  place: { label: 'kindPlace', plural: 'kindPlacePlural', group: 'kindPlaceGroup', one: 'kindPlaceThis', every: 'kindPlaceEvery' },
  event: { label: 'kindEvent', plural: 'kindEventPlural', group: 'kindEventGroup', one: 'kindEventThis', every: 'kindEventEvery' },
  topic: { label: 'kindTopic', plural: 'kindTopicPlural', group: 'kindTopicGroup', one: 'kindTopicThis', every: 'kindTopicEvery' },
  work: { label: 'kindWork', plural: 'kindWorkPlural', group: 'kindWorkGroup', one: 'kindWorkThis', every: 'kindWorkEvery' },
  outlet: { label: 'kindOutlet', plural: 'kindOutletPlural', group: 'kindOutletGroup', one: 'kindOutletThis', every: 'kindOutletEvery' },
};

/** "Person", "Contested topic", … */
export function kindLabel(kind: EntryKind): string {
  return t(KIND_WORDS[kind].label);
}

/** Every entry of a kind, in running text: "people", "contested topics", … */
export function kindPlural(kind: EntryKind): string {
  return t(KIND_WORDS[kind].plural);
}

/** The panel's heading over a kind: "People", "Contested topics", … */
export function kindGroupTitle(kind: EntryKind): string {
  return t(KIND_WORDS[kind].group);
}

/** The card's own entry, in running text: "this person", "this topic", … */
export function kindThis(kind: EntryKind): string {
  return t(KIND_WORDS[kind].one);
}

/** A whole kind muted: "Every person", … */
export function kindEvery(kind: EntryKind): string {
  return t(KIND_WORDS[kind].every);
}

/** The roles a card speaks of, said plainly: a caption and one line per role. */
export interface ThenAndNow {
  /** "At the time (9 July 2017) and now", or "Now (the article has no date)". */
  caption: string;
  lines: string[];
}

/** The role's line, in the form with "(since …)" when its start is known. */
const withSince = (role: CardRole, plain: MessageKey, since: MessageKey) =>
  role.from ? t(since, role.title, formatDate(role.from)) : t(plain, role.title);
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
  if (!card.articleDated) {
    return { caption: t('cardNowUndated'), lines: now.map((r) => (r.from ? t('cardRoleSince', r.title, formatDate(r.from)) : r.title)) };
  }
  const ended: MessageKey = card.kind === 'person' ? 'cardRoleThenLeftOffice' : 'cardRoleThenUntil';
  const lines = then.map((r) => {
    if (now.some((n) => sameRole(n, r))) return withSince(r, 'cardRoleThenAndNow', 'cardRoleThenAndNowSince');
    return r.to ? t(ended, r.title, formatDate(r.to)) : withSince(r, 'cardRoleThen', 'cardRoleThenSince');
  });
  for (const r of now) if (!then.some((x) => sameRole(x, r))) lines.push(withSince(r, 'cardRoleNow', 'cardRoleNowSince'));
  return { caption: t('cardThenAndNowCaption', formatDate(card.articleDate)), lines };
}
