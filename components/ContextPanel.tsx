import { useMemo, useState } from 'preact/hooks';
import type { ArticleMetadata } from '../core/article-metadata.ts';
import type { CardModel } from '../core/resolve-card.ts';
import type { EntryKind } from '../core/types.ts';
import { OutletProfile } from './OutletProfile.tsx';
import { OpposingViews } from './OpposingViews.tsx';
import { kindGroupTitle, kindLabel } from './format-card-text.ts';
import { formatDate, t, tCount } from './i18n.ts';

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
    <aside class="bs-panel" role="complementary" aria-label={t('panelLabel')}>
      <header class="bs-panel-header">
        <h2>{t('extensionName')}</h2>
        <button type="button" class="bs-close" aria-label={t('panelClose')} onClick={() => onAction({ type: 'close' })}>
          ×
        </button>
      </header>
      <div class="bs-panel-body">
        {outlet && (
          <section class="bs-section" aria-label={t('panelPublication')}>
            <p class="bs-kind">{kindLabel('outlet')}</p>
            <h3 class="bs-panel-outlet">{outlet.name}</h3>
            <p>{outlet.summary}</p>
            {outlet.outlet && <OutletProfile outlet={outlet.outlet} id="bs-panel-outlet" />}
            {outlet.perspectives.length > 0 && <OpposingViews perspectives={outlet.perspectives} established={outlet.established} id="bs-panel-views" />}
          </section>
        )}
        {!activeHere ? (
          <section class="bs-section" aria-label={t('panelOffHere')}>
            {paused ? (
              <p>{t('panelPaused')}</p>
            ) : (
              <p>{t('panelOffSite')}</p>
            )}
            <button type="button" class="bs-button" onClick={() => onAction({ type: 'open-options' })}>
              {t('panelOpenOptions')}
            </button>
          </section>
        ) : isArticle ? (
          <section class="bs-section" aria-label={t('panelArticle')}>
            <h3>{t('panelArticle')}</h3>
            <dl class="bs-facts">
              {metadata.title && (
                <div>
                  <dt>{t('panelTitle')}</dt>
                  <dd>{metadata.title}</dd>
                </div>
              )}
              <div>
                <dt>{t('panelPublished')}</dt>
                <dd>{metadata.published ? formatDate(metadata.published) : t('panelNoDate')}</dd>
              </div>
              {metadata.byline && (
                <div>
                  <dt>{t('panelAuthor')}</dt>
                  <dd>{metadata.byline}</dd>
                </div>
              )}
            </dl>
          </section>
        ) : (
          <section class="bs-section" aria-label={t('panelArticle')}>
            <p>{t('panelNoArticle')}</p>
            <button type="button" class="bs-button" onClick={() => onAction({ type: 'scan-anyway' })}>
              {t('panelScanAnyway')}
            </button>
          </section>
        )}
        {activeHere && (isArticle || entities.length > 0) && (
          <section class="bs-section" aria-label={t('panelRecognisedLabel')}>
            <h3>{t('panelRecognised', entities.length)}</h3>
            {panelOnly && <p class="bs-muted">{t('panelPanelOnly')}</p>}
            <input
              class="bs-filter"
              type="search"
              placeholder={t('panelFilter')}
              aria-label={t('panelFilterLabel')}
              value={filter}
              onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
            />
            {groups.length === 0 && <p class="bs-muted">{entities.length === 0 ? t('panelNothing') : t('panelNoMatch')}</p>}
            {groups.map((group) => (
              <div class="bs-group" key={group.kind}>
                <h4>{kindGroupTitle(group.kind)}</h4>
                <ul class="bs-entities">
                  {group.items.map((e) => (
                    <li key={e.id} class={e.muted ? 'bs-entity-muted' : undefined}>
                      <button type="button" class="bs-entity" data-entity={e.id} onClick={() => onAction({ type: 'show', id: e.id, step: 0 })}>
                        <span class="bs-entity-name">{e.name}</span>
                        {e.muted && (
                          <span class="bs-tag" title={t('panelMutedTagTitle')}>
                            {t('panelMutedTag')}
                          </span>
                        )}
                        <span class="bs-count" aria-label={tCount(e.mentions, 'panelMentionsOne', 'panelMentionsMany')}>{e.mentions}</span>
                      </button>
                      {e.mentions > 1 && (
                        <span class="bs-stepper">
                          <button type="button" aria-label={t('panelPrevious', e.name)} onClick={() => onAction({ type: 'show', id: e.id, step: -1 })}>
                            ‹
                          </button>
                          <button type="button" aria-label={t('panelNext', e.name)} onClick={() => onAction({ type: 'show', id: e.id, step: 1 })}>
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
      <footer class="bs-footer">{t('panelFooter')}</footer>
    </aside>
  );
}
