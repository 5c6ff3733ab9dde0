import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describeReading } from './reading-spec.ts';

describe('reading experience in Firefox ESR', () => describeReading(() => firefoxDriver()));
