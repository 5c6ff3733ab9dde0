import { describe } from 'vitest';
import { chromiumDriver } from './drivers.ts';
import { describeLivePage } from './live-page-spec.ts';

describe('a changing page in Chromium', () => describeLivePage(() => chromiumDriver()));
