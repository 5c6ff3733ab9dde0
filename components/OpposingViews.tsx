import type { Perspective } from '../core/types.ts';
import { Markup } from './Markup.tsx';
import { SourceList } from './SourceList.tsx';
import { CardSection, type Disclosure } from './CardSection.tsx';
import { t } from './i18n.ts';

/** Props of {@link OpposingViews}. */
export interface OpposingViewsProps {
  perspectives: Perspective[];
  /** What independent investigations or courts established, kept apart from the views. */
  established?: string;
  /** Element id base (the card and the panel can both show views at once). */
  id?: string;
  /** Foldable when given. */
  disclosure?: Disclosure;
}

/** Each view named for who holds it, with its sources; then what is established. */
export function OpposingViews({ perspectives, established, id = 'bs-views', disclosure }: OpposingViewsProps) {
  return (
    <CardSection id={id} title={t('cardViews')} disclosure={disclosure}>
      <ul class="bs-views">
        {perspectives.map((p) => (
          <li class="bs-view" key={p.holder}>
            <p class="bs-holder">{p.holder}</p>
            <Markup text={p.view} class="bs-view-text" />
            <SourceList sources={p.sources} compact />
          </li>
        ))}
      </ul>
      {established && (
        <div class="bs-established">
          <h4>{t('cardEstablished')}</h4>
          <Markup text={established} />
        </div>
      )}
    </CardSection>
  );
}
