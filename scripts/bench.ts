/**
 * `npm run bench [-- --sizes 1000,10000,100000 --loads 3 --samples 20]`: builds the app (into WAYMARK_OUT_DIR, else
 * dist), serves it, and measures it in Chromium with the bundled dataset and with seeded synthetic ones of each size,
 * answered to the page in place of data/events.json. Prints one table, each figure marked against its target. Figures,
 * not assertions: it is not part of `npm test`.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview, type Plugin } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium';
import { createSyntheticDataset } from './bench-data';
import { measureDataset } from './bench-run';
import {
  createPeerRows,
  createRows,
  formatTable,
  median,
  type Column,
  type PeerComparison,
  type Row,
} from './bench-table';
import { measureAgainstPeer, servePeer } from './bench-peer';
import { parseDataset } from '../src/data/parse';
import { createModel, type Model } from '../src/data/model';
import { toTimelineJsFile } from '../src/export/to-timelinejs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    loads: { type: 'string', default: '3' },
    samples: { type: 'string', default: '20' },
    peer: { type: 'boolean', default: true },
    'peer-loads': { type: 'string', default: '5' },
    'peer-samples': { type: 'string', default: '10' },
  },
  allowNegative: true,
});
const sizes = args.sizes.split(',').filter(Boolean).map(Number);
const loads = Number(args.loads);
const samples = Number(args.samples);
const FIRST_VIEW_RUNS = 5;

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.WAYMARK_OUT_DIR ?? 'dist');
const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`Building into ${dist} …`);
execSync('npm run build', { cwd: root, stdio: 'ignore' });

const dataDir = join(tmpdir(), 'waymark-bench');
mkdirSync(dataDir, { recursive: true });
const datasets = sizes.map((size) => {
  const path = join(dataDir, `events-${size}.json`);
  writeFileSync(path, JSON.stringify(createSyntheticDataset(size)));
  return { size, path };
});

// The peer's datasets: the same events as Waymark's, through Waymark's own TimelineJS export.
const PEER_SIZE = 2000;
const bundledText = readFileSync(join(root, 'data/events.json'), 'utf8');
const bundledParsed = parseDataset(bundledText);
if (!bundledParsed.ok) throw new Error(bundledParsed.title);
const bundledModel = createModel(bundledParsed.value);
const peerDataset = createSyntheticDataset(PEER_SIZE);
const peerDatasetPath = join(dataDir, `events-${PEER_SIZE}.json`);
writeFileSync(peerDatasetPath, JSON.stringify(peerDataset));
const timelineJs = (model: Model) => toTimelineJsFile(model, model.events);
const peerFiles = new Map([
  ['bundled', timelineJs(bundledModel)],
  [String(PEER_SIZE), timelineJs(createModel(peerDataset))],
]);

/**
 * Serves the synthetic datasets over HTTP from the preview server, gzipped as static hosts serve JSON. Answering the
 * page's request through Playwright instead (route.fulfill) passed 30 MB through the DevTools protocol and added
 * about a second to every 100,000 load.
 */
const gzipped = new Map(
  [...datasets.map((d) => d.path), peerDatasetPath].map((path) => [
    basename(path),
    gzipSync(readFileSync(path), { level: 6 }),
  ]),
);
const serveBenchData: Plugin = {
  name: 'waymark-bench-data',
  configurePreviewServer(server) {
    server.middlewares.use('/bench-data/', (request, response) => {
      const body = gzipped.get(basename(request.url ?? ''));
      if (!body) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(body);
    });
  },
};

const server = await preview({
  root,
  configLoader: 'runner',
  plugins: [serveBenchData, servePeer(peerFiles)],
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
});
const address = server.httpServer.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

// The bundled dataset's first view, cold each time: which files it loads and when the basemap is drawn.
const basemapDrawn: number[] = [];
let firstViewFiles: string[] = [];
for (let run = 0; run < FIRST_VIEW_RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('waymark:basemap-coarse').length > 0);
  basemapDrawn.push(await page.evaluate(() => performance.getEntriesByName('waymark:basemap-coarse')[0].startTime));
  firstViewFiles = requested;
  await context.close();
}

const columns: Column[] = [];
console.log('Measuring the bundled dataset …');
columns.push({
  title: 'bundled',
  bundled: true,
  figures: await measureDataset(browser, { url, loads: FIRST_VIEW_RUNS, samples }),
});
for (const { size, path } of datasets) {
  console.log(`Measuring ${size.toLocaleString('en')} synthetic events …`);
  const figures = await measureDataset(browser, {
    url,
    datasetUrl: `${url}bench-data/${basename(path)}`,
    loads,
    samples,
  });
  columns.push({ title: size.toLocaleString('en'), bundled: false, figures });
}

