import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describeSeedPage } from './seed-page-spec.ts';

describe('seed article in Firefox ESR', () => describeSeedPage(() => firefoxDriver()));
