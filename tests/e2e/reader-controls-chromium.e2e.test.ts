import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describeReaderControls } from './reader-controls-spec.ts';

describe('transparency and reader control in Chromium', () => describeReaderControls(() => chromiumDriver()));
