import { describe } from 'vitest';
import { firefoxDriver } from './drivers.ts';
import { describeHostilePages } from './hostile-pages-spec.ts';

describe('hostile and odd pages in Firefox ESR', () => describeHostilePages(() => firefoxDriver()));
