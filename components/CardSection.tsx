import type { ComponentChildren } from 'preact';

/** A section the reader can fold away: whether it is open, and what to call when they toggle it. */
export interface Disclosure {
  open: boolean;
  /** With the click, so the card can tell the reader's own (a page cannot toggle it on their behalf). */
  onToggle: (open: boolean, event: MouseEvent) => void;
}

/** Props of {@link CardSection}. */
export interface CardSectionProps {
  /** Base of the element ids: `<id>-title` names the section, `<id>-body` holds its content. */
  id: string;
  title: string;
  class?: string;
  /** Foldable when given (a disclosure button and a region); a plain titled section otherwise. */
  disclosure?: Disclosure;
  children: ComponentChildren;
}

/**
 * A titled section of a card or the panel. Foldable sections follow the disclosure pattern: the
 * heading holds a button with `aria-expanded` that controls the content's region; a folded
 * region is `hidden`, so it is skipped by readers, assistive technology and the tab order alike.
 */
export function CardSection({ id, title, class: extra, disclosure, children }: CardSectionProps) {
  const classes = extra ? `bs-section ${extra}` : 'bs-section';
  if (!disclosure) {
    return (
      <section class={classes} aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{title}</h3>
        {children}
      </section>
    );
  }
  const { open, onToggle } = disclosure;
  return (
    <section class={`${classes} bs-foldable`}>
      <h3>
        <button
          type="button"
          id={`${id}-title`}
          class="bs-disclosure"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={(e) => onToggle(!open, e)}
        >
          <span class="bs-chevron" aria-hidden="true" />
          {title}
        </button>
      </h3>
      <div id={`${id}-body`} role="region" aria-labelledby={`${id}-title`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
