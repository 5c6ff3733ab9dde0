import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describeOptions } from './options-spec.ts';

describe('options page in Chromium', () => describeOptions(() => chromiumDriver()));
