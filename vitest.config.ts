import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and component tests: core under Node, components under jsdom (never happy-dom: the
// sanitiser must be tested against a parser that behaves like a browser's).
export default defineConfig({
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false, prerender: { enabled: false } })],
  test: {
    include: ['core/**/*.test.ts', 'components/**/*.test.ts', 'components/**/*.test.tsx', 'utils/**/*.test.ts', 'cli/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The browser's i18n API over the real message catalogue (components render real strings).
    setupFiles: ['tests/support/i18n-catalogue.ts'],
    testTimeout: 20_000,
  },
});
