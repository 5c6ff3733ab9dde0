import type { EntryKind } from '../core/types.ts';
import { kindPlural, kindThis } from './format-card-text.ts';
import { t } from './i18n.ts';

/** Props of {@link MuteControls}. */
export interface MuteControlsProps {
  kind: EntryKind;
  /** Called for the reader's own clicks only: stop marking this entry, or every entry of its kind. */
  onMute: (scope: 'entity' | 'kind') => void;
}

/** "Don't mark this person" / "Don't mark people": muting from the card; undone in the options. */
export function MuteControls({ kind, onMute }: MuteControlsProps) {
  return (
    <div class="bs-mute" role="group" aria-label={t('cardMuteGroup')}>
      {/* Only the reader's own clicks count: a page cannot mute on their behalf. */}
      <button type="button" class="bs-button-quiet" onClick={(e) => e.isTrusted && onMute('entity')}>
        {t('cardMuteEntity', kindThis(kind))}
      </button>
      <button type="button" class="bs-button-quiet" onClick={(e) => e.isTrusted && onMute('kind')}>
        {t('cardMuteKind', kindPlural(kind))}
      </button>
    </div>
  );
}
