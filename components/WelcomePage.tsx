import { t } from './i18n.ts';
import { SiteAccess, type SiteAccessProps } from './SiteAccess.tsx';

/**
 * The first-run page: what Backstory does, where it may read (the onboarding: installing grants
 * no site), the three ways to use it, and its privacy promise.
 */
export function WelcomePage({ onOpenOptions, access }: { onOpenOptions: () => void; access: SiteAccessProps }) {
  return (
    <main>
      <h1>{t('welcomeHeading')}</h1>
      <p>{t('welcomeIntro')}</p>
      <SiteAccess {...access} />
      <h2>{t('welcomeHowHeading')}</h2>
      <ul>
        <li>{t('welcomeHowHover')}</li>
        <li>{t('welcomeHowPanel', 'Alt+Shift+B')}</li>
        <li>{t('welcomeHowNext', 'Alt+Shift+N')}</li>
      </ul>
      <h2>{t('welcomePrivacyHeading')}</h2>
      <p>{t('welcomePrivacy')}</p>
      <p>
        <button type="button" onClick={onOpenOptions}>
          {t('welcomeOpenOptions')}
        </button>
      </p>
    </main>
  );
}
