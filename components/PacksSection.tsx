import { useState } from 'preact/hooks';
import type { PackInfo } from '../core/messages.ts';
import { MAX_PACK_FILE_BYTES } from '../core/pack-limits.ts';
import { formatDate, formatNumber, t, tCount } from './i18n.ts';

/** Where an import stands, for the reader. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; fileName: string }
  | { status: 'imported'; message: string }
  | { status: 'refused'; fileName: string; problems: string[]; more: number };

/** Props of {@link PacksSection}. */
export interface PacksSectionProps {
  /** Every installed pack, bundled first. */
  packs: PackInfo[];
  /** Packs that could not be read from storage, in plain words. */
  notices: string[];
  importState: ImportState;
  /** A file the reader chose or dropped; nothing has read it yet. */
  onImportFile: (file: File) => void;
  onSetEnabled: (id: string, enabled: boolean) => void;
  /** Called once the reader has confirmed. */
  onRemove: (id: string) => void;
  onExport: (id: string) => void;
}

const LIMIT_MB = Math.round(MAX_PACK_FILE_BYTES / (1024 * 1024));

/** The installed packs, each with its switch, changelog, export and removal, and the import. */
export function PacksSection({ packs, notices, importState, onImportFile, onSetEnabled, onRemove, onExport }: PacksSectionProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const carriesFiles = (event: DragEvent) => Boolean(event.dataTransfer && [...event.dataTransfer.types].includes('Files'));

  return (
    <section
      class={`packs${dropping ? ' dropping' : ''}`}
      aria-labelledby="packs-heading"
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault(); // without this the browser would open the file instead
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!(event.currentTarget as Node).contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDropping(false);
        const file = event.dataTransfer?.files[0];
        if (file) onImportFile(file);
      }}
    >
      <h2 id="packs-heading">{t('packsHeading')}</h2>
      <p class="muted">{t('packsIntro')}</p>
      {notices.map((notice) => (
        <p key={notice} class="notice" role="alert">
          {notice}
        </p>
      ))}
      <ul class="pack-list">
        {packs.map((pack) => (
          <li key={pack.id} class="pack" aria-labelledby={`pack-${pack.id}`}>
            <div class="pack-head">
              <h3 id={`pack-${pack.id}`}>{pack.name}</h3>
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  aria-label={t('packsUse', pack.name)}
                  checked={pack.enabled}
                  onChange={(e) => onSetEnabled(pack.id, e.currentTarget.checked)}
                />
                <span aria-hidden="true">{pack.enabled ? t('packsOn') : t('packsOff')}</span>
              </label>
            </div>
            <p class="muted pack-meta">
              {t(
                'packsMeta',
                pack.publisher,
                pack.version,
                tCount(pack.entries, 'packsEntriesOne', 'packsEntriesMany'),
                pack.bundled ? t('packsBundled') : t('packsImportedOn', pack.importedAt?.slice(0, 10) ?? ''),
              )}
            </p>
            {pack.changelog.length > 0 ? (
              <details>
                <summary>{tCount(pack.changelog.length, 'packsChangesOne', 'packsChangesMany')}</summary>
                <dl class="changelog">
                  {pack.changelog.map((day) => (
                    <div key={day.date}>
                      <dt>
                        <time dateTime={day.date}>{formatDate(day.date)}</time>
                      </dt>
                      {day.changes.map((change, i) => (
                        <dd key={i}>{change}</dd>
                      ))}
                    </div>
                  ))}
                </dl>
              </details>
            ) : (
              <p class="muted">{t('packsNoChangelog')}</p>
            )}
            <div class="pack-actions">
              <button type="button" class="secondary" aria-label={t('packsExportLabel', pack.name)} onClick={() => onExport(pack.id)}>
                {t('packsExport')}
              </button>
              {!pack.bundled &&
                (confirming === pack.id ? (
                  <span role="group" aria-label={t('packsConfirmLabel', pack.name)} class="confirm">
                    {t('packsConfirm', pack.name, tCount(pack.entries, 'packsEntriesOne', 'packsEntriesMany'))}
                    <button
                      type="button"
                      class="danger"
                      onClick={() => {
                        setConfirming(null);
                        onRemove(pack.id);
                      }}
                    >
                      {t('packsRemove')}
                    </button>
                    <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                      {t('packsKeep')}
                    </button>
                  </span>
                ) : (
                  <button type="button" class="secondary" aria-label={t('packsRemoveLabel', pack.name)} onClick={() => setConfirming(pack.id)}>
                    {t('packsRemoveAsk')}
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>

      <h3>{t('packsImportHeading')}</h3>
      <label class="file-pick">
        {t('packsChooseFile', formatNumber(LIMIT_MB))}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Clear it, so choosing the same file again (after fixing it) is a change too.
            input.value = '';
            if (file) onImportFile(file);
          }}
        />
      </label>
      <p class="muted">{t('packsDrop')}</p>
      <p role="status" aria-live="polite">
        {importState.status === 'working' ? t('packsChecking', importState.fileName) : importState.status === 'imported' ? importState.message : ''}
      </p>
      {importState.status === 'refused' && (
        <div role="alert" class="import-problems">
          <p>
            <strong>{t('packsNotImported', importState.fileName)}</strong> {t('packsNothingChanged')}{' '}
            {tCount(importState.problems.length + importState.more, 'packsProblemOne', 'packsProblemsMany')}
          </p>
          <ul>
            {importState.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
          {importState.more > 0 && <p>{tCount(importState.more, 'packsMoreProblemsOne', 'packsMoreProblemsMany')}</p>}
        </div>
      )}
    </section>
  );
}
