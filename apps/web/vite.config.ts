import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately; in production it serves dist/ itself (same origin).
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  // dist/.vite/manifest.json: lets bench/web-bundle.bench.mjs and the bundle-size spec follow the entry's imports.
  build: { manifest: true },
  server: { proxy: { '/v1': api, '/healthz': api } },
  preview: { proxy: { '/v1': api, '/healthz': api } },
});
