import type { EntryKind } from '../core/types.ts';
import { kindPlural } from './format-card-text.ts';

/** Props of {@link MuteControls}. */
export interface MuteControlsProps {
  kind: EntryKind;
  /** Called for the reader's own clicks only: stop marking this entry, or every entry of its kind. */
  onMute: (scope: 'entity' | 'kind') => void;
}

const THIS: Record<EntryKind, string> = {
  person: 'this person',
  organisation: 'this organisation',
  place: 'this place',
  event: 'this event',
  // A topic is a subject, not a name: muting it mutes its loaded terms as well.
  topic: 'this topic',
  work: 'this work',
  outlet: 'this publication',
};

/** "Don't mark this person" / "Don't mark people": muting from the card; undone in the options. */
export function MuteControls({ kind, onMute }: MuteControlsProps) {
  return (
    <div class="bs-mute" role="group" aria-label="Stop marking (undo in the options)">
      {/* Only the reader's own clicks count: a page cannot mute on their behalf. */}
      <button type="button" class="bs-button-quiet" onClick={(e) => e.isTrusted && onMute('entity')}>
        Don't mark {THIS[kind]}
      </button>
      <button type="button" class="bs-button-quiet" onClick={(e) => e.isTrusted && onMute('kind')}>
        Don't mark {kindPlural(kind)}
      </button>
    </div>
  );
}
