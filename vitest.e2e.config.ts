import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/) in real Chromium and real Firefox ESR.
// One browser at a time: CI machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
