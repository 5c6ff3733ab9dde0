/**
 * Which sites Backstory may read, as the browser's host permissions say. Host access is
 * optional: the reader grants every site, or site by site, and can take it back in the browser
 * at any time. The content script is registered for exactly the granted origins; elsewhere a
 * click on the toolbar button reads the page once (activeTab). Pure: the shells ask the browser.
 */
import { normalizeHostname } from './settings.ts';

/** What the manifest lists under optional_host_permissions: every web page, nothing else. */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

/** The id of our one registered content script. */
export const READER_SCRIPT_ID = 'backstory-reader';

/** What the reader has granted, in the words the options and welcome pages use. */
export type HostAccess = { kind: 'all' } | { kind: 'sites'; sites: string[] } | { kind: 'none' };

/**
 * The origins a site's permission names: the site and its subdomains, over http and https, as
 * the settings' site lists cover subdomains too. Null when `hostname` is not a site.
 */
export function siteOrigins(hostname: string): string[] | null {
  const site = normalizeHostname(hostname);
  if (site === null) return null;
  // An address or a single-label host (localhost) has no subdomains to cover.
  const bare = /^[\d.]+$/.test(site) || !site.includes('.');
  const host = bare ? site : `*.${site}`;
  // One pattern per scheme: browsers hold `http://*/*` and `https://*/*` as two grants, and
  // neither alone contains a `*://` pattern, so "is this site granted?" would always say no.
  return [`http://${host}/*`, `https://${host}/*`];
}

/** The site a page address belongs to, for a permission request; null for non-web pages. */
export function siteOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return normalizeHostname(parsed.hostname);
  } catch {
    return null;
  }
}

/**
 * The granted origins a content script can run on. Browsers report other granted patterns too
 * (Firefox may list `<all_urls>`, Chrome `chrome://favicon/*`); a pattern for every scheme is
 * narrowed to the web.
 */
export function readableOrigins(granted: readonly string[]): string[] {
  const out = new Set<string>();
  for (const origin of granted) {
    if (origin === '<all_urls>' || origin === '*://*/*') {
      for (const web of ALL_SITES) out.add(web);
    } else if (/^(\*|https?):\/\/[^/]+\/.*$/.test(origin)) {
      out.add(origin);
    }
  }
  return [...out].sort();
}

/** Every web page is covered: both schemes for every host. */
function coversAllSites(origins: readonly string[]): boolean {
  const has = (scheme: string) => origins.includes(`${scheme}://*/*`) || origins.includes('*://*/*');
  return has('http') && has('https');
}

/** The site one granted origin names (`*://*.example.com/*` → example.com); null for every host. */
function siteOfOrigin(origin: string): string | null {
  const host = /^[^:]+:\/\/(?:\*\.)?([^/]+)\//.exec(origin)?.[1];
  return host && host !== '*' ? normalizeHostname(host) : null;
}

/** The reader's access, from the granted origins. */
export function hostAccess(granted: readonly string[]): HostAccess {
  const origins = readableOrigins(granted);
  if (coversAllSites(origins)) return { kind: 'all' };
  const sites = new Set(origins.map(siteOfOrigin).filter((site): site is string => site !== null));
  return sites.size ? { kind: 'sites', sites: [...sites].sort() } : { kind: 'none' };
}

/** The granted origins that give access to `site`, as the browser must be asked to remove them. */
export function grantedOriginsOf(granted: readonly string[], site: string): string[] {
  return granted.filter((origin) => siteOfOrigin(origin) === site);
}

/** A content-script registration as the scripting API takes it. */
export interface ReaderScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
  runAt: 'document_start';
  allFrames: false;
  persistAcrossSessions: true;
}

/**
 * The registration for `granted` origins, or null when none can be read (then nothing stays
 * registered). The files are the built content script's, as WXT names them.
 */
export function readerRegistration(granted: readonly string[]): ReaderScriptRegistration | null {
  const matches = readableOrigins(granted);
  if (!matches.length) return null;
  return {
    id: READER_SCRIPT_ID,
    matches,
    js: ['content-scripts/article.js'],
    css: ['content-scripts/article.css'],
    // As the manifest had it: loaded while the page parses (see entrypoints/article.content).
    runAt: 'document_start',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** Whether a registered script already matches what `wanted` asks (so nothing is rewritten). */
export function sameRegistration(registered: { matches?: string[]; js?: string[]; css?: string[] } | undefined, wanted: ReaderScriptRegistration | null): boolean {
  if (!registered || !wanted) return !registered && !wanted;
  const same = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
  return same(registered.matches, wanted.matches) && same(registered.js, wanted.js) && same(registered.css, wanted.css);
}
