import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describeSiteAccess } from './site-access-spec.ts';

// Firefox's automation cannot click the toolbar button (WebDriver BiDi has no toolbar).
describe('site access in Firefox ESR', () => describeSiteAccess(() => firefoxDriver({ grantEverySite: false }), { toolbarClick: false }));