// Side by side with TimelineJS, A B A B, on the same events.
const comparisons: PeerComparison[] = [];
if (args.peer) {
  const peerLoads = Number(args['peer-loads']);
  const peerSamples = Number(args['peer-samples']);
  console.log('Measuring the bundled dataset beside TimelineJS 3.9.11 …');
  const titles = bundledModel.events.map((e) => e.record.title);
  const bundled = await measureAgainstPeer(browser, { url, titles }, `${url}peer/bundled.html`, {
    loads: peerLoads,
    samples: peerSamples,
  });
  comparisons.push({ title: `bundled (${titles.length} events)`, ...bundled, readyRatio: 0.5 });
  console.log(`Measuring ${PEER_SIZE.toLocaleString('en')} events beside TimelineJS 3.9.11 …`);
  const synthetic = await measureAgainstPeer(
    browser,
    { url, datasetUrl: `${url}bench-data/${basename(peerDatasetPath)}` },
    `${url}peer/${PEER_SIZE}.html`,
    { loads: Math.max(1, Math.ceil(peerLoads / 2)), samples: peerSamples },
  );
  comparisons.push({
    title: `${PEER_SIZE.toLocaleString('en')} events`,
    ...synthetic,
    readyRatio: 0.125,
    nextLimit: 50,
  });
}
await browser.close();
await server.close();

const loadedAssets = [
  ...new Set(firstViewFiles.map((p) => p.replace(/^\//, '')).filter((p) => /^assets\/.+\.(js|css)$/.test(p))),
];
// The first view's code: the entry script with everything it imports statically, and the stylesheet: what the
// prerendered page needs to hydrate. Leaflet, the print handout and the rest load after it (the second figure).
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entryFiles = [...html.matchAll(/<link rel="stylesheet"[^>]* href="\.\/([^"]+)"/g)].map((m) => m[1]);
const scripts = [...html.matchAll(/<script type="module"[^>]* src="\.\/([^"]+)"/g)].map((m) => m[1]);
for (const script of scripts) {
  if (entryFiles.includes(script)) continue;
  entryFiles.push(script);
  // Static imports only: `from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
  const code = readFileSync(join(dist, script), 'utf8');
  for (const [, file] of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) scripts.push(`assets/${file}`);
}
const entryBytes = entryFiles.reduce((sum, f) => sum + gzipSize(join(dist, f)), 0);
const firstViewBytes = loadedAssets.reduce((sum, f) => sum + gzipSize(join(dist, f)), 0);
const shipped = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
const shippedBytes = shipped.reduce((sum, f) => sum + gzipSize(join(dist, 'assets', f)), 0);
const coarse = gzipSize(join(dist, 'basemap/basemap-coarse.json'));
const fine = gzipSize(join(dist, 'basemap/basemap-fine.json'));
const data = readdirSync(join(dist, 'data')).reduce((sum, f) => sum + gzipSize(join(dist, 'data', f)), 0);

// Sizes of what is shipped do not depend on the dataset: one figure, in the first column.
const shippedRow = (measure: string, figure: string, target = ''): Row => ({
  measure,
  cells: columns.map((_, i) => (i === 0 ? figure : '')),
  target,
});
const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');
const rows: Row[] = [
  ...createRows(columns),
  shippedRow(
    'First view JS+CSS (the entry, its imports, the stylesheet), gzipped',
    `${kb(entryBytes)}${mark(entryBytes <= 100 * 1024)}`,
    '≤ 100 KB',
  ),
  shippedRow('All JS+CSS the bundled page loads, Leaflet included, gzipped', kb(firstViewBytes)),
  shippedRow('All shipped JS+CSS (incl. workers), gzipped', kb(shippedBytes)),
  shippedRow('Basemap, coarse + fine, gzipped', `${kb(coarse + fine)}${mark(coarse + fine <= 100 * 1024)}`, '≤ 100 KB'),
  shippedRow('Bundled dataset files, gzipped', kb(data)),
  shippedRow(`Coarse basemap drawn (median of ${FIRST_VIEW_RUNS})`, `${median(basemapDrawn).toFixed(0)} ms`),
];

console.log(
  `\nWaymark bench: Chromium headless, 1280x800, cold cache each load, ${loads} loads per synthetic dataset ` +
    `(${FIRST_VIEW_RUNS} bundled), ${samples} samples per interaction, ${new Date().toISOString()}\n`,
);
console.log(
  formatTable(
    columns.map((c) => c.title),
    rows,
  ),
);
if (comparisons.length) {
  console.log(
    '\nBeside TimelineJS 3.9.11, same events, same browser, loads alternating (Waymark ready: every title shown where ' +
      'the list holds them all, timeline and map drawn, a click answered; TimelineJS ready: its first slide and its ' +
      'time navigation shown). INP: the longest step to the next event, input to the next paint (Event Timing).\n',
  );
  console.log(formatTable(['Waymark', 'TimelineJS', 'Waymark/TJS'], createPeerRows(comparisons)));
}
console.log(`\nentry (render-blocking): ${entryFiles.join(', ')}`);
console.log(`first-view assets: ${loadedAssets.join(', ')}`);
