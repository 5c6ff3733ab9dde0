/**
 * Extension storage as the pack manager's key-value store (core/pack-manager.ts). Only the
 * background worker writes packs.
 */
import { browser } from 'wxt/browser';
import type { KeyValueStore } from '../core/pack-manager.ts';

export function extensionStorage(): KeyValueStore {
  const area = browser.storage.local;
  return {
    get: (keys) => area.get(keys),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}
