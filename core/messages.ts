/**
 * The typed protocol between the content script and the background worker. Every message that
 * arrives is hostile until `parseRequest` has checked it: unknown types, wrong field types and
 * oversized text are answered with an error, never a crash.
 */
import type { Mention } from './match-entities.ts';
import type { CardModel } from './resolve-card.ts';
import { ENTRY_KINDS, type ContextEntry, type ContextPack, type EntryKind, type PackChange } from './types.ts';
import { MAX_PACK_FILE_BYTES } from './pack-limits.ts';

/** The most text one match request may carry (a very long article is about 200,000 characters). */
export const MAX_MATCH_TEXT_CHARS = 2_000_000;
const MAX_ID_CHARS = 200;
const PACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_HOST_CHARS = 253;

/** Content script or extension page → background. */
export type Request =
  /**
   * Get the packs ready now: sent while the page still parses, so a worker that was asleep
   * reads the bundled pack and its index before the page's `match` request needs them.
   */
  | { type: 'warm-up' }
  /** Find the mentions in an article's flattened text. */
  | { type: 'match'; text: string }
  /** The card for an entry, as of the article's date (`YYYY-MM-DD`, or null for undated). */
  | { type: 'card'; id: string; articleDate: string | null }
  /** The outlet entry that owns a hostname, if any. */
  | { type: 'outlet'; hostname: string }
  /** How many entities the sending tab recognised (for the toolbar badge). */
  | { type: 'badge'; count: number }
  /** The installed packs (for the options page). */
  | { type: 'packs' }
  /** Import a pack file's text (extension pages only). */
  | { type: 'import-pack'; text: string }
  /** Switch an installed pack on or off (extension pages only). */
  | { type: 'set-pack-enabled'; id: string; enabled: boolean }
  /** Remove an imported pack (extension pages only). */
  | { type: 'remove-pack'; id: string }
  /** An installed pack as a file to save (extension pages only). */
  | { type: 'export-pack'; id: string }
  /** Open the options page (from the panel's "Backstory is off here" notice). */
  | { type: 'open-options' }
  /** The reader says a mark on the sending page is wrong: hide it here or on the whole site. */
  | { type: 'report-wrong-match'; entityId: string; surface: string; scope: 'page' | 'site' }
  /**
   * The reader asked, from a card, to stop marking an entry or a kind. Requests from the page
   * side can only turn marking off: undoing is for the options page.
   */
  | { type: 'mute-entity'; id: string }
  | { type: 'mute-kind'; kind: EntryKind };

/**
 * Requests only the extension's own pages may make: they change the installed packs or hand out
 * a whole pack. Content scripts run in pages Backstory does not control, so they only read.
 */
export const EXTENSION_PAGE_REQUESTS: ReadonlySet<Request['type']> = new Set(['import-pack', 'set-pack-enabled', 'remove-pack', 'export-pack']);

/** An installed pack as the options page lists it. */
export interface PackInfo {
  id: string;
  name: string;
  publisher: string;
  version: string;
  entries: number;
  enabled: boolean;
  /** The pack that comes with Backstory: it can be switched off but not removed. */
  bundled: boolean;
  /** When an imported pack was imported (ISO 8601); null for the bundled pack. */
  importedAt: string | null;
  changelog: PackChange[];
}

/** What became of an imported file: installed, or refused with every reason (capped) in plain words. */
export type ImportResult =
  | { imported: true; pack: PackInfo; replacedVersion: string | null }
  | { imported: false; problems: string[]; more: number };

/** Background → content script: what the reader asked for from the toolbar or a shortcut. */
export type TabCommand =
  /** Show or hide the context panel in this tab. */
  | { type: 'toggle-panel' }
  /** Move to the next marked mention and open its card. */
  | { type: 'next-mention' }
  /** The installed or enabled packs changed: read the page again. */
  | { type: 'packs-changed' };

const TAB_COMMANDS: ReadonlySet<string> = new Set(['toggle-panel', 'next-mention', 'packs-changed']);

/** Check a message arriving in a content script; null when it is not a tab command. */
export function parseTabCommand(value: unknown): TabCommand | null {
  if (!isRecord(value) || Object.keys(value).length !== 1 || typeof value.type !== 'string') return null;
  return TAB_COMMANDS.has(value.type) ? ({ type: value.type } as TabCommand) : null;
}

/** A summary of a matched entry, enough to paint and list it without its card. */
export interface EntitySummary {
  id: string;
  name: string;
  kind: EntryKind;
  contested: boolean;
}

/** Background → content script, per request type. */
export interface ResponseMap {
  'warm-up': { ok: true };
  match: { ok: true; mentions: Mention[]; entities: EntitySummary[] };
  card: { ok: true; card: CardModel };
  outlet: { ok: true; outlet: EntitySummary | null };
  badge: { ok: true };
  /** `notices`: packs that could not be read from storage and were left out, in plain words. */
  packs: { ok: true; packs: PackInfo[]; notices: string[] };
  'import-pack': { ok: true; result: ImportResult };
  'set-pack-enabled': { ok: true };
  'remove-pack': { ok: true };
  'export-pack': { ok: true; pack: ContextPack };
  'open-options': { ok: true };
  'report-wrong-match': { ok: true };
  /** The muted entry as the pack names it (the worker records this, never names from the page). */
  'mute-entity': { ok: true; entity: EntitySummary };
  'mute-kind': { ok: true };
}

/** Every request can also be answered with an error. */
export interface ErrorResponse {
  ok: false;
  error: string;
}

