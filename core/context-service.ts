/**
 * What the background worker does, without the browser: hold the loaded pack and its match
 * index, and answer requests. The worker is a thin shell that validates senders and forwards here.
 */
import type { ContextEntry, ContextPack } from './types.ts';
import { compileMatchIndex, matchEntities, type MatchIndex } from './match-entities.ts';
import { resolveCard } from './resolve-card.ts';
import { parseRequest, summarizeEntry, type ErrorResponse, type PackInfo, type Request, type ResponseMap } from './messages.ts';

/** Whether `index` was compiled from `entries` (same ids, same order): a stale one is not used. */
function indexesEntries(index: MatchIndex, entries: readonly ContextEntry[]): boolean {
  return index.ids.length === entries.length && entries.every((e, k) => e.id === index.ids[k]);
}

/** Answers requests against one loaded pack. */
export class ContextService {
  private readonly index: MatchIndex;
  private readonly byId: Map<string, ContextEntry>;
  private readonly byDomain = new Map<string, ContextEntry>();
  private readonly packInfo: PackInfo;

  /** `compiled`: the pack's index compiled at build time; used when it was built from these entries. */
  constructor(pack: ContextPack, private readonly today: () => string, compiled?: MatchIndex) {
    this.packInfo = { id: pack.id, name: pack.name, version: pack.version, entries: pack.entries.length };
    this.index = compiled && indexesEntries(compiled, pack.entries) ? compiled : compileMatchIndex(pack.entries);
    this.byId = new Map(pack.entries.map((e) => [e.id, e]));
    for (const entry of pack.entries) {
      for (const domain of entry.outlet?.domains ?? []) this.byDomain.set(domain, entry);
    }
  }

  /** Validate and answer one message; never throws. */
  handle(message: unknown): ResponseMap[Request['type']] | ErrorResponse {
    const parsed = parseRequest(message);
    if ('error' in parsed) return { ok: false, error: parsed.error };
    try {
      return this.answer(parsed.request);
    } catch (error) {
      return { ok: false, error: `could not answer ${parsed.request.type}: ${(error as Error).message}` };
    }
  }

  private answer(request: Request): ResponseMap[Request['type']] | ErrorResponse {
    switch (request.type) {
      case 'match': {
        const mentions = matchEntities(this.index, request.text);
        const ids = [...new Set(mentions.map((m) => m.id))];
        return { ok: true, mentions, entities: ids.map((id) => summarizeEntry(this.byId.get(id)!)) };
      }
      case 'card': {
        const entry = this.byId.get(request.id);
        if (!entry) return { ok: false, error: `no entry "${request.id}"` };
        const card = resolveCard(entry, {
          articleDate: request.articleDate,
          today: this.today(),
          nameOf: (id) => this.byId.get(id)?.name,
        });
        return { ok: true, card: { ...card, pack: { name: this.packInfo.name, version: this.packInfo.version } } };
      }
      case 'outlet':
        return { ok: true, outlet: this.outletFor(request.hostname) };
      case 'packs':
        return { ok: true, packs: [this.packInfo] };
      case 'mute-entity': {
        const entry = this.byId.get(request.id);
        return entry ? { ok: true, entity: summarizeEntry(entry) } : { ok: false, error: `no entry "${request.id}"` };
      }
      case 'badge':
      case 'open-options':
      case 'report-wrong-match':
      case 'mute-kind':
        // Browser actions: the worker shell performs them; the service only vouches for the shape.
        return { ok: true };
    }
  }

  /** The outlet whose domain is the hostname or one of its parents (www.theduran.com → theduran.com). */
  private outletFor(hostname: string) {
    const labels = hostname.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const entry = this.byDomain.get(labels.slice(i).join('.'));
      if (entry) return summarizeEntry(entry);
    }
    return null;
  }
}
