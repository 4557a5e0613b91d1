import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { detailsHeading, listRows, mapMarkers, openApp, readDataset, timelineMarks, watchPage } from './helpers';

// User story: after one visit, Waymark opens with no network, in the classroom whose Wi-Fi just went down.

test.use({ serviceWorkers: 'allow' });

const dataset = readDataset();
const [someEvent] = dataset.events;
/** The built worker, as the preview server serves it (vite.config.ts reads the same variable). */
const WORKER_FILE = join(process.env.WAYMARK_OUT_DIR ?? 'dist', 'sw.js');

/** Waits until the service worker has installed (its precache complete) and activated. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    while (worker.state !== 'activated') await new Promise((done) => worker.addEventListener('statechange', done));
  });
}

async function expectDatasetShown(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  await expect(listRows(page)).toHaveCount(dataset.events.length);
  await expect(timelineMarks(page).first()).toBeVisible();
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.leaflet-overlay-pane path').first()).toBeAttached();
}

test('after the first visit the app, its data and a shared view open offline', async ({ page, context }) => {
  const watch = watchPage(page);
  await openApp(page);
  await waitForWorker(page);

  await context.setOffline(true);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expectDatasetShown(page);

  // A shared address, with its query, opens the precached page too; so does the lazily loaded share dialog.
  await page.goto(`/?event=${encodeURIComponent(someEvent.id)}`);
  await expect(detailsHeading(page)).toHaveText(someEvent.title);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();

  expect(watch.pageErrors).toEqual([]);
});

test('the precache holds the app and its data, but not the share pages or their images', async ({ page }) => {
  await openApp(page);
  await waitForWorker(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  for (const path of ['/index.html', '/data/events.json', '/basemap/basemap-coarse.json', '/favicon.svg']) {
    expect(cached).toContain(path);
  }
  expect(cached.some((path) => /^\/assets\/index-.+\.js$/.test(path))).toBe(true);
  expect(cached.filter((path) => path.startsWith('/e/'))).toEqual([]);
});

test('with the worker in control, a share page is still the share page, and leads into the app', async ({ page }) => {
  await openApp(page);
  await waitForWorker(page);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await page.goto(`e/${someEvent.id}/`);
  await expect(page).toHaveURL(new RegExp(`[?&]event=${someEvent.id}`));
  await expect(detailsHeading(page)).toHaveText(someEvent.title);
});

test('no update prompt on a first visit, and the worker never takes over by itself', async ({ page }) => {
  await openApp(page);
  await waitForWorker(page);
  await expect(page.getByRole('button', { name: 'Reload when ready' })).toHaveCount(0);
  // clientsClaim is off: the page that installed the worker stays as it loaded, uncontrolled, until the next visit.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test('a new version waits for the user: the page reloads only when they say so', async ({ page }) => {
  await openApp(page);
  await waitForWorker(page);
  await page.reload();
  await expect(listRows(page).first()).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
  // While the page reloads there is no context to ask: say so, rather than throw (true only while it is the same page).
  const stillHere = () =>
    page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere).catch(() => 'reloading');

  // Deploy a "new version": the same worker, one byte different. (Playwright cannot route a worker's update check.)
  const original = readFileSync(WORKER_FILE, 'utf8');
  try {
    writeFileSync(WORKER_FILE, `${original}\n// the next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const reload = page.getByRole('button', { name: 'Reload when ready' });
    await expect(reload).toBeVisible();
    await page.waitForTimeout(1000);
    expect(await stillHere()).toBe(true);

    await reload.click();
    await expect.poll(stillHere).toBeUndefined();
    await expect(listRows(page).first()).toBeVisible();
    await expect(reload).toHaveCount(0);
  } finally {
    writeFileSync(WORKER_FILE, original);
  }
});
