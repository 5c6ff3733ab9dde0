/**
 * The page the extension opens once, when it is installed: what Backstory does, how to use it,
 * and what it never does with what the reader reads.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomePage } from '../../components/WelcomePage.tsx';
import { t } from '../../components/i18n.ts';
import { useSiteAccess } from '../../utils/use-site-access.ts';
import '../options/options.css';

function App() {
  return <WelcomePage onOpenOptions={() => void browser.runtime.openOptionsPage()} access={useSiteAccess()} />;
}

document.title = t('welcomeTitle');
render(<App />, document.getElementById('app')!);
