import { PacksSection, type PacksSectionProps } from './PacksSection.tsx';
import type { Correction } from '../core/corrections.ts';
import { HOVER_DELAY_RANGE, normalizeHostname, type Settings } from '../core/settings.ts';
import { ENTRY_KINDS, type EntryKind } from '../core/types.ts';
import { kindLabel } from './format-card-text.ts';
import type { MutedEntry } from '../core/mutes.ts';
import { endOfLocalDay, isPaused } from '../core/reader-controls.ts';
import { MutedList } from './MutedList.tsx';
import { t } from './i18n.ts';
import { SiteAccess, type SiteAccessProps } from './SiteAccess.tsx';

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
  /** Which sites the browser lets Backstory read, and the reader's requests to change it. */
  access: SiteAccessProps;
}

function sitesFrom(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map(normalizeHostname).filter((h): h is string => h !== null))];
}

/** Everything the reader controls, in plain words. */
export function OptionsPage(props: OptionsPageProps) {
  const { settings, notice, status, packs, corrections, onChange, onReset, onUndoCorrection, onExportCorrections, mutes, mutesNotice, onUnmute, now, access } = props;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  const setKind = (kind: EntryKind, on: boolean) => set('kinds', { ...settings.kinds, [kind]: on });
  return (
    <main>
      <h1>{t('extensionName')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      <p role="status" aria-live="polite" class="muted">
        {status ?? ''}
      </p>

      <SiteAccess {...access} />

      <h2>{t('optionsWhereHeading')}</h2>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
        {t('optionsEnabled')}
      </label>
      {isPaused(settings, now()) ? (
        <p class="pause">
          <span>{t('optionsPaused')}</span>
          <button type="button" onClick={() => set('pausedUntil', null)}>
            {t('optionsResume')}
          </button>
        </p>
      ) : (
        <p class="pause">
          <button type="button" class="secondary" onClick={() => set('pausedUntil', endOfLocalDay(new Date(now())))}>
            {t('optionsPause')}
          </button>
          <span class="muted">{t('optionsPauseHint')}</span>
        </p>
      )}
      <fieldset>
        <legend>{t('optionsSites')}</legend>
        <label>
          <input type="radio" name="site-mode" checked={settings.siteMode === 'all'} onChange={() => set('siteMode', 'all')} />
          {t('optionsSitesAll')}
        </label>
        <textarea
          aria-label={t('optionsSitesAllLabel')}
          disabled={settings.siteMode !== 'all'}
          value={settings.disabledSites.join('\n')}
          onChange={(e) => set('disabledSites', sitesFrom(e.currentTarget.value))}
        />
        <label>
          <input type="radio" name="site-mode" checked={settings.siteMode === 'listed'} onChange={() => set('siteMode', 'listed')} />
          {t('optionsSitesListed')}
        </label>
        <textarea
          aria-label={t('optionsSitesListedLabel')}
          disabled={settings.siteMode !== 'listed'}
          value={settings.listedSites.join('\n')}
          onChange={(e) => set('listedSites', sitesFrom(e.currentTarget.value))}
        />
      </fieldset>

      <h2>{t('optionsWhatHeading')}</h2>
      <fieldset>
        <legend>{t('optionsKinds')}</legend>
        {ENTRY_KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={settings.kinds[kind]} onChange={(e) => setKind(kind, e.currentTarget.checked)} />
            {kindLabel(kind)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsMentions')}</legend>
        <label>
          <input type="radio" name="mentions" checked={settings.mentions === 'all'} onChange={() => set('mentions', 'all')} />
          {t('optionsMentionsAll')}
        </label>
        <label>
          <input
            type="radio"
            name="mentions"
            checked={settings.mentions === 'first-per-section'}
            onChange={() => set('mentions', 'first-per-section')}
          />
          {t('optionsMentionsFirst')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsWhereMarked')}</legend>
        <label>
          <input type="radio" name="panel-only" checked={!settings.panelOnly} onChange={() => set('panelOnly', false)} />
          {t('optionsMarkInText')}
        </label>
        <label>
          <input type="radio" name="panel-only" checked={settings.panelOnly} onChange={() => set('panelOnly', true)} />
          {t('optionsPanelOnly')}
        </label>
      </fieldset>

      <h2>{t('optionsCardsHeading')}</h2>
      <label>
        {t('optionsHoverDelay')}
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
        {t('optionsMilliseconds')}
      </label>
      <label>
        {t('optionsTheme')}
        <select value={settings.theme} onChange={(e) => set('theme', e.currentTarget.value as Settings['theme'])}>
          <option value="system">{t('optionsThemeSystem')}</option>
          <option value="light">{t('optionsThemeLight')}</option>
          <option value="dark">{t('optionsThemeDark')}</option>
        </select>
      </label>

      <PacksSection {...packs} />

      <MutedList mutes={mutes} kinds={settings.kinds} notice={mutesNotice} onUnmute={onUnmute} onMarkKind={(kind) => setKind(kind, true)} />

      <h2>{t('optionsReportedHeading')}</h2>
      {corrections.length === 0 ? (
        <p class="muted">{t('optionsReportedNone')}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('optionsReportedWords')}</th>
                <th scope="col">{t('optionsReportedAs')}</th>
                <th scope="col">{t('optionsReportedWhere')}</th>
                <th scope="col">
                  <span class="muted">{t('optionsUndo')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {corrections.map((c) => (
                <tr key={`${c.scope}${c.where}${c.entityId}${c.surface}`}>
                  <td>{c.surface}</td>
                  <td>{c.entityId}</td>
                  <td>{c.scope === 'site' ? t('optionsReportedSite', c.where) : c.where}</td>
                  <td>
                    <button type="button" class="secondary" aria-label={t('optionsShowAgainLabel', c.surface)} onClick={() => onUndoCorrection(c)}>
                      {t('optionsShowAgain')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" onClick={onExportCorrections}>
              {t('optionsExportReported')}
            </button>
          </p>
        </>
      )}

      <h2>{t('optionsStartOverHeading')}</h2>
      <button type="button" class="secondary" onClick={onReset}>
        {t('optionsReset')}
      </button>
    </main>
  );
}
