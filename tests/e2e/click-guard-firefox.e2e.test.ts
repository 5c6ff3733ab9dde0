import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describeClickGuard } from './click-guard-spec.ts';

describe('covered-card click guard in Firefox ESR', () => describeClickGuard(() => firefoxDriver()));
