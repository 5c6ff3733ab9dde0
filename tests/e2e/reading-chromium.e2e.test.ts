import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describeReading } from './reading-spec.ts';

describe('reading experience in Chromium', () => describeReading(() => chromiumDriver()));
