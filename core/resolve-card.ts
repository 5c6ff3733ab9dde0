/**
 * Card resolution: an entry plus the article's date becomes what the reader sees. Roles are
 * chosen for two moments (the article's date and today) and everything that changed in between
 * becomes the "Since this article" list, so a 2017 article's card can say both "Secretary of
 * State" and "left office in March 2018".
 */
import type { ChangelogItem, ContextEntry, EntryKind, Framing, OutletProfile, Perspective, Role, Source } from './types.ts';
import { endOfPartialDate, formatPartialDate, startOfPartialDate } from './partial-date.ts';

/** A role as a card line. */
export interface CardRole {
  title: string;
  from?: string;
  to?: string;
}

/** A dated change between the article's date and today. */
export interface CardChange {
  date: string;
  text: string;
}

/** Everything a card shows, as plain data (markup in text fields is sanitised when rendered). */
export interface CardModel {
  id: string;
  kind: EntryKind;
  name: string;
  summary: string;
  /** The date the card speaks of as "at the time" (the article's, or today when it has none). */
  articleDate: string;
  /** Whether `articleDate` came from the article (false: it had none, so it is today). */
  articleDated: boolean;
  today: string;
  rolesAtTheTime: CardRole[];
  rolesNow: CardRole[];
  since: CardChange[];
  perspectives: Perspective[];
  established?: string;
  sources: Source[];
  related: { id: string; name: string }[];
  outlet?: OutletProfile;
  reviewed: string;
  /** The entry's latest changes, newest first (at most {@link CARD_CHANGES}), for its provenance. */
  changes: ChangelogItem[];
  /** How many older changes the card leaves out. */
  olderChanges: number;
  /** Loaded wordings among the entry's aliases, by alias text. */
  framings: Record<string, Framing>;
  /** The pack the entry came from, for "Why this?". */
  pack?: { name: string; version: string };
}

/** How many of an entry's changes its card lists: enough to see it is looked after, no more. */
export const CARD_CHANGES = 3;

/** What card resolution needs besides the entry. */
export interface ResolveOptions {
  /** The article's publication date (`YYYY-MM-DD`), or null when it has none. */
  articleDate: string | null;
  /** Today (`YYYY-MM-DD`); a parameter so cards are testable. */
  today: string;
  /** The display name of another entry, for `related`; undefined when it is not loaded. */
  nameOf: (id: string) => string | undefined;
}

function heldOn(role: Role, day: string): boolean {
  const starts = role.from ? startOfPartialDate(role.from) : '0000-01-01';
  const ends = role.to ? endOfPartialDate(role.to) : '9999-12-31';
  return starts <= day && day <= ends;
}

function toCardRole(role: Role): CardRole {
  return { title: role.title, from: role.from, to: role.to };
}

function changesSince(entry: ContextEntry, from: string, today: string): CardChange[] {
  const inWindow = (date: string) => startOfPartialDate(date) > from && startOfPartialDate(date) <= today;
  const facts = (entry.facts ?? []).filter((f) => inWindow(f.date)).map((f) => ({ date: f.date, text: f.text }));
  // Role changes the entry's facts do not already tell in the same month.
  const told = new Set(facts.map((f) => f.date.slice(0, 7)));
  const roleChanges: CardChange[] = [];
  for (const role of entry.roles ?? []) {
    if (role.to && inWindow(role.to) && !told.has(role.to.slice(0, 7))) {
      roleChanges.push({ date: role.to, text: `Left the post: ${role.title} (${formatPartialDate(role.to)}).` });
    }
    if (role.from && inWindow(role.from) && !told.has(role.from.slice(0, 7))) {
      roleChanges.push({ date: role.from, text: `Took up the post: ${role.title} (${formatPartialDate(role.from)}).` });
    }
  }
  return [...facts, ...roleChanges].sort((a, b) => startOfPartialDate(a.date).localeCompare(startOfPartialDate(b.date)));
}

/** Resolve an entry into the card for an article of the given date. */
export function resolveCard(entry: ContextEntry, options: ResolveOptions): CardModel {
  const articleDate = options.articleDate ?? options.today;
  const roles = entry.roles ?? [];
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    summary: entry.summary,
    articleDate,
    articleDated: options.articleDate !== null,
    today: options.today,
    rolesAtTheTime: roles.filter((r) => heldOn(r, articleDate)).map(toCardRole),
    rolesNow: roles.filter((r) => heldOn(r, options.today)).map(toCardRole),
    since: articleDate < options.today ? changesSince(entry, articleDate, options.today) : [],
    perspectives: entry.perspectives ?? [],
    established: entry.established,
    sources: entry.sources,
    related: (entry.related ?? []).flatMap((id) => {
      const name = options.nameOf(id);
      return name ? [{ id, name }] : [];
    }),
    outlet: entry.outlet,
    reviewed: entry.reviewed,
    changes: entry.changelog.slice(0, CARD_CHANGES).map((c) => ({ date: c.date, change: c.change })),
    olderChanges: Math.max(0, entry.changelog.length - CARD_CHANGES),
    framings: Object.fromEntries(entry.aliases.flatMap((a) => (a.framing ? [[a.text, a.framing]] : []))),
  };
}
