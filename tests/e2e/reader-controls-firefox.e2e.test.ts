import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describeReaderControls } from './reader-controls-spec.ts';

describe('transparency and reader control in Firefox ESR', () => describeReaderControls(() => firefoxDriver()));
