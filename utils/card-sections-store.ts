/**
 * The card sections the reader keeps open (core/card-sections.ts), in extension storage under
 * their own key. Written by the content script when the reader opens or folds a section: it is
 * how the cards look, not a setting, and it never changes what Backstory reads or marks.
 */
import { browser } from 'wxt/browser';
import { defaultSectionState, loadSectionState, type SectionState } from '../core/card-sections.ts';

const KEY = 'cardSections';

export async function readSectionState(): Promise<SectionState> {
  try {
    return loadSectionState((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return defaultSectionState();
  }
}

export async function writeSectionState(state: SectionState): Promise<void> {
  try {
    await browser.storage.local.set({ [KEY]: state });
  } catch {
    // Storage unavailable (the extension was updated under the page): the choice holds on this page.
  }
}

/** Call `listener` whenever another card (in any tab) changed the choice; returns the unsubscribe. */
export function watchSectionState(listener: (state: SectionState) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(loadSectionState(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
