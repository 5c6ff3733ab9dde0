/**
 * Settings in extension storage: read (validated and migrated by core/settings.ts), written only
 * by the extension's own pages, and watched so open tabs follow changes at once.
 */
import { browser } from 'wxt/browser';
import { loadSettings, type LoadedSettings, type Settings } from '../core/settings.ts';

const KEY = 'settings';

export async function readSettings(): Promise<LoadedSettings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return loadSettings(stored[KEY]);
  } catch (error) {
    return loadSettings({ unreadable: String(error) });
  }
}

/** Save settings (extension pages only: content scripts never write them). */
export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

/** Call `listener` with the new settings whenever they change; returns the unsubscribe. */
export function watchSettings(listener: (loaded: LoadedSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(loadSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
