import { PacksSection, type PacksSectionProps } from './PacksSection.tsx';
import type { Correction } from '../core/corrections.ts';
import { HOVER_DELAY_RANGE, normalizeHostname, type Settings } from '../core/settings.ts';
import { ENTRY_KINDS, type EntryKind } from '../core/types.ts';
import { kindLabel } from './format-card-text.ts';
import type { MutedEntry } from '../core/mutes.ts';
import { endOfLocalDay, isPaused } from '../core/reader-controls.ts';
import { MutedList } from './MutedList.tsx';

/** Props of {@link OptionsPage}. */
export interface OptionsPageProps {
  settings: Settings;
  /** Why stored settings were reset to the defaults, if they were. */
  notice: string | null;
  /** "Saved." after a change. */
  status: string | null;
  /** The packs section: installed packs and the import. */
  packs: PacksSectionProps;
  /** Marks the reader reported as wrong. */
  corrections: Correction[];
  onChange: (settings: Settings) => void;
  onReset: () => void;
  onUndoCorrection: (correction: Correction) => void;
  onExportCorrections: () => void;
  /** Entries muted from cards, and why some could not be read, if they could not. */
  mutes: MutedEntry[];
  mutesNotice: string | null;
  onUnmute: (id: string) => void;
  /** The clock (ms since the epoch), for the pause: a prop, so "today" is testable. */
  now: () => number;
}

function sitesFrom(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map(normalizeHostname).filter((h): h is string => h !== null))];
}

/** Everything the reader controls, in plain words. */
export function OptionsPage(props: OptionsPageProps) {
  const { settings, notice, status, packs, corrections, onChange, onReset, onUndoCorrection, onExportCorrections, mutes, mutesNotice, onUnmute, now } = props;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  const setKind = (kind: EntryKind, on: boolean) => set('kinds', { ...settings.kinds, [kind]: on });
  return (
    <main>
      <h1>Backstory</h1>
      <p class="muted">Context for the news you read. Everything runs in your browser; nothing you read is sent anywhere.</p>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      <p role="status" aria-live="polite" class="muted">
        {status ?? ''}
      </p>

      <h2>Where Backstory reads</h2>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
        Backstory is on
      </label>
      {isPaused(settings, now()) ? (
        <p class="pause">
          <span>Paused for the rest of today: nothing is marked until midnight.</span>
          <button type="button" onClick={() => set('pausedUntil', null)}>
            Resume now
          </button>
        </p>
      ) : (
        <p class="pause">
          <button type="button" class="secondary" onClick={() => set('pausedUntil', endOfLocalDay(new Date(now())))}>
            Pause for today
          </button>
          <span class="muted">Marks nothing until midnight, then comes back by itself.</span>
        </p>
      )}
      <fieldset>
        <legend>Sites</legend>
        <label>
          <input type="radio" name="site-mode" checked={settings.siteMode === 'all'} onChange={() => set('siteMode', 'all')} />
          On every site, except these:
        </label>
        <textarea
          aria-label="Sites where Backstory stays off, one per line"
          disabled={settings.siteMode !== 'all'}
          value={settings.disabledSites.join('\n')}
          onChange={(e) => set('disabledSites', sitesFrom(e.currentTarget.value))}
        />
        <label>
          <input type="radio" name="site-mode" checked={settings.siteMode === 'listed'} onChange={() => set('siteMode', 'listed')} />
          Only on these sites:
        </label>
        <textarea
          aria-label="The only sites where Backstory reads, one per line"
          disabled={settings.siteMode !== 'listed'}
          value={settings.listedSites.join('\n')}
          onChange={(e) => set('listedSites', sitesFrom(e.currentTarget.value))}
        />
      </fieldset>

      <h2>What is marked</h2>
      <fieldset>
        <legend>Kinds</legend>
        {ENTRY_KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={settings.kinds[kind]} onChange={(e) => setKind(kind, e.currentTarget.checked)} />
            {kindLabel(kind)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Mentions</legend>
        <label>
          <input type="radio" name="mentions" checked={settings.mentions === 'all'} onChange={() => set('mentions', 'all')} />
          Every mention
        </label>
        <label>
          <input
            type="radio"
            name="mentions"
            checked={settings.mentions === 'first-per-section'}
            onChange={() => set('mentions', 'first-per-section')}
          />
          Only the first mention in each section
        </label>
      </fieldset>
      <fieldset>
        <legend>Where</legend>
        <label>
          <input type="radio" name="panel-only" checked={!settings.panelOnly} onChange={() => set('panelOnly', false)} />
          Mark names in the text, and list them in the context panel
        </label>
        <label>
          <input type="radio" name="panel-only" checked={settings.panelOnly} onChange={() => set('panelOnly', true)} />
          Panel only: mark nothing in the text; the context panel still lists everything recognised
        </label>
      </fieldset>

      <h2>Cards</h2>
      <label>
        Open a card after resting the pointer for
        <input
          type="number"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => {
            const ms = Math.round(Number(e.currentTarget.value));
            if (ms >= HOVER_DELAY_RANGE.min && ms <= HOVER_DELAY_RANGE.max) set('hoverDelayMs', ms);
          }}
        />
        ms
      </label>
      <label>
        Theme
        <select value={settings.theme} onChange={(e) => set('theme', e.currentTarget.value as Settings['theme'])}>
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>

      <PacksSection {...packs} />

      <MutedList mutes={mutes} kinds={settings.kinds} notice={mutesNotice} onUnmute={onUnmute} onMarkKind={(kind) => setKind(kind, true)} />

      <h2>Reported matches</h2>
      {corrections.length === 0 ? (
        <p class="muted">No marks reported as wrong. Use “Wrong match?” on a card to hide one.</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Words</th>
                <th scope="col">Marked as</th>
                <th scope="col">Hidden on</th>
                <th scope="col">
                  <span class="muted">Undo</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {corrections.map((c) => (
                <tr key={`${c.scope}${c.where}${c.entityId}${c.surface}`}>
                  <td>{c.surface}</td>
                  <td>{c.entityId}</td>
                  <td>{c.scope === 'site' ? `all of ${c.where}` : c.where}</td>
                  <td>
                    <button type="button" class="secondary" aria-label={`Show “${c.surface}” again`} onClick={() => onUndoCorrection(c)}>
                      Show again
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" onClick={onExportCorrections}>
              Export the list for the pack's authors
            </button>
          </p>
        </>
      )}

      <h2>Start over</h2>
      <button type="button" class="secondary" onClick={onReset}>
        Reset all settings
      </button>
    </main>
  );
}
