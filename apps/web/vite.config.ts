import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately; in production it serves dist/ itself (same origin).
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/v1': api, '/healthz': api } },
  preview: { proxy: { '/v1': api, '/healthz': api } },
});
