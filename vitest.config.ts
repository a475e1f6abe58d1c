// Node 20 lacks a few ES2024 helpers that vitest's reporters call; add them before anything runs.
import './tests/setup/polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup/polyfills.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
