import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describeSiteAccess } from './site-access-spec.ts';

describe('site access in Chromium', () => describeSiteAccess(() => chromiumDriver({ grantEverySite: false }), { toolbarClick: true }));
