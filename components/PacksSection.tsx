import { useState } from 'preact/hooks';
import type { PackInfo } from '../core/messages.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { MAX_PACK_FILE_BYTES } from '../core/pack-limits.ts';

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
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

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
      <h2 id="packs-heading">Packs</h2>
      <p class="muted">Packs are the context Backstory marks pages with. Only packs that are on are used.</p>
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
                  aria-label={`Use ${pack.name}`}
                  checked={pack.enabled}
                  onChange={(e) => onSetEnabled(pack.id, e.currentTarget.checked)}
                />
                <span aria-hidden="true">{pack.enabled ? 'On' : 'Off'}</span>
              </label>
            </div>
            <p class="muted pack-meta">
              by {pack.publisher} · version {pack.version} · {count(pack.entries, 'entry', 'entries')} ·{' '}
              {pack.bundled ? 'comes with Backstory' : `imported ${pack.importedAt?.slice(0, 10) ?? ''}`}
            </p>
            {pack.changelog.length > 0 ? (
              <details>
                <summary>What changed ({count(pack.changelog.length, 'update', 'updates')})</summary>
                <dl class="changelog">
                  {pack.changelog.map((day) => (
                    <div key={day.date}>
                      <dt>
                        <time dateTime={day.date}>{formatPartialDate(day.date)}</time>
                      </dt>
                      {day.changes.map((change, i) => (
                        <dd key={i}>{change}</dd>
                      ))}
                    </div>
                  ))}
                </dl>
              </details>
            ) : (
              <p class="muted">No changelog yet.</p>
            )}
            <div class="pack-actions">
              <button type="button" class="secondary" aria-label={`Export ${pack.name}`} onClick={() => onExport(pack.id)}>
                Export
              </button>
              {!pack.bundled &&
                (confirming === pack.id ? (
                  <span role="group" aria-label={`Confirm removing ${pack.name}`} class="confirm">
                    Remove “{pack.name}” and its {count(pack.entries, 'entry', 'entries')}?
                    <button
                      type="button"
                      class="danger"
                      onClick={() => {
                        setConfirming(null);
                        onRemove(pack.id);
                      }}
                    >
                      Remove
                    </button>
                    <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </span>
                ) : (
                  <button type="button" class="secondary" aria-label={`Remove ${pack.name}`} onClick={() => setConfirming(pack.id)}>
                    Remove…
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>

      <h3>Import a pack</h3>
      <label class="file-pick">
        Choose a pack file (JSON, up to {LIMIT_MB} MB)
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
      <p class="muted">Or drop a pack file anywhere in this section. The file is checked in full before anything changes.</p>
      <p role="status" aria-live="polite">
        {importState.status === 'working' ? `Checking “${importState.fileName}”…` : importState.status === 'imported' ? importState.message : ''}
      </p>
      {importState.status === 'refused' && (
        <div role="alert" class="import-problems">
          <p>
            <strong>“{importState.fileName}” was not imported.</strong> Nothing was changed.{' '}
            {importState.problems.length + importState.more === 1 ? 'The problem:' : `The ${count(importState.problems.length + importState.more, 'problem', 'problems')}:`}
          </p>
          <ul>
            {importState.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
          {importState.more > 0 && <p>…and {count(importState.more, 'more problem', 'more problems')}.</p>}
        </div>
      )}
    </section>
  );
}
