import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describeAccessibility } from './a11y-spec.ts';

describe('accessibility in Firefox ESR', () => describeAccessibility(() => firefoxDriver()));
