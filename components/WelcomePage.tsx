import { t } from './i18n.ts';

/** The first-run page: what Backstory does, the three ways to use it, and its privacy promise. */
export function WelcomePage({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <main>
      <h1>{t('welcomeHeading')}</h1>
      <p>{t('welcomeIntro')}</p>
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
