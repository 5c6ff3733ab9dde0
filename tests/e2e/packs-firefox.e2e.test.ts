import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describePacks } from './packs-spec.ts';

describe('packs in Firefox ESR', () => describePacks(() => firefoxDriver()));
