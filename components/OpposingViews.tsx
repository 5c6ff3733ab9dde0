import type { Perspective } from '../core/types.ts';
import { Markup } from './Markup.tsx';
import { SourceList } from './SourceList.tsx';

/** Props of {@link OpposingViews}. */
export interface OpposingViewsProps {
  perspectives: Perspective[];
  /** What independent investigations or courts established, kept apart from the views. */
  established?: string;
}

/** Each view named for who holds it, with its sources; then what is established. */
export function OpposingViews({ perspectives, established }: OpposingViewsProps) {
  return (
    <section class="bs-section" aria-labelledby="bs-views-title">
      <h3 id="bs-views-title">Opposing views</h3>
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
          <h4>What investigations established</h4>
          <Markup text={established} />
        </div>
      )}
    </section>
  );
}
