import type { HostAccess } from '../core/host-access.ts';
import { t } from './i18n.ts';

/** Props of {@link SiteAccess}. */
export interface SiteAccessProps {
  /** What the browser has granted; null while it is being read. */
  access: HostAccess | null;
  /** The reader declined the browser's prompt the last time. */
  refused: boolean;
  /** Ask the browser for every site. Must reach the browser while the click is handled. */
  onAllowAll: () => void;
  /** Take back every-site access; sites granted one by one stay. */
  onOnlyChosen: () => void;
  onRemoveSite: (site: string) => void;
}

/**
 * The reader's choice of where Backstory reads, first on the welcome page (the onboarding) and
 * then in the options: every site, or only sites they pick. The browser's grants are the truth
 * this shows; the buttons ask the browser to change them.
 */
export function SiteAccess({ access, refused, onAllowAll, onOnlyChosen, onRemoveSite }: SiteAccessProps) {
  const kind = access?.kind ?? null;
  const status = kind === 'all' ? t('accessStatusAll') : kind === 'sites' ? t('accessStatusSites') : kind === 'none' ? t('accessStatusNone') : '';
  return (
    <section class="site-access" aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">{t('accessHeading')}</h2>
      <p>{t('accessIntro')}</p>
      <div class="access-choices">
        <div>
          <button type="button" aria-pressed={kind === 'all'} aria-describedby="access-all-hint" onClick={onAllowAll}>
            {t('accessAllButton')}
          </button>
          <p id="access-all-hint" class="muted">
            {t('accessAllHint')}
          </p>
        </div>
        <div>
          <button type="button" aria-pressed={kind === 'sites' || kind === 'none'} aria-describedby="access-chosen-hint" onClick={onOnlyChosen}>
            {t('accessChosenButton')}
          </button>
          <p id="access-chosen-hint" class="muted">
            {t('accessChosenHint')}
          </p>
        </div>
      </div>
      <p role="status" aria-live="polite" class="access-status">
        {status}
      </p>
      {refused && (
        <p class="notice" role="alert">
          {t('accessRefused')}
        </p>
      )}
      {access?.kind === 'sites' && (
        <ul aria-label={t('accessSitesLabel')} class="access-sites">
          {access.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button type="button" class="secondary" onClick={() => onRemoveSite(site)}>
                {t('accessRemoveSite', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
