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
import { readSettings, writeSettings } from '../../utils/settings-store.ts';
import { sendRequest } from '../../utils/messaging.ts';
import './options.css';

function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [packs, setPacks] = useState<PackInfo[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    void readSettings().then(setLoaded);
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
    />
  );
}

render(<App />, document.getElementById('app')!);
