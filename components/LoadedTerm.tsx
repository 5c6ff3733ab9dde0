import type { Framing } from '../core/types.ts';
import { t } from './i18n.ts';

/** Props of {@link LoadedTerm}. */
export interface LoadedTermProps {
  /** The words on the page. */
  surface: string;
  framing: Framing;
  /** Whether the card lists opposing views to point to. */
  hasViews: boolean;
}

function lowerFirst(text: string): string {
  return /^The\b/.test(text) ? `t${text.slice(1)}` : text;
}

/** "This wording is one side's": who uses it, the neutral term, and the other wordings. */
export function LoadedTerm({ surface, framing, hasViews }: LoadedTermProps) {
  return (
    <section class="bs-section bs-loaded" aria-labelledby="bs-loaded-title">
      <h3 id="bs-loaded-title">{t('cardLoadedTerm')}</h3>
      <p>{t('cardLoadedWording', surface, lowerFirst(framing.usedBy), framing.neutral)}</p>
      {framing.others && framing.others.length > 0 && (
        <ul class="bs-others">
          {framing.others.map((o) => (
            <li key={o.term}>{t('cardLoadedOther', o.term, o.usedBy)}</li>
          ))}
        </ul>
      )}
      {hasViews && <p class="bs-muted">{t('cardLoadedViewsBelow')}</p>}
    </section>
  );
}
