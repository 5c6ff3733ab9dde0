/**
 * What the background worker does, without the browser: hold the installed packs and their match
 * indexes, and answer requests. The worker is a thin shell that validates senders and forwards
 * here; pack changes go to the pack manager (pack-manager.ts), which hands over a new list.
 */
import type { ContextEntry, ContextPack } from './types.ts';
import { matchEntities, type MatchIndex } from './match-entities.ts';
import { mergeMentions } from './merge-mentions.ts';
import { resolveCard } from './resolve-card.ts';
import { packInfo, type InstalledPack } from './pack-manager.ts';
import { EXTENSION_PAGE_REQUESTS, parseRequest, summarizeEntry, type ErrorResponse, type Request, type ResponseMap } from './messages.ts';

/** Requests that change packs: the worker gives them to the pack manager, not to the service. */
export type PackChangeRequest = Extract<Request, { type: 'import-pack' | 'set-pack-enabled' | 'remove-pack' }>;
/** Everything the service answers itself. */
export type ServiceRequest = Exclude<Request, PackChangeRequest>;

const PACK_CHANGES: ReadonlySet<Request['type']> = new Set(['import-pack', 'set-pack-enabled', 'remove-pack']);

export function isPackChange(request: Request): request is PackChangeRequest {
  return PACK_CHANGES.has(request.type);
}

/** Who sent a message: one of the extension's own pages, or a content script in a web page. */
export type SenderKind = 'extension-page' | 'content-script';

/** Where the worker sends a message: refused, to the pack manager, or to the service. */
export type Route = { error: string } | { packChange: PackChangeRequest } | { service: ServiceRequest };

/**
 * Validate a message and decide who answers it. Content scripts only read: requests that change
 * packs or hand out a whole pack are refused unless an extension page sent them.
 */
export function routeRequest(message: unknown, sender: SenderKind): Route {
  const parsed = parseRequest(message);
  if ('error' in parsed) return { error: parsed.error };
  const { request } = parsed;
  if (sender !== 'extension-page' && EXTENSION_PAGE_REQUESTS.has(request.type)) return { error: `${request.type} is only for Backstory's own pages` };
  return isPackChange(request) ? { packChange: request } : { service: request };
}

/** An entry in use and the pack it comes from. */
interface Owned {
  entry: ContextEntry;
  pack: ContextPack;
}

/**
 * Answers requests against the enabled packs. Entry ids are unique across installed packs (an
 * import that reuses one is refused), but a newer bundled pack may bring an id an imported pack
 * already has: then the earlier pack in the list (the bundled one) wins, and a notice says so.
 */
export class ContextService {
  private readonly active: { pack: ContextPack; index: MatchIndex }[];
  private readonly byId = new Map<string, Owned>();
  private readonly byDomain = new Map<string, ContextEntry>();
  private readonly notices: string[];

  constructor(
    private readonly installed: readonly InstalledPack[],
    notices: readonly string[],
    private readonly today: () => string,
  ) {
    const enabled = installed.filter((p) => p.enabled);
    this.notices = [...notices];
    for (const { pack } of enabled) {
      const shadowed: string[] = [];
      for (const entry of pack.entries) {
        const other = this.byId.get(entry.id);
        if (other) shadowed.push(entry.id);
        else this.byId.set(entry.id, { entry, pack });
        for (const domain of entry.outlet?.domains ?? []) if (!this.byDomain.has(domain)) this.byDomain.set(domain, entry);
      }
      if (shadowed.length > 0) {
        this.notices.push(`The pack “${pack.name}” has ${shadowed.length} ${shadowed.length === 1 ? 'entry' : 'entries'} whose id an earlier pack also uses (${shadowed.slice(0, 5).join(', ')}${shadowed.length > 5 ? ', …' : ''}); the earlier pack's are used.`);
      }
    }
    this.active = enabled.map((p) => ({ pack: p.pack, index: p.index() }));
  }

  /** Validate and answer one message from an extension page; never throws. */
  handle(message: unknown): ResponseMap[ServiceRequest['type']] | ErrorResponse {
    const route = routeRequest(message, 'extension-page');
    if ('error' in route) return { ok: false, error: route.error };
    if ('packChange' in route) return { ok: false, error: `${route.packChange.type} changes packs: only the worker's pack manager carries it out` };
    return this.answer(route.service);
  }

  /** Answer a validated request; never throws. */
  answer(request: ServiceRequest): ResponseMap[ServiceRequest['type']] | ErrorResponse {
    try {
      return this.respond(request);
    } catch (error) {
      return { ok: false, error: `could not answer ${request.type}: ${(error as Error).message}` };
    }
  }

  private respond(request: ServiceRequest): ResponseMap[ServiceRequest['type']] | ErrorResponse {
    switch (request.type) {
      case 'match': {
        // An entry whose id an earlier pack owns is not this pack's to mark.
        const lists = this.active.map(({ pack, index }) => matchEntities(index, request.text).filter((m) => this.byId.get(m.id)?.pack === pack));
        const mentions = mergeMentions(lists);
        const ids = [...new Set(mentions.map((m) => m.id))];
        return { ok: true, mentions, entities: ids.map((id) => summarizeEntry(this.byId.get(id)!.entry)) };
      }
      case 'card': {
        const owned = this.byId.get(request.id);
        if (!owned) return { ok: false, error: `no entry "${request.id}"` };
        const card = resolveCard(owned.entry, {
          articleDate: request.articleDate,
          today: this.today(),
          nameOf: (id) => this.byId.get(id)?.entry.name,
        });
        return { ok: true, card: { ...card, pack: { name: owned.pack.name, version: owned.pack.version } } };
      }
      case 'outlet':
        return { ok: true, outlet: this.outletFor(request.hostname) };
      case 'packs':
        return { ok: true, packs: this.installed.map(packInfo), notices: this.notices };
      case 'export-pack': {
        const found = this.installed.find((p) => p.pack.id === request.id);
        return found ? { ok: true, pack: found.pack } : { ok: false, error: `no installed pack "${request.id}"` };
      }
      case 'mute-entity': {
        const owned = this.byId.get(request.id);
        return owned ? { ok: true, entity: summarizeEntry(owned.entry) } : { ok: false, error: `no entry "${request.id}"` };
      }
      case 'warm-up':
        // The worker loaded the packs to get here; there is nothing more to do.
        return { ok: true };
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
      if (entry && this.byId.get(entry.id)?.entry === entry) return summarizeEntry(entry);
    }
    return null;
  }
}
