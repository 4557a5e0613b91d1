import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './vite-plugin-csp';
import { TILE_ORIGIN } from '../src/map/tile-source';

describe('the Content-Security-Policy', () => {
  it('allows no inline or eval’d script, and only the tile server beyond the page’s own origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    const others = CONTENT_SECURITY_POLICY.match(/https?:\/\/[^\s;]+/g);
    expect(others).toEqual([TILE_ORIGIN]);
    expect(CONTENT_SECURITY_POLICY).toContain(`img-src 'self' data: blob: ${TILE_ORIGIN};`);
  });

  it('is the header the README tells static hosts to send, plus frame-ancestors', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
  });
});
