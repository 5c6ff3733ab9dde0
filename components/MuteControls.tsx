import type { EntryKind } from '../core/types.ts';
import { kindPlural, kindThis } from './format-card-text.ts';
import { t } from './i18n.ts';

/** Props of {@link MuteControls}. */
export interface MuteControlsProps {
  kind: EntryKind;
  /** Called for the reader's own clicks only: stop marking this entry, or every entry of its kind. */
  onMute: (scope: 'entity' | 'kind') => void;
  /** Whether a click counts, beyond being the reader's own (see BackstoryCard's `clickCounts`). */
  clickCounts?: (event: MouseEvent) => boolean;
}

/** "Don't mark this person" / "Don't mark people": muting from the card; undone in the options. */
export function MuteControls({ kind, onMute, clickCounts = () => true }: MuteControlsProps) {
  // Only the reader's own clicks count: a page cannot mute on their behalf.
  const mute = (scope: 'entity' | 'kind') => (e: MouseEvent) => {
    if (e.isTrusted && clickCounts(e)) onMute(scope);
  };
  return (
    <div class="bs-mute" role="group" aria-label={t('cardMuteGroup')}>
      <button type="button" class="bs-button-quiet" onClick={mute('entity')}>
        {t('cardMuteEntity', kindThis(kind))}
      </button>
      <button type="button" class="bs-button-quiet" onClick={mute('kind')}>
        {t('cardMuteKind', kindPlural(kind))}
      </button>
    </div>
  );
}
