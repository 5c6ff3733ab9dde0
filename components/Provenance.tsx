import type { ChangelogItem, Source } from '../core/types.ts';
import { SourceList } from './SourceList.tsx';
import { CardSection, type Disclosure } from './CardSection.tsx';
import { formatDate, formatNumber, t, tCount } from './i18n.ts';

/** Props of {@link Provenance}. */
export interface ProvenanceProps {
  sources: Source[];
  /** When the entry was last checked (a partial date). */
  reviewed: string;
  /** The latest changes, newest first. */
  changes: ChangelogItem[];
  /** How many older changes are left out. */
  olderChanges: number;
  /** Foldable when given. */
  disclosure?: Disclosure;
}

/**
 * Where a card's facts come from and how the entry is kept: its sources, when it was last
 * reviewed, and (one click away, to keep the card short) what changed lately.
 */
export function Provenance({ sources, reviewed, changes, olderChanges, disclosure }: ProvenanceProps) {
  const total = changes.length + olderChanges;
  return (
    <CardSection id="bs-sources" title={t('cardSources')} class="bs-provenance" disclosure={disclosure}>
      <SourceList sources={sources} />
      <details class="bs-changelog">
        <summary>{t(total === 1 ? 'cardReviewedOne' : 'cardReviewedMany', formatDate(reviewed.slice(0, 7)), formatNumber(total))}</summary>
        <ol class="bs-changes" aria-label={t('cardLatestChanges')}>
          {changes.map((c) => (
            // Changelog text is plain text: it renders escaped, never as markup.
            <li key={`${c.date}-${c.change}`}>
              <time dateTime={c.date}>{formatDate(c.date)}</time> {c.change}
            </li>
          ))}
        </ol>
        {olderChanges > 0 && (
          <p class="bs-muted">{tCount(olderChanges, 'cardOlderChangesOne', 'cardOlderChangesMany')}</p>
        )}
      </details>
    </CardSection>
  );
}
