import type { MutedEntry } from '../core/mutes.ts';
import { ENTRY_KINDS, type EntryKind } from '../core/types.ts';
import { kindEvery, kindLabel, kindPlural } from './format-card-text.ts';
import { t } from './i18n.ts';

/** Props of {@link MutedList}. */
export interface MutedListProps {
  /** Entries muted from cards, oldest first. */
  mutes: MutedEntry[];
  /** Which kinds are marked (a kind turned off is a muted kind). */
  kinds: Record<EntryKind, boolean>;
  /** Why stored mutes could not all be read, if they could not. */
  notice: string | null;
  onUnmute: (id: string) => void;
  onMarkKind: (kind: EntryKind) => void;
}

/** The options' "Muted" section: everything the reader chose not to mark, each with an undo. */
export function MutedList({ mutes, kinds, notice, onUnmute, onMarkKind }: MutedListProps) {
  const kindsOff = ENTRY_KINDS.filter((k) => !kinds[k]);
  return (
    <section aria-labelledby="muted-title">
      <h2 id="muted-title">{t('mutedHeading')}</h2>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      {mutes.length === 0 && kindsOff.length === 0 ? (
        <p class="muted">{t('mutedNone')}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('mutedNotMarked')}</th>
                <th scope="col">{t('mutedKind')}</th>
                <th scope="col">
                  <span class="muted">{t('optionsUndo')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mutes.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{kindLabel(m.kind)}</td>
                  <td>
                    <button type="button" class="secondary" aria-label={t('mutedMarkAgainLabel', m.name)} onClick={() => onUnmute(m.id)}>
                      {t('mutedMarkAgain')}
                    </button>
                  </td>
                </tr>
              ))}
              {kindsOff.map((kind) => (
                <tr key={kind}>
                  <td>{t('mutedAllOfKind', kindPlural(kind))}</td>
                  <td>{kindEvery(kind)}</td>
                  <td>
                    <button type="button" class="secondary" aria-label={t('mutedMarkAgainLabel', kindPlural(kind))} onClick={() => onMarkKind(kind)}>
                      {t('mutedMarkAgain')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted">{t('mutedHint')}</p>
        </>
      )}
    </section>
  );
}
