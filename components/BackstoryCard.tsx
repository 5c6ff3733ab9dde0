import type { CardModel } from '../core/resolve-card.ts';
import { Markup } from './Markup.tsx';
import { OpposingViews } from './OpposingViews.tsx';
import { Provenance } from './Provenance.tsx';
import { MuteControls } from './MuteControls.tsx';
import { OutletProfile } from './OutletProfile.tsx';
import { describeThenAndNow, kindLabel } from './format-card-text.ts';
import { formatDate, t } from './i18n.ts';
import { WhyThis, type MarkReason } from './WhyThis.tsx';
import { LoadedTerm } from './LoadedTerm.tsx';
import { CardSection, type Disclosure } from './CardSection.tsx';
import { defaultSectionState, type CardSectionId, type SectionState } from '../core/card-sections.ts';

/** What the reader asked the card to do. */
export type CardAction =
  | { type: 'close' }
  /** Keep the card open whatever the pointer does (or let it close as a hovered card does). */
  | { type: 'pin'; pinned: boolean }
  /** Open or fold a section; `trusted` when it was the reader's own click or key. */
  | { type: 'section'; id: CardSectionId; open: boolean; trusted: boolean }
  /** This mark is wrong: hide it on this page or on the whole site. */
  | { type: 'wrong-match'; scope: 'page' | 'site' }
  /** Stop marking this entry, or every entry of its kind (undone in the options). */
  | { type: 'mute'; scope: 'entity' | 'kind' };

/** Props of {@link BackstoryCard}. */
export interface BackstoryCardProps {
  card: CardModel;
  /** Why the mention the card was opened from was marked, when it was opened from one. */
  reason?: MarkReason;
  /** Whether the card is pinned; no pin button when undefined (a card not opened on the page). */
  pinned?: boolean;
  /** Which sections are open (the reader's remembered choice); every one when undefined. */
  sections?: SectionState;
  /** Called with what the reader did; the mount code decides what it means. */
  onAction: (action: CardAction) => void;
  /**
   * Whether a click on a button that writes data (wrong match, mutes, a remembered fold) counts,
   * beyond being the reader's own (checked here): the mount code knows whether the card could be
   * seen there.
   */
  clickCounts?: (event: MouseEvent) => boolean;
}

/** The card for one entity: who or what it is then and now, background, views, sources. */
export function BackstoryCard({ card, reason, pinned, sections = defaultSectionState(), onAction, clickCounts = () => true }: BackstoryCardProps) {
  // Only the reader's own clicks count: a page cannot report on their behalf.
  const report = (scope: 'page' | 'site') => (e: MouseEvent) => {
    if (e.isTrusted && clickCounts(e)) onAction({ type: 'wrong-match', scope });
  };
  const framing = reason ? card.framings[reason.alias] : undefined;
  const thenAndNow = describeThenAndNow(card);
  const fold = (id: CardSectionId): Disclosure => ({
    open: sections[id],
    // Folding always works; it is remembered (written) only for a click the reader made and saw.
    onToggle: (open, e) => onAction({ type: 'section', id, open, trusted: e.isTrusted && clickCounts(e) }),
  });
  return (
    // A non-modal dialog: a div, since <article role="dialog"> and a <header>/<footer> outside a
    // sectioning element would give the page extra banner and contentinfo landmarks.
    <div
      class={`bs-card bs-kind-${card.kind}${pinned ? ' bs-pinned' : ''}`}
      role="dialog"
      aria-labelledby="bs-card-title"
      aria-describedby="bs-card-summary"
    >
      <div class={pinned === undefined ? 'bs-header' : 'bs-header bs-header--pin'}>
        <p class="bs-kind">{kindLabel(card.kind)}</p>
        <h2 id="bs-card-title">{card.name}</h2>
        {pinned !== undefined && (
          <button
            type="button"
            class="bs-pin"
            aria-pressed={pinned}
            aria-label={t('cardPin')}
            title={pinned ? t('cardUnpinTitle') : t('cardPinTitle')}
            onClick={() => onAction({ type: 'pin', pinned: !pinned })}
          >
            {/* Drawn in CSS: the card holds no images or SVG, so nothing there can carry markup. */}
            <span class="bs-pin-icon" aria-hidden="true" />
          </button>
        )}
        <button type="button" class="bs-close" aria-label={t('cardClose')} onClick={() => onAction({ type: 'close' })}>
          ×
        </button>
      </div>
      <div class="bs-body">
        {framing && reason && <LoadedTerm surface={reason.surface} framing={framing} hasViews={card.perspectives.length > 0} />}
        {thenAndNow && (
          <div class="bs-then-now">
            <p class="bs-then-caption" id="bs-roles-caption">
              {thenAndNow.caption}
            </p>
            <ul class="bs-roles" aria-labelledby="bs-roles-caption">
              {thenAndNow.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        <CardSection id="bs-background" title={t('cardBackground')} disclosure={fold('background')}>
          <div id="bs-card-summary">
            <Markup text={card.summary} />
          </div>
        </CardSection>
        {card.since.length > 0 && (
          <CardSection id="bs-since" title={t('cardSince')} disclosure={fold('since')}>
            <ul class="bs-since">
              {card.since.map((c) => (
                <li key={`${c.date}-${c.text}`}>
                  <time dateTime={c.date}>{formatDate(c.date)}</time> <Markup as="span" text={c.text} />
                </li>
              ))}
            </ul>
          </CardSection>
        )}
        {card.outlet && <OutletProfile outlet={card.outlet} disclosure={fold('outlet')} />}
        {card.perspectives.length > 0 && <OpposingViews perspectives={card.perspectives} established={card.established} disclosure={fold('views')} />}
        {card.perspectives.length === 0 && card.established && (
          <CardSection id="bs-established" title={t('cardEstablished')} disclosure={fold('established')}>
            <Markup text={card.established} />
          </CardSection>
        )}
        <Provenance
          sources={card.sources}
          reviewed={card.reviewed}
          changes={card.changes}
          olderChanges={card.olderChanges}
          disclosure={fold('sources')}
        />
        {reason && <WhyThis reason={reason} pack={card.pack} disclosure={fold('why')} />}
      </div>
      <div class="bs-footer">
        {reason && (
          <div class="bs-wrong" role="group" aria-label={t('cardWrongMatchGroup')}>
            <span>{t('cardWrongMatch')}</span>
            <button type="button" class="bs-button-quiet" onClick={report('page')}>
              {t('cardHideOnPage')}
            </button>
            <button type="button" class="bs-button-quiet" onClick={report('site')}>
              {t('cardHideOnSite')}
            </button>
          </div>
        )}
        <MuteControls kind={card.kind} onMute={(scope) => onAction({ type: 'mute', scope })} clickCounts={clickCounts} />
        <p>{t('cardFooter')}</p>
      </div>
    </div>
  );
}
