import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describeOptions } from './options-spec.ts';

describe('options page in Firefox ESR', () => describeOptions(() => firefoxDriver()));
