import { useEffect, useRef, useState } from 'preact/hooks';

/** Something to say; a new object each time, so the same words can be said twice. */
export interface Announcement {
  text: string;
}

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  announcement: Announcement | null;
}

/** How long a region that has just been added waits before speaking, so screen readers have found it. */
export const FIRST_DELAY_MS = 500;
/** How long the region stays empty between two announcements. */
export const NEXT_DELAY_MS = 100;

/**
 * A polite live region, visually hidden but in the accessibility tree (never `display: none`).
 * Screen readers speak changes to a region they already know, and the same words twice only when
 * the text changed in between: so each announcement empties the region first and the words
 * arrive a moment later.
 */
export function LiveRegion({ announcement }: LiveRegionProps) {
  const [text, setText] = useState('');
  const spoken = useRef(false);
  useEffect(() => {
    setText('');
    if (!announcement) return;
    const timer = setTimeout(() => {
      spoken.current = true;
      setText(announcement.text);
    }, spoken.current ? NEXT_DELAY_MS : FIRST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  return (
    <div class="bs-live" role="status" aria-live="polite">
      {text}
    </div>
  );
}
