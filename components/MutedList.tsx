import type { MutedEntry } from '../core/mutes.ts';
import { ENTRY_KINDS, type EntryKind } from '../core/types.ts';
import { kindLabel, kindPlural } from './format-card-text.ts';

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
      <h2 id="muted-title">Muted</h2>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      {mutes.length === 0 && kindsOff.length === 0 ? (
        <p class="muted">Nothing muted. “Don't mark…” on a card stops marking a name, a topic or a whole kind.</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Not marked</th>
                <th scope="col">Kind</th>
                <th scope="col">
                  <span class="muted">Undo</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mutes.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{kindLabel(m.kind)}</td>
                  <td>
                    <button type="button" class="secondary" aria-label={`Mark ${m.name} again`} onClick={() => onUnmute(m.id)}>
                      Mark again
                    </button>
                  </td>
                </tr>
              ))}
              {kindsOff.map((kind) => (
                <tr key={kind}>
                  <td>All {kindPlural(kind)}</td>
                  <td>Every {kindLabel(kind).toLowerCase()}</td>
                  <td>
                    <button type="button" class="secondary" aria-label={`Mark ${kindPlural(kind)} again`} onClick={() => onMarkKind(kind)}>
                      Mark again
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted">Muted names are still listed in the context panel, labelled “muted”.</p>
        </>
      )}
    </section>
  );
}
