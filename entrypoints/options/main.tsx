/**
 * The options page: reads and writes the reader's settings, and manages the installed packs
 * through the worker (which alone writes them). It is the only place settings and packs change
 * (content scripts never write them).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import type { LoadedSettings, Settings } from '../../core/settings.ts';
import { defaultSettings } from '../../core/settings.ts';
import type { PackInfo } from '../../core/messages.ts';
import { PACK_INDEX_KEY } from '../../core/pack-storage.ts';
import type { ImportState } from '../../components/PacksSection.tsx';
import { importPackFile } from '../../utils/import-pack-file.ts';
import { readSettings, watchSettings, writeSettings } from '../../utils/settings-store.ts';
import { sendRequest } from '../../utils/messaging.ts';
import type { Correction } from '../../core/corrections.ts';
import { readCorrections, watchCorrections, writeCorrections } from '../../utils/corrections-store.ts';
import type { LoadedMutes } from '../../core/mutes.ts';
import { removeMute } from '../../core/mutes.ts';
import { readMutes, watchMutes, writeMutes } from '../../utils/mutes-store.ts';
import { t } from '../../components/i18n.ts';
import { useSiteAccess } from '../../utils/use-site-access.ts';
import './options.css';

function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [packs, setPacks] = useState<PackInfo[]>([]);
  const [packNotices, setPackNotices] = useState<string[]>([]);
  const [importState, setImportState] = useState<ImportState>({ status: 'idle' });
  const [saved, setSaved] = useState<string | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [mutes, setMutes] = useState<LoadedMutes>({ mutes: [], notice: null });
  // Bumped to render again when a pause ends while this page is open.
  const [, setTick] = useState(0);

  useEffect(() => {
    void readSettings().then(setLoaded);
    void readCorrections().then(setCorrections);
    void readMutes().then(setMutes);
    // A card can mute a kind or an entry while this page is open: show it, and never save over it.
    const unwatch = [watchCorrections(setCorrections), watchMutes(setMutes), watchSettings(setLoaded)];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const refreshPacks = async () => {
    const answer = await sendRequest({ type: 'packs' });
    if (answer.ok) {
      setPacks(answer.packs);
      setPackNotices(answer.notices);
    } else setPackNotices([t('packsNotListed', answer.error)]);
  };

  // Show the pause ending at midnight if the page is still open then.
  const pausedUntil = loaded?.settings.pausedUntil ?? null;
  useEffect(() => {
    const wait = pausedUntil === null ? 0 : pausedUntil - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setTick((t) => t + 1), Math.min(wait + 100, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [pausedUntil]);

  useEffect(() => {
    void refreshPacks();
    // Another options tab may change the packs too.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PACK_INDEX_KEY in changes) void refreshPacks();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const importFile = async (file: File) => {
    setImportState({ status: 'working', fileName: file.name });
    const state = await importPackFile(file, (text) => sendRequest({ type: 'import-pack', text }));
    // The list first, so that when the result is announced the list already shows it.
    await refreshPacks();
    setImportState(state);
  };

  const changePack = async (request: { type: 'set-pack-enabled'; id: string; enabled: boolean } | { type: 'remove-pack'; id: string }) => {
    const answer = await sendRequest(request);
    setSaved(answer.ok ? t('optionsSaved') : t('optionsNotSaved', answer.error));
    await refreshPacks();
  };

  const exportPack = async (id: string) => {
    const answer = await sendRequest({ type: 'export-pack', id });
    if (!answer.ok) return setSaved(t('optionsNotExported', answer.error));
    const { pack } = answer;
    download(`${pack.id}-${pack.version}.json`, JSON.stringify(pack, null, 2));
  };

  const save = async (settings: Settings) => {
    setLoaded({ settings, notice: null });
    await writeSettings(settings);
    setSaved(t('optionsSaved'));
  };

  const access = useSiteAccess();
  if (!loaded) return <p>{t('optionsLoading')}</p>;
  return (
    <OptionsPage
      settings={loaded.settings}
      notice={loaded.notice}
      status={saved}
      packs={{
        packs,
        notices: packNotices,
        importState,
        onImportFile: (file) => void importFile(file),
        onSetEnabled: (id, enabled) => void changePack({ type: 'set-pack-enabled', id, enabled }),
        onRemove: (id) => void changePack({ type: 'remove-pack', id }),
        onExport: (id) => void exportPack(id),
      }}
      onChange={(settings) => void save(settings)}
      onReset={() => void save(defaultSettings())}
      corrections={corrections}
      onUndoCorrection={(c) => void writeCorrections(corrections.filter((x) => x !== c))}
      onExportCorrections={() => exportCorrections(corrections)}
      mutes={mutes.mutes}
      mutesNotice={mutes.notice}
      onUnmute={(id) => void writeMutes(removeMute(mutes.mutes, id))}
      now={Date.now}
      access={access}
    />
  );
}

/** Save the list as a JSON file the reader can send to a pack's authors. */
function exportCorrections(corrections: Correction[]): void {
  download('backstory-reported-matches.json', JSON.stringify({ format: 'backstory-corrections', version: 1, corrections }, null, 2));
}

/** Hand `text` to the browser as a file download, from memory: nothing goes over the network. */
function download(fileName: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
