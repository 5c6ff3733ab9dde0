import type { Framing } from '../core/types.ts';

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
      <h3 id="bs-loaded-title">Loaded term</h3>
      <p>
        “{surface}” is the wording of {lowerFirst(framing.usedBy)}. Neutral term: {framing.neutral}.
      </p>
      {framing.others && framing.others.length > 0 && (
        <ul class="bs-others">
          {framing.others.map((o) => (
            <li key={o.term}>
              “{o.term}”: {o.usedBy}
            </li>
          ))}
        </ul>
      )}
      {hasViews && <p class="bs-muted">The opposing views on the subject are below.</p>}
    </section>
  );
}
