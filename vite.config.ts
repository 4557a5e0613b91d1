import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { waymarkData } from './scripts/vite-plugin-data';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp';

// WAYMARK_BASE sets the sub-path the app is served from, e.g. `/waymark/`; relative ('./') works on any static host.
export default defineConfig({
  base: process.env.WAYMARK_BASE ?? './',
  plugins: [react(), waymarkData(resolve(import.meta.dirname, 'data')), contentSecurityPolicy()],
  // WAYMARK_OUT_DIR lets parallel test runs on one machine build into their own folders.
  build: { target: 'es2022', sourcemap: true, outDir: process.env.WAYMARK_OUT_DIR ?? 'dist' },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});
