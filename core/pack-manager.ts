/**
 * The installed packs: the bundled one plus those the reader imported, read from extension
 * storage (core/pack-storage.ts holds the layout and the plans) and changed only through here.
 * The worker owns the one manager; storage is passed in, so tests run it on a map and can stop a
 * change half way. Changes run one at a time, each against freshly read state.
 */
import type { ContextPack } from './types.ts';
import type { Problem } from './validate-entry.ts';
import { validatePack } from './validate-pack.ts';
import { compileMatchIndex, type MatchIndex } from './match-entities.ts';
import { checkPackFile, describeProblem, describeProblems, type InstalledPackIds } from './pack-file.ts';
import {
  PACK_INDEX_KEY,
  PACK_KEY_PREFIX,
  loadPackIndex,
  planCollectGarbage,
  planImport,
  planRemove,
  planSetEnabled,
  type LoadedPackIndex,
  type StorageOp,
} from './pack-storage.ts';
import type { ImportResult, PackInfo } from './messages.ts';

/** The part of `browser.storage.local` the manager uses. */
export interface KeyValueStore {
  /** `null`: everything. */
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** A pack as the worker uses it. */
export interface InstalledPack {
  pack: ContextPack;
  bundled: boolean;
  enabled: boolean;
  importedAt: string | null;
  /** Its match index: compiled at build time for the bundled pack, built on first use for others. */
  index(): MatchIndex;
}

export interface PackManagerClock {
  /** `YYYY-MM-DD`, for validation. */
  today(): string;
  /** ISO 8601, for the import time. */
  now(): string;
  /** A fresh random string for a storage key. */
  newKey(): string;
}

/** How many problems a refused import lists before "and N more". */
export const MAX_LISTED_PROBLEMS = 50;

/** Whether `index` was compiled from `entries` (same ids, same order): a stale one is not used. */
export function indexesEntries(index: MatchIndex, entries: readonly { id: string }[]): boolean {
  return index.ids.length === entries.length && entries.every((e, k) => e.id === index.ids[k]);
}

function lazyIndex(pack: ContextPack, compiled?: MatchIndex): () => MatchIndex {
  let index = compiled && indexesEntries(compiled, pack.entries) ? compiled : undefined;
  return () => (index ??= compileMatchIndex(pack.entries));
}

/** An installed pack on its own (the bundled pack before storage is read, tests, benchmarks). */
export function installedPack(pack: ContextPack, options: { compiled?: MatchIndex; bundled?: boolean; enabled?: boolean } = {}): InstalledPack {
  return { pack, bundled: options.bundled ?? true, enabled: options.enabled ?? true, importedAt: null, index: lazyIndex(pack, options.compiled) };
}

/** What the options page shows for a pack. */
export function packInfo(installed: InstalledPack): PackInfo {
  const { pack } = installed;
  return {
    id: pack.id,
    name: pack.name,
    publisher: pack.publisher,
    version: pack.version,
    entries: pack.entries.length,
    enabled: installed.enabled,
    bundled: installed.bundled,
    importedAt: installed.importedAt,
    changelog: pack.changelog,
  };
}

type Stored = { pack: ContextPack; index: () => MatchIndex } | { problem: string };

export class PackManager {
  private loaded: LoadedPackIndex = loadPackIndex(undefined);
  /** Stored packs by key, validated once: a key is written once and never rewritten. */
  private readonly cache = new Map<string, Stored>();
  private readonly bundledPack: InstalledPack;
  private list: InstalledPack[] = [];
  private packNotices: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly bundled: ContextPack,
    compiledBundledIndex: MatchIndex | undefined,
    private readonly clock: PackManagerClock,
  ) {
    this.bundledPack = installedPack(bundled, { compiled: compiledBundledIndex });
    this.rebuild();
  }

  /** Every installed pack, bundled first, then imported ones in the order they were imported. */
  get installed(): readonly InstalledPack[] {
    return this.list;
  }

  /** What could not be read from storage and was left out, in plain words. */
  get notices(): readonly string[] {
    return this.packNotices;
  }

  /** Read everything once and collect the packs an interrupted change left behind. */
  start(): Promise<void> {
    return this.serial(async () => {
      const all = await this.store.get(null);
      this.loaded = loadPackIndex(all[PACK_INDEX_KEY]);
      if (this.loaded.trusted) {
        const garbage = planCollectGarbage(this.loaded.index, Object.keys(all));
        // Collecting is tidying: if it fails, the orphans wait for the next start.
        await this.apply(garbage).catch(() => undefined);
      }
      this.fill(all);
    });
  }

  /** Re-read the index (after a change from here or elsewhere); packs already read are reused. */
  reload(): Promise<void> {
    return this.serial(() => this.read());
  }

