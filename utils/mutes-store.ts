/**
 * Muted entries in extension storage (core/mutes.ts holds the rules). The background records a
 * mute the reader asked for on a card; content scripts read and watch the list; the options page
 * lists and undoes them.
 */
import { browser } from 'wxt/browser';
import { loadMutes, storeMutes, type LoadedMutes, type MutedEntry } from '../core/mutes.ts';
import { t } from '../components/i18n.ts';

const KEY = 'mutes';

export async function readMutes(): Promise<LoadedMutes> {
  try {
    return loadMutes((await browser.storage.local.get(KEY))[KEY]);
  } catch (error) {
    return { mutes: [], notice: t('mutedUnreadable', String(error)) };
  }
}

export async function writeMutes(mutes: readonly MutedEntry[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: storeMutes(mutes) });
}

/** Call `listener` with the mutes whenever they change; returns the unsubscribe. */
export function watchMutes(listener: (loaded: LoadedMutes) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(loadMutes(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
