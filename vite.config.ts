import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { resolve } from 'node:path';
import { waymarkData } from './scripts/vite-plugin-data';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp';

/**
 * Offline after the first visit: the service worker precaches the app, its dataset and basemap. It waits for the
 * user's word before it takes over (registerType 'prompt', never skipWaiting on its own), and src/app/register-sw.ts
 * registers it from our bundle: the CSP allows no inline script.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  // The icon is precached by the glob below; listing it twice would add a duplicate entry.
  includeManifestIcons: false,
  manifest: {
    name: 'Waymark',
    short_name: 'Waymark',
    description: 'History on a linked timeline and map.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f4f1ea',
    theme_color: '#1f3a5f',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,json,svg}'],
    // Share pages (e/<id>/) exist for link previews, and their images are megabytes: they stay on the network.
    globIgnores: ['e/**', '**/*.map'],
    // The view lives in the query string (?event=…&map=…): any query still opens the precached page. With no
    // navigation fallback, addresses the app does not own (share pages, robots.txt) are never answered with it.
    ignoreURLParametersMatching: [/./],
    navigateFallback: null,
    skipWaiting: false,
    clientsClaim: false,
  },
});

// WAYMARK_BASE sets the sub-path the app is served from, e.g. `/waymark/`; relative ('./') works on any static host.
export default defineConfig({
  base: process.env.WAYMARK_BASE ?? './',
  plugins: [react(), waymarkData(resolve(import.meta.dirname, 'data')), contentSecurityPolicy(), offline],
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
