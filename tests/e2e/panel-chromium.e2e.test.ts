import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describePanel } from './panel-spec.ts';

describe('context panel in Chromium', () => describePanel(() => chromiumDriver()));
