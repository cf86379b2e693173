import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Nest needs decorator metadata, which only SWC (not Vite's default transform) emits.
  oxc: false,
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['test/support/global-setup.ts'],
    // Integration files start real servers; two cores are shared by all of them.
    fileParallelism: false,
    // One process imports the app once for every file (≈ 110 s of imports otherwise). Safe because each file
    // builds its own app, database and queue prefix, no module keeps per-test state, and nothing uses vi.mock.
    isolate: false,
  },
});
