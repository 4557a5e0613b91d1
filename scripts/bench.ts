/**
 * `npm run bench`: builds the app, serves it, opens it in Chromium and prints what the first view costs.
 * Figures, not assertions: the targets are printed beside them.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium';

const RUNS = 5;
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

execSync('npm run build', { cwd: root, stdio: 'ignore' });

const server = await preview({
  root,
  configLoader: 'runner',
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
});
const address = server.httpServer.address();
const port = typeof address === 'object' && address ? address.port : 4173;
const url = `http://127.0.0.1:${port}/`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const drawn: number[] = [];
const basemap: number[] = [];
let firstViewFiles: string[] = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(url);
  const marks = await page.evaluate(async () => {
    const names = ['waymark:timeline-drawn', 'waymark:map-drawn', 'waymark:basemap-coarse'];
    for (let i = 0; i < 200 && names.some((n) => !performance.getEntriesByName(n).length); i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    return names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
  });
  drawn.push(Math.max(marks[0], marks[1]));
  basemap.push(marks[2]);
  firstViewFiles = requested;
  await context.close();
}
await browser.close();
await server.close();

const loadedAssets = [
  ...new Set(firstViewFiles.map((p) => p.replace(/^\//, '')).filter((p) => /^assets\/.+\.(js|css)$/.test(p))),
];
// Render-blocking: everything the first view loads except the map's chunk, which loads in parallel with the data.
const entryFiles = loadedAssets.filter((f) => !/\/map-view-/.test(f));
const entryBytes = entryFiles.reduce((sum, f) => sum + gzipSize(join(dist, f)), 0);
const firstViewBytes = loadedAssets.reduce((sum, f) => sum + gzipSize(join(dist, f)), 0);
const allAssets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
const allBytes = allAssets.reduce((sum, f) => sum + gzipSize(join(dist, 'assets', f)), 0);
const coarse = gzipSize(join(dist, 'basemap/basemap-coarse.json'));
const fine = gzipSize(join(dist, 'basemap/basemap-fine.json'));
const data = readdirSync(join(dist, 'data')).reduce((sum, f) => sum + gzipSize(join(dist, 'data', f)), 0);

const rows: [string, string, string][] = [
  ['Entry JS+CSS (render-blocking), gzipped', kb(entryBytes), '≤ 130 KB'],
  ['First view JS+CSS incl. the map chunk loaded in parallel, gzipped', kb(firstViewBytes), '(≤ 130 KB)'],
  ['All shipped JS+CSS, gzipped', kb(allBytes), ''],
  ['Basemap, coarse world (first view), gzipped', kb(coarse), ''],
  ['Basemap, finer shapes (zoom ≥ 4, loaded on demand), gzipped', kb(fine), ''],
  ['Basemap, all data, gzipped', kb(coarse + fine), '≤ 100 KB'],
  ['Bundled dataset files, gzipped', kb(data), ''],
  [`Navigation → dataset drawn on timeline and map (median of ${RUNS})`, `${median(drawn).toFixed(0)} ms`, '≤ 500 ms'],
  [`Navigation → coarse basemap drawn (median of ${RUNS})`, `${median(basemap).toFixed(0)} ms`, ''],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\nWaymark bench: Chromium headless, 1280x800, cold cache each run, ${new Date().toISOString()}\n`);
console.log(`${'measure'.padEnd(width)}  ${'figure'.padStart(10)}  target`);
for (const [name, figure, target] of rows) console.log(`${name.padEnd(width)}  ${figure.padStart(10)}  ${target}`);
console.log(`\nruns (ms, dataset drawn): ${drawn.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`first-view assets: ${loadedAssets.join(', ')}`);
