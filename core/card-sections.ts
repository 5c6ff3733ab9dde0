/**
 * Which sections of a card the reader keeps open. A UI preference, not a setting: the reader
 * changes it by opening and closing sections on any card, and it applies to every card after,
 * on every page. Stored under its own key; whatever is stored is checked on read, and anything
 * unknown or of the wrong type falls back to open.
 */

/** The sections a reader can fold away. */
export const CARD_SECTIONS = ['background', 'since', 'views', 'established', 'outlet', 'sources', 'why'] as const;

export type CardSectionId = (typeof CARD_SECTIONS)[number];

/** Open (true) or folded (false), per section. */
export type SectionState = Record<CardSectionId, boolean>;

/** Every section open: a first card shows everything it has. */
export function defaultSectionState(): SectionState {
  return Object.fromEntries(CARD_SECTIONS.map((id) => [id, true])) as SectionState;
}

/** The stored preference, checked field by field; unknown keys are ignored, bad values read as open. */
export function loadSectionState(stored: unknown): SectionState {
  const state = defaultSectionState();
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return state;
  const record = stored as Record<string, unknown>;
  for (const id of CARD_SECTIONS) {
    if (typeof record[id] === 'boolean') state[id] = record[id];
  }
  return state;
}

