import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describeLivePage } from './live-page-spec.ts';

describe('a changing page in Firefox ESR', () => describeLivePage(() => firefoxDriver()));
