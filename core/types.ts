/**
 * The context database's data model: what a source entry holds, what the compiled pack holds,
 * and what a card shows. Plain data only, so every layer (build, CLI, background, UI) shares it.
 */

export const ENTRY_KINDS = ['person', 'organisation', 'place', 'event', 'topic', 'work', 'outlet'] as const;
/** What an entry is about; also the folder its source file lives in. */
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ALIAS_MATCH_RULES = ['always', 'after-full-name', 'needs-context', 'case-insensitive', 'never'] as const;
/**
 * When an alias may fire (docs/DATABASE.md, "Aliases"). `never` is a phrase that contains one of
 * the entry's names but is not the entry ("New Mexico" for Mexico, "Trump cards" for Trump): it
 * wins over the shorter name the way any longer alias does, and marks nothing.
 */
export type AliasMatchRule = (typeof ALIAS_MATCH_RULES)[number];
/** The rules a mention can carry: a `never` phrase marks nothing. */
export type FiringRule = Exclude<AliasMatchRule, 'never'>;

/**
 * A loaded term: wording that carries one side's framing ("Maidan coup", "false flag"). The card
 * names the neutral term, who uses this wording, and who uses which others.
 */
export interface Framing {
  /** Who uses this wording, named (a government, a body, a named group of outlets). */
  usedBy: string;
  /** The neutral term for the thing. */
  neutral: string;
  /** Other wordings and who uses them. */
  others?: { term: string; usedBy: string }[];
}

/** A way an entry is named in text. */
export interface Alias {
  /** The words as written, e.g. "Secretary of State Tillerson". */
  text: string;
  /** When it may fire; `always` when absent. */
  match?: AliasMatchRule;
  /** For `needs-context`: words of which at least one must occur in the article. */
  context?: string[];
  /** Set when the wording itself is loaded. */
  framing?: Framing;
}

/** A date as written in the sources: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** An office or position held over a period. */
export interface Role {
  title: string;
  from?: PartialDate;
  /** Absent while the role is current. */
  to?: PartialDate;
}

/** Something that happened on a date. */
export interface Fact {
  date: PartialDate;
  text: string;
}

/** A page a reader can open to check what an entry says. */
export interface Source {
  title: string;
  publisher: string;
  url: string;
}

/** One side's account of a contested subject, named for who holds it. */
export interface Perspective {
  holder: string;
  view: string;
  sources: Source[];
}

/** A third party's judgement of an outlet, attributed to who made it. */
export interface Assessment {
  by: string;
  text: string;
  source: Source;
}

/** The profile of a publication or broadcaster. */
export interface OutletProfile {
  domains: string[];
  owner?: string;
  country?: string;
  founded?: PartialDate;
  funding?: string;
  assessments?: Assessment[];
}

/**
 * One change to an entry, for its provenance: the card shows the latest few, and the packs'
 * changelogs are built from them.
 */
export interface ChangelogItem {
  /** The day of the change, `YYYY-MM-DD`. */
  date: string;
  /** What changed, in one plain sentence ("Entry written.", "Added the 2024 election."). */
  change: string;
}

/** One entry of the context database, as written in its source file. */
export interface ContextEntry {
  id: string;
  kind: EntryKind;
  name: string;
  aliases: Alias[];
  summary: string;
  roles?: Role[];
  facts?: Fact[];
  perspectives?: Perspective[];
  established?: string;
  sources: Source[];
  related?: string[];
  reviewed: PartialDate;
  /** What changed and when, newest first; at least the item that says the entry was written. */
  changelog: ChangelogItem[];
  outlet?: OutletProfile;
}

/** What changed in a pack on one day. */
export interface PackChange {
  /** `YYYY-MM-DD`. */
  date: string;
  changes: string[];
}

/**
 * A pack: validated entries plus identifying metadata. The bundled pack is compiled from the
 * sources at build time; readers import others as files of the same shape (docs/DATABASE.md).
 */
export interface ContextPack {
  format: 1;
  /** Kebab-case, unique among installed packs. */
  id: string;
  name: string;
  /** Who made the pack and answers for its content. */
  publisher: string;
  version: string;
  /** Newest first, one item per day. */
  changelog: PackChange[];
  entries: ContextEntry[];
}
