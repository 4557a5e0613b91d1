import type { Plugin } from 'vite';
import { TILE_ORIGIN } from '../src/map/tile-source';

/**
 * The Content-Security-Policy of the built app: only its own origin, no inline or eval'd script, no inline style
 * blocks. README documents the same policy as a header for static hosts (`frame-ancestors` works only as a header).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Online map tiles, only once the user turns them on; nothing else may come from another origin.
  `img-src 'self' data: blob: ${TILE_ORIGIN}`,
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the policy to the built page only: the dev server injects style blocks for hot reloading. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'waymark-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
