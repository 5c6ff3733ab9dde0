/**
 * Wrong-match corrections: a reader says a mark is wrong, and Backstory hides it, here or on the
 * whole site. Kept locally as a list the reader can review, undo and export for the pack's
 * authors; nothing is sent anywhere.
 */

export const MAX_CORRECTIONS = 5000;
const MAX_TEXT = 300;

/** One reported wrong match. */
export interface Correction {
  /** `page`: this address only; `site`: every page of the host. */
  scope: 'page' | 'site';
  /** The page address (without fragment) or the hostname, by scope. */
  where: string;
  entityId: string;
  /** The words that were marked. */
  surface: string;
  /** When it was reported (ISO 8601). */
  at: string;
}

function isCorrection(value: unknown): value is Correction {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    (c.scope === 'page' || c.scope === 'site') &&
    typeof c.where === 'string' && c.where.length > 0 && c.where.length <= 2048 &&
    typeof c.entityId === 'string' && /^[a-z0-9-]{1,200}$/.test(c.entityId) &&
    typeof c.surface === 'string' && c.surface.length > 0 && c.surface.length <= MAX_TEXT &&
    typeof c.at === 'string' && !Number.isNaN(Date.parse(c.at)) &&
    Object.keys(c).length === 5
  );
}

/** Read stored corrections; entries that do not validate are dropped (and counted). */
export function loadCorrections(stored: unknown): { corrections: Correction[]; dropped: number } {
  if (!Array.isArray(stored)) return { corrections: [], dropped: stored === undefined ? 0 : 1 };
  const corrections = stored.filter(isCorrection).slice(-MAX_CORRECTIONS);
  return { corrections, dropped: stored.length - corrections.length };
}

/** The page key: the address without its fragment (the same article under #comments is the same page). */
export function pageKey(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** Whether a mark of `entityId` reading `surface` on `url` has been reported wrong. */
export function isCorrected(corrections: readonly Correction[], url: string, entityId: string, surface: string): boolean {
  const page = pageKey(url);
  const host = page ? new URL(page).hostname : null;
  return corrections.some(
    (c) => c.entityId === entityId && c.surface === surface && ((c.scope === 'page' && c.where === page) || (c.scope === 'site' && c.where === host)),
  );
}

/** Add a correction (replacing an identical one), keeping the newest `MAX_CORRECTIONS`. */
export function addCorrection(corrections: readonly Correction[], correction: Correction): Correction[] {
  const same = (c: Correction) => c.scope === correction.scope && c.where === correction.where && c.entityId === correction.entityId && c.surface === correction.surface;
  return [...corrections.filter((c) => !same(c)), correction].slice(-MAX_CORRECTIONS);
}
