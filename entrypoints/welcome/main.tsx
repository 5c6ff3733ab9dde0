/**
 * The page the extension opens once, when it is installed: what Backstory does, how to use it,
 * and what it never does with what the reader reads.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomePage } from '../../components/WelcomePage.tsx';
import { t } from '../../components/i18n.ts';
import '../options/options.css';

document.title = t('welcomeTitle');
render(<WelcomePage onOpenOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
