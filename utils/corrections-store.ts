/**
 * Wrong-match corrections in extension storage (core/corrections.ts holds the rules). The
 * background records them for the page that reported them; content scripts read them; the
 * options page lists, undoes and exports them.
 */
import { browser } from 'wxt/browser';
import { loadCorrections, type Correction } from '../core/corrections.ts';

const KEY = 'corrections';

export async function readCorrections(): Promise<Correction[]> {
  try {
    return loadCorrections((await browser.storage.local.get(KEY))[KEY]).corrections;
  } catch {
    return [];
  }
}

export async function writeCorrections(corrections: Correction[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: corrections });
}

/** Call `listener` with the corrections whenever they change; returns the unsubscribe. */
export function watchCorrections(listener: (corrections: Correction[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(loadCorrections(changes[KEY]!.newValue).corrections);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
