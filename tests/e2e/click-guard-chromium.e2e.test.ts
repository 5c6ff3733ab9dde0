import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describeClickGuard } from './click-guard-spec.ts';

describe('covered-card click guard in Chromium', () => describeClickGuard(() => chromiumDriver()));
