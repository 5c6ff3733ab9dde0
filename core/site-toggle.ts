/**
 * The toolbar button's "Run on this site" checkbox: what it shows for a tab, and how the reader's
 * settings change when they tick or untick it. Pure: the background reads and writes storage.
 */
import { isActiveOn, MAX_SITES, normalizeHostname, type Settings } from './settings.ts';

/**
 * How the checkbox looks for one tab. `offEverywhere`: greyed out because Backstory is off on
 * every site, which its title says (the wording is the menu's, in the reader's language).
 */
export interface SiteMenuItem {
  enabled: boolean;
  checked: boolean;
  offEverywhere: boolean;
}

/**
 * The checkbox for a tab showing `hostname` (null: no page of ours there, such as a browser page
 * or a tab the content script has not reported yet). Ticked where Backstory reads pages by
 * itself: the reader granted the site (`granted`, see core/host-access.ts) and the settings let
 * it run there; a page read once by a click on the button leaves it unticked. Greyed out where
 * it could not act, and while Backstory is off everywhere (the options page turns it back on).
 */
export function siteMenuItem(settings: Settings, hostname: string | null, granted: boolean): SiteMenuItem {
  const host = hostname === null ? null : normalizeHostname(hostname);
  if (host === null) return { enabled: false, checked: false, offEverywhere: false };
  if (!settings.enabled) return { enabled: false, checked: false, offEverywhere: true };
  return { enabled: true, checked: granted && isActiveOn(settings, host), offEverywhere: false };
}

/**
 * The settings after the reader turned `hostname` on or off (`turnOn`; by default the opposite
 * of what the settings say now), or null when the checkbox cannot act (not a hostname, Backstory
 * off everywhere, or the site list full). Settings that already say so come back unchanged: a
 * site turned on for the first time needs only the browser's grant. In "every site" mode the site goes
 * on or comes off the list of sites where Backstory stays off; in "only listed sites" mode, on or
 * off the listed sites. Lists hold whole sites, so turning `news.example.com` back on removes an
 * entry for `example.com` too: the lists cannot say "example.com except news".
 */
export function toggleSite(settings: Settings, hostname: string, turnOn = !isActiveOn(settings, hostname)): Settings | null {
  const host = normalizeHostname(hostname);
  if (host === null || !settings.enabled) return null;
  if (turnOn === isActiveOn(settings, host)) return settings;
  const covers = (site: string) => host === site || host.endsWith(`.${site}`);
  const add = (list: string[]) => (list.length >= MAX_SITES ? null : [...list, host]);
  if (settings.siteMode === 'all') {
    const disabledSites = turnOn ? settings.disabledSites.filter((site) => !covers(site)) : add(settings.disabledSites);
    return disabledSites && { ...settings, disabledSites };
  }
  const listedSites = turnOn ? add(settings.listedSites) : settings.listedSites.filter((site) => !covers(site));
  return listedSites && { ...settings, listedSites };
}