export type Response<T extends Request['type']> = ResponseMap[T] | ErrorResponse;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPackId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && PACK_ID.test(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(value).every((k) => keys.includes(k));
}

/** Check an incoming message; returns the request or the reason it was refused. */
export function parseRequest(value: unknown): { request: Request } | { error: string } {
  if (!isRecord(value)) return { error: 'a request must be an object' };
  switch (value.type) {
    case 'match':
      if (!hasOnlyKeys(value, ['type', 'text'])) return { error: 'match takes only { type, text }' };
      if (typeof value.text !== 'string') return { error: 'match.text must be a string' };
      if (value.text.length > MAX_MATCH_TEXT_CHARS) return { error: `match.text is over ${MAX_MATCH_TEXT_CHARS} characters` };
      return { request: { type: 'match', text: value.text } };
    case 'card':
      if (!hasOnlyKeys(value, ['type', 'id', 'articleDate'])) return { error: 'card takes only { type, id, articleDate }' };
      if (typeof value.id !== 'string' || value.id.length === 0 || value.id.length > MAX_ID_CHARS) return { error: 'card.id must be an entry id' };
      if (value.articleDate !== null && (typeof value.articleDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.articleDate))) {
        return { error: 'card.articleDate must be YYYY-MM-DD or null' };
      }
      return { request: { type: 'card', id: value.id, articleDate: value.articleDate } };
    case 'outlet':
      if (!hasOnlyKeys(value, ['type', 'hostname'])) return { error: 'outlet takes only { type, hostname }' };
      if (typeof value.hostname !== 'string' || value.hostname.length > MAX_HOST_CHARS) return { error: 'outlet.hostname must be a hostname' };
      return { request: { type: 'outlet', hostname: value.hostname.toLowerCase() } };
    case 'badge':
      if (!hasOnlyKeys(value, ['type', 'count'])) return { error: 'badge takes only { type, count }' };
      if (typeof value.count !== 'number' || !Number.isInteger(value.count) || value.count < 0 || value.count > 100_000) return { error: 'badge.count must be a whole number' };
      return { request: { type: 'badge', count: value.count } };
    case 'warm-up':
    case 'packs':
    case 'open-options':
      if (!hasOnlyKeys(value, ['type'])) return { error: `${value.type} takes only { type }` };
      return { request: { type: value.type } };
    case 'import-pack':
      if (!hasOnlyKeys(value, ['type', 'text'])) return { error: 'import-pack takes only { type, text }' };
      if (typeof value.text !== 'string') return { error: 'import-pack.text must be a string' };
      // A UTF-8 file of n bytes decodes to at most n UTF-16 units: the file limit bounds the text.
      if (value.text.length > MAX_PACK_FILE_BYTES) return { error: `import-pack.text is over ${MAX_PACK_FILE_BYTES} characters` };
      return { request: { type: 'import-pack', text: value.text } };
    case 'set-pack-enabled':
      if (!hasOnlyKeys(value, ['type', 'id', 'enabled'])) return { error: 'set-pack-enabled takes only { type, id, enabled }' };
      if (!isPackId(value.id)) return { error: 'set-pack-enabled.id must be a pack id' };
      if (typeof value.enabled !== 'boolean') return { error: 'set-pack-enabled.enabled must be true or false' };
      return { request: { type: 'set-pack-enabled', id: value.id, enabled: value.enabled } };
    case 'remove-pack':
    case 'export-pack':
      if (!hasOnlyKeys(value, ['type', 'id'])) return { error: `${value.type} takes only { type, id }` };
      if (!isPackId(value.id)) return { error: `${value.type}.id must be a pack id` };
      return { request: { type: value.type, id: value.id } };
    case 'report-wrong-match':
      if (!hasOnlyKeys(value, ['type', 'entityId', 'surface', 'scope'])) return { error: 'report-wrong-match takes only { type, entityId, surface, scope }' };
      if (typeof value.entityId !== 'string' || !/^[a-z0-9-]{1,200}$/.test(value.entityId)) return { error: 'report-wrong-match.entityId must be an entry id' };
      if (typeof value.surface !== 'string' || value.surface.length === 0 || value.surface.length > 300) return { error: 'report-wrong-match.surface must be the marked words' };
      if (value.scope !== 'page' && value.scope !== 'site') return { error: 'report-wrong-match.scope must be page or site' };
      return { request: { type: 'report-wrong-match', entityId: value.entityId, surface: value.surface, scope: value.scope } };
    case 'mute-entity':
      if (!hasOnlyKeys(value, ['type', 'id'])) return { error: 'mute-entity takes only { type, id }' };
      if (typeof value.id !== 'string' || !/^[a-z0-9-]{1,200}$/.test(value.id)) return { error: 'mute-entity.id must be an entry id' };
      return { request: { type: 'mute-entity', id: value.id } };
    case 'mute-kind':
      if (!hasOnlyKeys(value, ['type', 'kind'])) return { error: 'mute-kind takes only { type, kind }' };
      if (!ENTRY_KINDS.includes(value.kind as EntryKind)) return { error: `mute-kind.kind must be one of ${ENTRY_KINDS.join(', ')}` };
      return { request: { type: 'mute-kind', kind: value.kind as EntryKind } };
    default:
      return { error: `unknown request type ${JSON.stringify(value.type)?.slice(0, 40)}` };
  }
}

/** The summary of an entry for match and outlet answers. */
export function summarizeEntry(entry: ContextEntry): EntitySummary {
  return { id: entry.id, name: entry.name, kind: entry.kind, contested: (entry.perspectives?.length ?? 0) >= 2 };
}
