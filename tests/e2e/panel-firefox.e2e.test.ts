import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describePanel } from './panel-spec.ts';

describe('context panel in Firefox ESR', () => describePanel(() => firefoxDriver()));
