import { useMemo, useState } from 'preact/hooks';
import type { ArticleMetadata } from '../core/article-metadata.ts';
import type { CardModel } from '../core/resolve-card.ts';
import type { EntryKind } from '../core/types.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { OutletProfile } from './OutletProfile.tsx';
import { OpposingViews } from './OpposingViews.tsx';
import { kindLabel } from './format-card-text.ts';

/** One recognised entity as the panel lists it. */
export interface PanelEntity {
  id: string;
  name: string;
  kind: EntryKind;
  contested: boolean;
  /** How many times the article mentions it. */
  mentions: number;
  /** The reader muted it (or its kind): listed, but not marked in the text. */
  muted: boolean;
}

/** What the reader asked the panel to do. */
export type PanelAction =
  | { type: 'close' }
  /** Scroll to a mention of the entity (`step` 0: first; 1/-1: next/previous) and open its card. */
  | { type: 'show'; id: string; step: 0 | 1 | -1 }
  | { type: 'scan-anyway' }
  | { type: 'open-options' };

/** Props of {@link ContextPanel}. */
export interface ContextPanelProps {
  /** Whether the reader's settings let Backstory read this site now. */
  activeHere: boolean;
  /** Whether it is off because the reader paused it for the rest of the day. */
  paused: boolean;
  /** Panel-only mode: nothing is marked in the text; the panel lists what is recognised. */
  panelOnly: boolean;
  /** Whether an article was found on the page. */
  isArticle: boolean;
  metadata: ArticleMetadata;
  /** The publication's card when the site is a known outlet. */
  outlet: CardModel | null;
  entities: PanelEntity[];
  onAction: (action: PanelAction) => void;
}

/** Contested topics first: they are what a one-sided article leaves out. */
const KIND_ORDER: EntryKind[] = ['topic', 'person', 'organisation', 'place', 'event', 'work', 'outlet'];
const GROUP_TITLES: Record<EntryKind, string> = {
  topic: 'Contested topics',
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  event: 'Events',
  work: 'Works',
  outlet: 'Publications',
};

/** The context panel: the publication, the article, and everything recognised in it. */
export function ContextPanel({ activeHere, paused, panelOnly, isArticle, metadata, outlet, entities, onAction }: ContextPanelProps) {
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const shown = entities.filter((e) => !needle || e.name.toLowerCase().includes(needle));
    return KIND_ORDER.map((kind) => ({
      kind,
      items: shown.filter((e) => e.kind === kind).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    })).filter((g) => g.items.length > 0);
  }, [entities, filter]);

  return (
    <aside class="bs-panel" role="complementary" aria-label="Backstory context panel">
      <header class="bs-panel-header">
        <h2>Backstory</h2>
        <button type="button" class="bs-close" aria-label="Close panel" onClick={() => onAction({ type: 'close' })}>
          ×
        </button>
      </header>
      <div class="bs-panel-body">
        {outlet && (
          <section class="bs-section" aria-label="Publication">
            <p class="bs-kind">{kindLabel('outlet')}</p>
            <h3 class="bs-panel-outlet">{outlet.name}</h3>
            <p>{outlet.summary}</p>
            {outlet.outlet && <OutletProfile outlet={outlet.outlet} id="bs-panel-outlet" />}
            {outlet.perspectives.length > 0 && <OpposingViews perspectives={outlet.perspectives} established={outlet.established} id="bs-panel-views" />}
          </section>
        )}
        {!activeHere ? (
          <section class="bs-section" aria-label="Backstory is off here">
            {paused ? (
              <p>Backstory is paused for the rest of today, so nothing is marked. It comes back at midnight, or you can resume it in its options.</p>
            ) : (
              <p>Backstory is off on this site, so nothing is marked. You can change that in its options.</p>
            )}
            <button type="button" class="bs-button" onClick={() => onAction({ type: 'open-options' })}>
              Open options
            </button>
          </section>
        ) : isArticle ? (
          <section class="bs-section" aria-label="Article">
            <h3>Article</h3>
            <dl class="bs-facts">
              {metadata.title && (
                <div>
                  <dt>Title</dt>
                  <dd>{metadata.title}</dd>
                </div>
              )}
              <div>
                <dt>Published</dt>
                <dd>{metadata.published ? formatPartialDate(metadata.published) : 'No date found: cards speak of today'}</dd>
              </div>
              {metadata.byline && (
                <div>
                  <dt>Author</dt>
                  <dd>{metadata.byline}</dd>
                </div>
              )}
            </dl>
          </section>
        ) : (
          <section class="bs-section" aria-label="Article">
            <p>Backstory found no article on this page, so nothing is marked.</p>
            <button type="button" class="bs-button" onClick={() => onAction({ type: 'scan-anyway' })}>
              Scan this page anyway
            </button>
          </section>
        )}
        {activeHere && (isArticle || entities.length > 0) && (
          <section class="bs-section" aria-label="Recognised in this article">
            <h3>Recognised here ({entities.length})</h3>
            {panelOnly && <p class="bs-muted">Panel only: nothing is marked in the text. Choose a name to find it in the article.</p>}
            <input
              class="bs-filter"
              type="search"
              placeholder="Filter"
              aria-label="Filter the recognised names"
              value={filter}
              onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
            />
            {groups.length === 0 && <p class="bs-muted">{entities.length === 0 ? 'Nothing recognised.' : 'No name matches the filter.'}</p>}
            {groups.map((group) => (
              <div class="bs-group" key={group.kind}>
                <h4>{GROUP_TITLES[group.kind]}</h4>
                <ul class="bs-entities">
                  {group.items.map((e) => (
                    <li key={e.id} class={e.muted ? 'bs-entity-muted' : undefined}>
                      <button type="button" class="bs-entity" data-entity={e.id} onClick={() => onAction({ type: 'show', id: e.id, step: 0 })}>
                        <span class="bs-entity-name">{e.name}</span>
                        {e.muted && (
                          <span class="bs-tag" title="You chose not to mark it; undo in the options">
                            muted
                          </span>
                        )}
                        <span class="bs-count" aria-label={`${e.mentions} mentions`}>{e.mentions}</span>
                      </button>
                      {e.mentions > 1 && (
                        <span class="bs-stepper">
                          <button type="button" aria-label={`Previous mention of ${e.name}`} onClick={() => onAction({ type: 'show', id: e.id, step: -1 })}>
                            ‹
                          </button>
                          <button type="button" aria-label={`Next mention of ${e.name}`} onClick={() => onAction({ type: 'show', id: e.id, step: 1 })}>
                            ›
                          </button>
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )}
      </div>
      <footer class="bs-footer">Runs offline: nothing you read leaves your browser.</footer>
    </aside>
  );
}
