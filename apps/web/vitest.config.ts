import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.{ts,tsx}', 'scripts/**/*.spec.ts', 'e2e/**/*.e2e.spec.ts'],
    // The browser test starts an API and Chromium: minutes, not milliseconds, on a busy CI machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each e2e file runs its own API, database and Chromium; two cores cannot run several at once reliably.
    fileParallelism: false,
  },
});
