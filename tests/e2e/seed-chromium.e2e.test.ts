import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describeSeedPage } from './seed-page-spec.ts';

describe('seed article in Chromium', () => describeSeedPage(() => chromiumDriver()));
