/**
 * The options page: reads and writes the reader's settings and lists the installed packs. It is
 * the only place settings change (content scripts never write them).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import type { LoadedSettings, Settings } from '../../core/settings.ts';
import { defaultSettings } from '../../core/settings.ts';
import type { PackInfo } from '../../core/messages.ts';
import { readSettings, watchSettings, writeSettings } from '../../utils/settings-store.ts';
import { sendRequest } from '../../utils/messaging.ts';
import type { Correction } from '../../core/corrections.ts';
import { readCorrections, watchCorrections, writeCorrections } from '../../utils/corrections-store.ts';
import type { LoadedMutes } from '../../core/mutes.ts';
import { removeMute } from '../../core/mutes.ts';
import { readMutes, watchMutes, writeMutes } from '../../utils/mutes-store.ts';
import './options.css';

function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [packs, setPacks] = useState<PackInfo[]>([]);
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

  // Show the pause ending at midnight if the page is still open then.
  const pausedUntil = loaded?.settings.pausedUntil ?? null;
  useEffect(() => {
    const wait = pausedUntil === null ? 0 : pausedUntil - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setTick((t) => t + 1), Math.min(wait + 100, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [pausedUntil]);

  useEffect(() => {
    void sendRequest({ type: 'packs' }).then((answer) => answer.ok && setPacks(answer.packs));
  }, []);

  const save = async (settings: Settings) => {
    setLoaded({ settings, notice: null });
    await writeSettings(settings);
    setSaved('Saved.');
  };

  if (!loaded) return <p>Loading…</p>;
  return (
    <OptionsPage
      settings={loaded.settings}
      notice={loaded.notice}
      status={saved}
      packs={packs}
      onChange={(settings) => void save(settings)}
      onReset={() => void save(defaultSettings())}
      corrections={corrections}
      onUndoCorrection={(c) => void writeCorrections(corrections.filter((x) => x !== c))}
      onExportCorrections={() => exportCorrections(corrections)}
      mutes={mutes.mutes}
      mutesNotice={mutes.notice}
      onUnmute={(id) => void writeMutes(removeMute(mutes.mutes, id))}
      now={Date.now}
    />
  );
}

/** Save the list as a JSON file the reader can send to a pack's authors. */
function exportCorrections(corrections: Correction[]): void {
  const file = new Blob([JSON.stringify({ format: 'backstory-corrections', version: 1, corrections }, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = 'backstory-reported-matches.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

render(<App />, document.getElementById('app')!);
