/**
 * What Backstory says to screen readers through its live region (components/LiveRegion.tsx), in
 * the reader's language. The reader session decides when; these say what.
 */
import type { EntryKind } from '../core/types.ts';
import { kindPlural } from './format-card-text.ts';
import { t, tCount } from './i18n.ts';

/** "Backstory marked 14 names on this page". */
export function markedNamesMessage(count: number): string {
  return tCount(count, 'liveMarkedOne', 'liveMarkedMany');
}

/** "“Putin” hidden on this page" after a wrong-match report. */
export function hiddenMessage(surface: string, scope: 'page' | 'site'): string {
  return t(scope === 'page' ? 'liveHiddenOnPage' : 'liveHiddenOnSite', surface);
}

/** "No more marks for Vladimir Putin" after muting an entry. */
export function mutedEntityMessage(name: string): string {
  return t('liveMutedEntity', name);
}

/** "No more marks for people" after muting a kind. */
export function mutedKindMessage(kind: EntryKind): string {
  return t('liveMutedKind', kindPlural(kind));
}

/** "Context panel opened" / "Context panel closed". */
export function panelMessage(open: boolean): string {
  return t(open ? 'livePanelOpened' : 'livePanelClosed');
}

/** "Card for Vladimir Putin opened", when a card opens from the panel or the keyboard. */
export function cardOpenedMessage(name: string): string {
  return t('liveCardOpened', name);
}
