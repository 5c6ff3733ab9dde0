import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describePanel } from './panel-spec.ts';

// Firefox gives the tests no handle on the extension's background to press the toolbar button;
// the panel's code path is the same in both browsers once the command arrives.
describe('context panel in Chromium', () => describePanel(() => chromiumDriver()));
