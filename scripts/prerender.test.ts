// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../src/data/fingerprint';
import { PAGE_BLOCK_ID, type PrerenderedPage } from '../src/app/prerendered-page';
import { composePage, pageFiles } from './prerender';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <title>Waymark</title>
    <meta
      name="description"
      content="The app."
    />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="preload" href="./data/events.json" as="fetch" crossorigin="">
  </head>
  <body>
    <div id="root">
      <main class="loading"><p>Loading Waymark…</p></main>
    </div>
    <noscript><a href="./data/events.json">data</a></noscript>
  </body>
</html>
`;

const PAGE: PrerenderedPage = {
  files: [{ path: 'events.json', bytes: 2, fingerprint: '2-0000000000000000' }],
  dataset: 'events.json',
  selectedId: null,
  appPath: './',
  poster: { src: 'map-poster.svg', alt: 'Map' },
};

function blockOf(html: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${PAGE_BLOCK_ID}">([^<]*)</script>`).exec(html);
  return match ? JSON.parse(match[1]) : undefined;
}

describe('composePage', () => {
  it('puts the prerendered app in place of the loading text, with its JSON block and title', () => {
    const html = composePage(
      TEMPLATE,
      { title: 'A & B · Waymark', head: [], rootHtml: '<div class="app">x</div>', page: PAGE },
      './',
    );
    expect(html).toContain('<div id="root"><div class="app">x</div></div>');
    expect(html).not.toContain('Loading Waymark…');
    expect(html).toContain('<title>A &#38; B · Waymark</title>');
    expect(blockOf(html)).toEqual(PAGE);
    expect(html).toContain('src="./assets/index-abc.js"');
  });

  it('keeps every $ of the data as it is, and no string can close the JSON block', () => {
    const hostile = { ...PAGE, selectedId: '</script><script>alert(1)</script> $& $1' };
    const html = composePage(TEMPLATE, { title: '$&', head: [], rootHtml: "<p>$' $` $&</p>", page: hostile }, './');
    expect(html).toContain("<p>$' $` $&</p>");
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(blockOf(html)).toEqual(hostile);
  });

  it('makes a share page’s addresses relative to its folder and gives it its own description', () => {
    const head = ['<meta name="description" content="One event.">', '<meta property="og:title" content="E">'];
    const html = composePage(TEMPLATE, { title: 'E', head, rootHtml: '<p>e</p>', page: null }, '../../');
    expect(html).toContain('href="../../favicon.svg"');
    expect(html).toContain('src="../../assets/index-abc.js"');
    expect(html).toContain('href="../../data/events.json" as="fetch"');
    expect(html).toContain('<a href="../../data/events.json">data</a>');
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<meta name="description" content="One event.">');
    expect(html).toContain('<meta property="og:title" content="E">');
    expect(blockOf(html)).toBeUndefined();
  });

  it('refuses a template with nowhere to put the app', () => {
    expect(() =>
      composePage('<html><body></body></html>', { title: '', head: [], rootHtml: '', page: null }, './'),
    ).toThrow(/no <div id="root">/);
  });
});

describe('pageFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-prerender-'));
  const events = '{"meta":{"title":"T"},"events":[]}\n';
  writeFileSync(join(dir, 'events.json'), events);
  writeFileSync(join(dir, 'band.json'), '{"title":"  spaced  "}');

  it('fingerprints each file whose checked form is the file itself', () => {
    expect(pageFiles(dir, 'events.json', { 'events.json': { events: [], meta: { title: 'T' } } })).toEqual([
      { path: 'events.json', bytes: Buffer.byteLength(events), fingerprint: fingerprint(events) },
    ]);
  });

  it('gives none when the checks changed a file (text trimmed), so the browser renders afresh', () => {
    const checked = { 'events.json': { meta: { title: 'T' }, events: [] }, 'band.json': { title: 'spaced' } };
    expect(pageFiles(dir, 'events.json', checked)).toBeNull();
  });

  it('gives none without the dataset among the files', () => {
    expect(pageFiles(dir, 'events.json', { 'band.json': { title: '  spaced  ' } })).toBeNull();
  });
});