  /** Check and install a pack file's text; a refused file changes nothing. */
  import(text: string): Promise<ImportResult> {
    return this.serial(async () => {
      await this.read();
      const check = checkPackFile(text, this.installedIds(), this.clock.today());
      if (!check.ok) return this.refused(check.problems);
      const { pack } = check;
      const replaced = this.list.find((p) => p.pack.id === pack.id && !p.bundled);
      const key = `${PACK_KEY_PREFIX}${this.clock.newKey()}`;
      const plan = planImport(this.loaded.index, pack.id, pack, key, this.clock.now());
      const [writePack, switchIndex, ...tidy] = plan.ops as [StorageOp, StorageOp, ...StorageOp[]];
      try {
        await this.apply([writePack]);
      } catch (error) {
        return this.refusedByStorage(error);
      }
      try {
        await this.apply([switchIndex]);
      } catch (error) {
        await this.store.remove([key]).catch(() => undefined); // else collected at the next start
        return this.refusedByStorage(error);
      }
      this.cache.set(key, { pack, index: lazyIndex(pack) });
      // The new index is in force: removing the old copy is tidying, retried at the next start.
      await this.apply(tidy).catch(() => undefined);
      await this.read();
      const installed = this.list.find((p) => p.pack.id === pack.id && !p.bundled)!;
      return { imported: true, pack: packInfo(installed), replacedVersion: replaced ? replaced.pack.version : null };
    });
  }

  /** Switch a pack on or off. */
  setEnabled(id: string, enabled: boolean): Promise<{ ok: true } | { ok: false; error: string }> {
    return this.serial(async () => {
      await this.read();
      const plan = planSetEnabled(this.loaded.index, id === this.bundled.id ? null : id, enabled);
      if (!plan) return { ok: false, error: `no installed pack "${id}"` };
      await this.apply(plan.ops);
      await this.read();
      return { ok: true };
    });
  }

  /** Remove an imported pack (the bundled one can only be switched off). */
  remove(id: string): Promise<{ ok: true } | { ok: false; error: string }> {
    return this.serial(async () => {
      if (id === this.bundled.id) return { ok: false, error: 'the bundled pack cannot be removed; switch it off instead' };
      await this.read();
      const plan = planRemove(this.loaded.index, id);
      if (!plan) return { ok: false, error: `no installed pack "${id}"` };
      const [unlist, ...tidy] = plan.ops as [StorageOp, ...StorageOp[]];
      await this.apply([unlist]);
      await this.apply(tidy).catch(() => undefined);
      await this.read();
      return { ok: true };
    });
  }

  /** Run changes one at a time: each reads the state the previous one left. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply(ops: readonly StorageOp[]): Promise<void> {
    for (const op of ops) {
      if ('set' in op) await this.store.set(op.set);
      else await this.store.remove(op.remove);
    }
  }

  private async read(): Promise<void> {
    const stored = await this.store.get([PACK_INDEX_KEY]);
    this.loaded = loadPackIndex(stored[PACK_INDEX_KEY]);
    const missing = this.loaded.index.imported.map((r) => r.key).filter((k) => !this.cache.has(k));
    this.fill(missing.length > 0 ? await this.store.get(missing) : {});
  }

  /** Validate the packs the index lists that `stored` holds, then rebuild the list. */
  private fill(stored: Record<string, unknown>): void {
    const listed = new Set(this.loaded.index.imported.map((r) => r.key));
    for (const key of this.cache.keys()) if (!listed.has(key)) this.cache.delete(key);
    for (const record of this.loaded.index.imported) {
      if (this.cache.has(record.key)) continue;
      this.cache.set(record.key, this.readStored(stored[record.key], record.id));
    }
    this.rebuild();
  }

  private readStored(value: unknown, id: string): Stored {
    const leftOut = (why: string) => ({ problem: `The pack "${id}" could not be read from storage (${why}), so it is left out. Import it again to restore it.` });
    if (value === undefined) return leftOut('it is missing');
    const check = validatePack(value, this.clock.today());
    const error = check.problems.find((p: Problem) => p.severity === 'error');
    if (!check.pack || error) return leftOut(error ? describeProblem(error) : 'it is not a pack');
    if (check.pack.id !== id) return leftOut(`it holds the pack "${check.pack.id}"`);
    return { pack: check.pack, index: lazyIndex(check.pack) };
  }

  private rebuild(): void {
    const { index, notice } = this.loaded;
    const list: InstalledPack[] = [{ ...this.bundledPack, enabled: index.bundledEnabled }];
    const notices = notice ? [notice] : [];
    for (const record of index.imported) {
      const stored = this.cache.get(record.key);
      if (!stored) continue;
      if ('problem' in stored) notices.push(stored.problem);
      else list.push({ pack: stored.pack, bundled: false, enabled: record.enabled, importedAt: record.importedAt, index: stored.index });
    }
    this.list = list;
    this.packNotices = notices;
  }

  private installedIds(): InstalledPackIds[] {
    return this.list.map((p) => ({ id: p.pack.id, name: p.pack.name, bundled: p.bundled, entryIds: p.pack.entries.map((e) => e.id) }));
  }

  private refused(problems: readonly Problem[]): ImportResult {
    const { lines, more } = describeProblems(problems, MAX_LISTED_PROBLEMS);
    return { imported: false, problems: lines, more };
  }

  private refusedByStorage(error: unknown): ImportResult {
    const why = error instanceof Error ? error.message : String(error);
    const full = /quota/i.test(why) ? ' Its storage for Backstory is full: remove a pack you no longer use and try again.' : '';
    return { imported: false, problems: [`The browser refused to store the pack (${why}).${full}`], more: 0 };
  }
}
