/**
 * The bench's peer: TimelineJS 3.9.11 (the dev dependency `@knight-lab/timelinejs`, served from node_modules by the
 * same preview server), on the same events as Waymark, converted by Waymark's own TimelineJS export. Each size is
 * measured A B A B: a Waymark load, then a TimelineJS load, each in a cold browser context, so that both see the
 * same moment of a noisy machine.
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Plugin } from 'vite';
import type { TimelineJsFile } from '../src/export/to-timelinejs';
import { installProbes, LIST_ROWS, DETAILS_HEADING, SHIM_NAME } from './bench-probes';

const PEER_DIST = resolve(import.meta.dirname, '../node_modules/@knight-lab/timelinejs/dist');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** The page that shows a TimelineJS file, as its documentation embeds one, without the web fonts it would fetch. */
function peerPage(data: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="tl/css/timeline.css">
<link rel="stylesheet" href="peer.css">
</head><body><div id="timeline-embed"></div>
<script src="tl/js/timeline.js"></script>
<script src="start.js" data-data="${data}"></script>
</body></html>`;
}

const START = `const data = document.currentScript.dataset.data;
fetch(data).then((r) => r.json()).then((json) => {
  window.__timeline = new TL.Timeline('timeline-embed', json, {
    font: false,
    script_path: new URL('tl/js/', location.href).href,
  });
});`;

/** Serves TimelineJS and one page per dataset under `/peer/`: `/peer/<name>.html` shows `datasets.get(name)`. */
export function servePeer(datasets: ReadonlyMap<string, TimelineJsFile>): Plugin {
  const files = new Map<string, { type: string; body: string | Buffer }>([
    ['start.js', { type: TYPES['.js'], body: START }],
    [
      'peer.css',
      { type: TYPES['.css'], body: 'html,body{margin:0;height:100%}#timeline-embed{width:100%;height:100%}' },
    ],
  ]);
  for (const [name, file] of datasets) {
    files.set(`${name}.html`, { type: TYPES['.html'], body: peerPage(`${name}.json`) });
    files.set(`${name}.json`, { type: TYPES['.json'], body: JSON.stringify(file) });
  }
  return {
    name: 'waymark-bench-peer',
    configurePreviewServer(server) {
      server.middlewares.use('/peer/', (request, response) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]).replace(/^\//, '');
        const own = files.get(path);
        if (own) return void response.writeHead(200, { 'content-type': own.type }).end(own.body);
        const inside = normalize(path.replace(/^tl\//, ''));
        if (!path.startsWith('tl/') || inside.startsWith('..')) return void response.writeHead(404).end();
        try {
          const body = readFileSync(join(PEER_DIST, inside));
          response.writeHead(200, { 'content-type': TYPES[extname(inside)] ?? 'application/octet-stream' }).end(body);
        } catch {
          response.writeHead(404).end();
        }
      });
    },
  };
}

declare global {
  interface Window {
    __peerReadyAt?: number;
    __titlesAt?: number;
    __interactions?: number[];
  }
}

/** Notes the longest input-to-paint time of each interaction (the Event Timing API, which INP reads). */
function recordInteractions() {
  const longest = new Map<number, number>();
  window.__interactions = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (!entry.interactionId) continue;
      longest.set(entry.interactionId, Math.max(longest.get(entry.interactionId) ?? 0, entry.duration));
    }
    window.__interactions = [...longest.values()];
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** TimelineJS is ready once its first slide shows its text and its time navigation shows its markers. */
function watchPeerReady() {
  const visible = (element: Element | null) => {
    const box = element?.getBoundingClientRect();
    return Boolean(box && box.width > 0 && box.height > 0);
  };
  const poll = () => {
    const slide = document.querySelector('.tl-slide .tl-headline, .tl-slide .tl-text-content');
    // A point in time is a marker of no width: its height shows it.
    const nav = document.querySelector('.tl-timenav');
    const marker = document.querySelector('.tl-timenav .tl-timemarker');
    const drawn = visible(nav) && (marker?.getBoundingClientRect().height ?? 0) > 0;
    if (visible(slide) && slide!.textContent!.trim() && drawn) window.__peerReadyAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Waymark shows every title of `titles` once they are all in the page's text (the bundled size only). */
function watchTitles(titles: string[]) {
  const poll = () => {
    const text = document.body?.textContent ?? '';
    if (titles.every((title) => text.includes(title))) window.__titlesAt = performance.now();
    else setTimeout(poll, 4);
  };
  poll();
}

export interface PeerFigures {
  ready: number[];
  /** The longest of each "next event" interaction, input to the next paint. */
  next: number[];
}

const newPage = async (browser: Browser) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.addInitScript({ content: SHIM_NAME });
  await page.addInitScript(recordInteractions);
  return page;
};

const pause = (page: Page, ms: number) => page.waitForTimeout(ms);

export interface WaymarkLoad {
  url: string;
  /** A synthetic dataset's address, answered in place of data/events.json; none for the bundled one. */
  datasetUrl?: string;
  /** Titles that must all be in the page (the bundled dataset's, where every row is in the page). */
  titles?: string[];
}

/** One cold Waymark load: ready is when both views are drawn and a click answered, and every title is shown. */
async function loadWaymark(browser: Browser, load: WaymarkLoad, samples: number, figures: PeerFigures) {
  const page = await newPage(browser);
  if (load.datasetUrl) {
    const url = load.datasetUrl;
    await page.route('**/data/events.json', (route) => route.continue({ url }));
  }
  await page.addInitScript(installProbes, { rows: LIST_ROWS, heading: DETAILS_HEADING });
  if (load.titles) await page.addInitScript(watchTitles, load.titles);
  await page.goto(load.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__waymarkBench?.interactiveAt != null, null, { timeout: 120_000 });
  if (load.titles) await page.waitForFunction(() => window.__titlesAt != null, null, { timeout: 120_000 });
  const [interactive, titles] = await page.evaluate(() => [window.__waymarkBench.interactiveAt!, window.__titlesAt]);
  figures.ready.push(Math.max(interactive, titles ?? 0));
  if (samples) {
    await pause(page, 1000);
    await page.locator('body').focus();
    const before = await page.evaluate(() => window.__interactions!.length);
    for (let i = 0; i < samples; i++) {
      await page.keyboard.press('ArrowRight');
      await pause(page, 300);
    }
    figures.next.push(...(await page.evaluate((n) => window.__interactions!.slice(n), before)));
  }
  await page.context().close();
}

/** One cold TimelineJS load of `/peer/<name>.html`; ready as watchPeerReady says. */
async function loadPeer(browser: Browser, url: string, samples: number, figures: PeerFigures) {
  const page = await newPage(browser);
  await page.addInitScript(watchPeerReady);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__peerReadyAt != null, null, { timeout: 120_000 });
  figures.ready.push(await page.evaluate(() => window.__peerReadyAt!));
  if (samples) {
    await pause(page, 1000);
    const next = page.locator('.tl-slidenav-next').first();
    const before = await page.evaluate(() => window.__interactions!.length);
    for (let i = 0; i < samples; i++) {
      await next.click();
      // TimelineJS animates the move to the next slide for about a second.
      await pause(page, 1200);
    }
    figures.next.push(...(await page.evaluate((n) => window.__interactions!.slice(n), before)));
  }
  await page.context().close();
}

/**
 * Loads Waymark and TimelineJS `loads` times each, alternating, on the same events; on the last load of each, steps
 * `samples` times to the next event (Waymark: ArrowRight; TimelineJS: its next-slide button).
 */
export async function measureAgainstPeer(
  browser: Browser,
  waymark: WaymarkLoad,
  peerUrl: string,
  { loads, samples }: { loads: number; samples: number },
): Promise<{ waymark: PeerFigures; peer: PeerFigures }> {
  const figures = { waymark: { ready: [], next: [] }, peer: { ready: [], next: [] } } as {
    waymark: PeerFigures;
    peer: PeerFigures;
  };
  for (let run = 0; run < loads; run++) {
    const last = run === loads - 1;
    await loadWaymark(browser, waymark, last ? samples : 0, figures.waymark);
    await loadPeer(browser, peerUrl, last ? samples : 0, figures.peer);
  }
  return figures;
}
