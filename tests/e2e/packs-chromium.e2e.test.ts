import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describePacks } from './packs-spec.ts';

describe('packs in Chromium', () => describePacks(() => chromiumDriver()));
