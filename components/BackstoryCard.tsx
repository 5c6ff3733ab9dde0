import type { CardModel } from '../core/resolve-card.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { Markup } from './Markup.tsx';
import { OpposingViews } from './OpposingViews.tsx';
import { Provenance } from './Provenance.tsx';
import { MuteControls } from './MuteControls.tsx';
import { OutletProfile } from './OutletProfile.tsx';
import { describeRole, kindLabel } from './format-card-text.ts';
import { WhyThis, type MarkReason } from './WhyThis.tsx';
import { LoadedTerm } from './LoadedTerm.tsx';

/** What the reader asked the card to do. */
export type CardAction =
  | { type: 'close' }
  /** This mark is wrong: hide it on this page or on the whole site. */
  | { type: 'wrong-match'; scope: 'page' | 'site' }
  /** Stop marking this entry, or every entry of its kind (undone in the options). */
  | { type: 'mute'; scope: 'entity' | 'kind' };

/** Props of {@link BackstoryCard}. */
export interface BackstoryCardProps {
  card: CardModel;
  /** Why the mention the card was opened from was marked, when it was opened from one. */
  reason?: MarkReason;
  /** Called with what the reader did; the mount code decides what it means. */
  onAction: (action: CardAction) => void;
}

/** The card for one entity: who or what it is then and now, background, views, sources. */
export function BackstoryCard({ card, reason, onAction }: BackstoryCardProps) {
  const framing = reason ? card.framings[reason.alias] : undefined;
  const then = card.articleDated ? `At the time (${formatPartialDate(card.articleDate)})` : 'Now';
  return (
    // A non-modal dialog: a div, since <article role="dialog"> and a <header>/<footer> outside a
    // sectioning element would give the page extra banner and contentinfo landmarks.
    <div class={`bs-card bs-kind-${card.kind}`} role="dialog" aria-labelledby="bs-card-title" aria-describedby="bs-card-summary">
      <div class="bs-header">
        <p class="bs-kind">{kindLabel(card.kind)}</p>
        <h2 id="bs-card-title">{card.name}</h2>
        <button type="button" class="bs-close" aria-label="Close" onClick={() => onAction({ type: 'close' })}>
          ×
        </button>
      </div>
      <div class="bs-body">
        {framing && reason && <LoadedTerm surface={reason.surface} framing={framing} hasViews={card.perspectives.length > 0} />}
        {(card.rolesAtTheTime.length > 0 || card.rolesNow.length > 0) && (
          <dl class="bs-roles">
            {card.rolesAtTheTime.length > 0 && (
              <>
                <dt>{then}</dt>
                {card.rolesAtTheTime.map((r) => (
                  // At the article's date every listed role was current: "(since …)", as the reader then saw it.
                  <dd key={`then-${r.title}-${r.from}`}>{describeRole(r, true)}</dd>
                ))}
              </>
            )}
            {card.articleDated && (
              <>
                <dt>Now</dt>
                {card.rolesNow.length > 0 ? (
                  card.rolesNow.map((r) => <dd key={`now-${r.title}-${r.from}`}>{describeRole(r, true)}</dd>)
                ) : (
                  <dd>No longer holds these posts</dd>
                )}
              </>
            )}
          </dl>
        )}
        <section class="bs-section" aria-labelledby="bs-background-title">
          <h3 id="bs-background-title">Background</h3>
          <div id="bs-card-summary">
            <Markup text={card.summary} />
          </div>
        </section>
        {card.since.length > 0 && (
          <section class="bs-section" aria-labelledby="bs-since-title">
            <h3 id="bs-since-title">Since this article</h3>
            <ul class="bs-since">
              {card.since.map((c) => (
                <li key={`${c.date}-${c.text}`}>
                  <time dateTime={c.date}>{formatPartialDate(c.date)}</time> <Markup as="span" text={c.text} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {card.outlet && <OutletProfile outlet={card.outlet} />}
        {card.perspectives.length > 0 && <OpposingViews perspectives={card.perspectives} established={card.established} />}
        {card.perspectives.length === 0 && card.established && (
          <section class="bs-section">
            <h3>What investigations established</h3>
            <Markup text={card.established} />
          </section>
        )}
        <Provenance sources={card.sources} reviewed={card.reviewed} changes={card.changes} olderChanges={card.olderChanges} />
        {reason && <WhyThis reason={reason} pack={card.pack} />}
      </div>
      <div class="bs-footer">
        {reason && (
          <div class="bs-wrong" role="group" aria-label="Wrong match? Hide this mark">
            <span>Wrong match?</span>
            {/* Only the reader's own clicks count: a page cannot report on their behalf. */}
            <button type="button" class="bs-button-quiet" onClick={(e) => e.isTrusted && onAction({ type: 'wrong-match', scope: 'page' })}>
              Hide on this page
            </button>
            <button type="button" class="bs-button-quiet" onClick={(e) => e.isTrusted && onAction({ type: 'wrong-match', scope: 'site' })}>
              Hide on this site
            </button>
          </div>
        )}
        <MuteControls kind={card.kind} onMute={(scope) => onAction({ type: 'mute', scope })} />
        <p>Backstory · offline · hidden and muted marks are listed in the options</p>
      </div>
    </div>
  );
}
