import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describeHostilePages } from './hostile-pages-spec.ts';

describe('hostile and odd pages in Chromium', () => describeHostilePages(() => chromiumDriver()));
