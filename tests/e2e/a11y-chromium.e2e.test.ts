import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describeAccessibility } from './a11y-spec.ts';

describe('accessibility in Chromium', () => describeAccessibility(() => chromiumDriver()));
