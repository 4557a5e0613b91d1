import type { Browser, Page } from '@playwright/test';
import {
  DETAILS_HEADING,
  installProbes,
  LIST_ROWS,
  SHIM_NAME,
  startFrames,
  stopFrames,
  timeInteractions,
  wheelTimeline,
} from './bench-probes';
import { WORDS } from './bench-data';

/** What one dataset measured; times in ms, samples unsorted. */
export interface DatasetFigures {
  /** Navigation start → both views drawn and a click answered, one per page load. */
  interactive: number[];
  /** When the dataset had downloaded, and when it had been checked (and modelled): the steps before drawing. */
  fetched: number[];
  /** When a large dataset's model had been made on the page, beside the checker (unchecked); none for small ones. */
  modelled: number[];
  checked: number[];
  timelineDrawn: number[];
  mapDrawn: number[];
  select: number[];
  category: number[];
  search: number[];
  zoomFrames: number[];
  panFrames: number[];
  heapBytes: number;
  /** Long tasks over 100 ms once the app was interactive (the interactions above), and the longest of them. */
  longTasksAfterLoad: number;
  longestTaskAfterLoad: number;
  longestTaskDuringLoad: number;
}

export interface RunOptions {
  url: string;
  /** An address on the preview server to load in place of `data/events.json`; the bundled dataset when absent. */
  datasetUrl?: string;
  loads: number;
  samples: number;
}

const selectors = { rows: LIST_ROWS, heading: DETAILS_HEADING };

async function openPage(browser: Browser, options: RunOptions): Promise<Page> {
  // A service worker would answer data/events.json itself, past page.route.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  if (options.datasetUrl) {
    // The browser fetches the new address itself, so the body never passes through Playwright.
    const url = options.datasetUrl;
    await page.route('**/data/events.json', (route) => route.continue({ url }));
  }
  await page.addInitScript({ content: SHIM_NAME });
  await page.addInitScript(installProbes, selectors);
  return page;
}

async function load(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__waymarkBench?.interactiveAt != null, null, { timeout: 180_000 });
  return page.evaluate(() => window.__waymarkBench);
}

async function panMap(page: Page): Promise<number[]> {
  const box = (await page.locator('.map-container').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(startFrames);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (const [dx, dy] of [
    [-200, -80],
    [150, 120],
    [0, 0],
  ]) {
    await page.mouse.move(x + dx, y + dy, { steps: 20 });
  }
  await page.mouse.up();
  // The redraw after the move belongs to the pan.
  await page.waitForTimeout(600);
  return page.evaluate(stopFrames);
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** Loads the app `loads` times, then on the last load selects, filters, zooms the timeline and pans the map. */
export async function measureDataset(browser: Browser, options: RunOptions): Promise<DatasetFigures> {
  const figures: DatasetFigures = {
    interactive: [],
    fetched: [],
    modelled: [],
    checked: [],
    timelineDrawn: [],
    mapDrawn: [],
    select: [],
    category: [],
    search: [],
    zoomFrames: [],
    panFrames: [],
    heapBytes: NaN,
    longTasksAfterLoad: 0,
    longestTaskAfterLoad: 0,
    longestTaskDuringLoad: 0,
  };
  for (let run = 0; run < options.loads; run++) {
    const page = await openPage(browser, options);
    const state = await load(page, options.url);
    figures.interactive.push(state.interactiveAt!);
    const [fetched, modelled, checked] = await page.evaluate(() =>
      ['waymark:data-fetched', 'waymark:data-modelled', 'waymark:data-checked'].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime,
      ),
    );
    figures.fetched.push(fetched ?? NaN);
    figures.modelled.push(modelled ?? NaN);
    figures.checked.push(checked ?? NaN);
    figures.timelineDrawn.push(state.timelineDrawn!);
    figures.mapDrawn.push(state.mapDrawn!);
    if (run < options.loads - 1) {
      await page.context().close();
      continue;
    }
    const loaded = state.interactiveAt!;
    figures.longestTaskDuringLoad = Math.max(
      0,
      ...state.longTasks.filter((t) => t.start < loaded).map((t) => t.duration),
    );
    // Work put off until after the first view (indexes built when idle) may end before the interactions are timed,
    // but its long tasks still count: a user could click meanwhile.
    await page.waitForTimeout(1500);
    const time = (kind: 'select' | 'category' | 'search') =>
      page.evaluate(timeInteractions, { kind, samples: options.samples, words: WORDS, ...selectors });
    figures.select = await time('select');
    figures.category = await time('category');
    figures.search = await time('search');
    figures.zoomFrames = await page.evaluate(wheelTimeline, 60);
    figures.panFrames = await panMap(page);
    const tasks = (await page.evaluate(() => window.__waymarkBench.longTasks)).filter((t) => t.start >= loaded);
    figures.longTasksAfterLoad = tasks.filter((t) => t.duration > 100).length;
    figures.longestTaskAfterLoad = Math.max(0, ...tasks.map((t) => t.duration));
    figures.heapBytes = await heapUsed(page);
    await page.context().close();
  }
  return figures;
}
