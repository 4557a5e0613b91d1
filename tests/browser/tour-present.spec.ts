import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  DATASET_PATH,
  detailsHeading,
  EMPTY_DETAILS_TEXT,
  escapeRegExp,
  eventsInTimeOrder,
  mapMarkers,
  mapMarkersOf,
  openApp,
  region,
  timeWindowText,
  watchPage,
  type DataEvent,
} from './helpers';
import {
  addressParams,
  allNotices,
  historyLength,
  expectWindowDays,
  linkNotices,
  markerCount,
  noticeRegion,
  openLink,
  parseMapParam,
} from './url-helpers';

// User story: a teacher starts a guided tour, projects it as a presentation and steps through it with the keyboard
// or a clicker; a link to a tour step opens that stop, in presentation if the link says so.

interface DataStop {
  event: string;
  window?: { from: string; to: string };
  map?: { lat: number; lon: number; zoom: number };
  note?: string;
}

interface DataTour {
  id: string;
  title: string;
  stops: DataStop[];
}

const { tours } = JSON.parse(readFileSync(DATASET_PATH.replace(/events\.json$/, 'tours.json'), 'utf8')) as {
  tours: DataTour[];
};
const events = eventsInTimeOrder();
const byId = new Map(events.map((e) => [e.id, e]));

function tourById(id: string): DataTour {
  const tour = tours.find((t) => t.id === id);
  if (!tour) throw new Error(`data/tours.json has no tour "${id}"`);
  return tour;
}

/** The event shown at stop `k` (1-based). */
function eventAt(tour: DataTour, k: number): DataEvent {
  const event = byId.get(tour.stops[k - 1].event);
  if (!event) throw new Error(`Stop ${k} of "${tour.id}" names an event the dataset does not have`);
  return event;
}

const NOVEMBER = tourById('november-2012-trip');
const TIERS = tourById('cambodia-tip-tiers');
const JOURNEYS = tourById('journeys-home');

function toursRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Tours', exact: true });
}

function tourBar(page: Page): Locator {
  return page.getByRole('region', { name: 'Tour', exact: true });
}

/** The presentation's bar: in presentation it is the page's only banner. */
function presentBar(page: Page): Locator {
  return page.getByRole('banner');
}

function appRoot(page: Page): Locator {
  return page.locator('.app');
}

/** Presses Tab until `target` has the focus (from wherever the focus is), failing if it never does. */
async function tabTo(page: Page, target: Locator, maxTabs = 40): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reachable with Tab within ${maxTabs} presses`).toBeFocused();
}

/** The values of `keys` in the address, as one comparable object (null for a key that is absent). */
async function addressPick(page: Page, keys: readonly string[]): Promise<Record<string, string | null>> {
  const params = await addressParams(page);
  return Object.fromEntries(keys.map((key) => [key, params.get(key)]));
}

/** Waits until the address's `map=` equals `expected`, each number within 0.01. */
async function expectMapParam(page: Page, expected: { lat: number; lon: number; zoom: number }, what: string) {
  const wanted = `${expected.lat},${expected.lon},${expected.zoom}`;
  await expect
    .poll(
      async () => {
        const map = parseMapParam(await addressParams(page));
        if (!map) return `no usable map= (${(await addressParams(page)).get('map')})`;
        const close =
          Math.abs(map.lat - expected.lat) <= 0.01 &&
          Math.abs(map.lon - expected.lon) <= 0.01 &&
          Math.abs(map.zoom - expected.zoom) <= 0.01;
        return close ? wanted : map.text;
      },
      { message: `${what}: map= in the address` },
    )
    .toBe(wanted);
}

/**
 * Checks that stop `k` (1-based) of `tour` is shown: the details, the progress (tour bar or presentation bar), the
 * selected map markers, and the address (tour, step, present, event, and the stop's window and map view if it has them).
 */
async function expectStop(page: Page, tour: DataTour, k: number, { present }: { present: boolean }): Promise<void> {
  const stop = tour.stops[k - 1];
  const event = eventAt(tour, k);
  const total = tour.stops.length;
  const what = `${tour.id} stop ${k} / ${total}`;

  await expect(detailsHeading(page), `${what}: details`).toHaveText(event.title);
  if (present) {
    await expect(appRoot(page)).toHaveClass(/\bis-presenting\b/);
    const progress = presentBar(page).locator('.present-progress');
    await expect(progress, `${what}: presentation progress`).toHaveText(`${k} / ${total}`);
    await expect(progress).toHaveAttribute('aria-label', `Stop ${k} of ${total}`);
    await expect(presentBar(page)).toContainText(tour.title);
    await expect(tourBar(page)).toHaveCount(0);
  } else {
    await expect(appRoot(page)).not.toHaveClass(/\bis-presenting\b/);
    await expect(tourBar(page).getByRole('heading', { level: 2 })).toHaveText(tour.title);
    // The word "Stop" is for screen readers only; the eye reads "3 / 12".
    await expect(tourBar(page).locator('.tour-progress'), `${what}: tour bar progress`).toHaveText(
      `Stop ${k} / ${total}`,
    );
    await expect(tourBar(page).locator('.tour-progress .visually-hidden')).toHaveText('Stop');
  }

  const markers = mapMarkersOf(page, event);
  await expect(markers, `${what}: markers of the stop's event`).toHaveCount(markerCount(event));
  for (const marker of await markers.all()) {
    await expect(marker, `${what}: marker pressed`).toHaveAttribute('aria-pressed', 'true');
    await expect(marker, `${what}: marker selected`).toHaveClass(/\bis-selected\b/);
  }
  await expect(mapMarkers(page).and(page.locator('[aria-pressed="true"]')), `${what}: pressed markers`).toHaveCount(
    markerCount(event),
  );

  const expected: Record<string, string | null> = {
    tour: tour.id,
    step: k > 1 ? String(k) : null,
    present: present ? '1' : null,
    event: event.id,
  };
  if (stop.window) {
    expected.from = stop.window.from;
    expected.to = stop.window.to;
  }
  await expect
    .poll(() => addressPick(page, Object.keys(expected)), { message: `${what}: the address` })
    .toEqual(expected);
  if (stop.map) await expectMapParam(page, stop.map, what);
}

async function expectSidebarHidden(page: Page): Promise<void> {
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(toursRegion(page)).toBeHidden();
  await expect(region(page, 'Filters')).toBeHidden();
  await expect(region(page, 'Event list')).toBeHidden();
}

async function expectPresentBar(page: Page, tour: DataTour): Promise<void> {
  const bar = presentBar(page);
  await expect(bar).toBeVisible();
  await expect(bar.locator('.present-title')).toHaveText(tour.title);
  await expect(bar.getByRole('button', { name: 'Leave presentation (Esc)', exact: true })).toBeVisible();
  await expect(bar).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  const box = await bar.boundingBox();
  expect(box, 'the presentation bar has a box').not.toBeNull();
  expect(box!.y, 'the presentation bar is at the top').toBeLessThanOrEqual(1);
}

/** Waits until the time window label shows exactly these days (YYYY-MM-DD). */
async function expectWindowLabel(page: Page, from: string, to: string): Promise<void> {
  await expect(timeWindowText(page)).toHaveText(/^Showing \d{1,2} \p{L}+\.? \d{4} – \d{1,2} \p{L}+\.? \d{4}$/u);
  await expectWindowDays(page, from, to);
}

/** Opens a link that starts in presentation, where the sidebar (and so the event list) is hidden. */
async function openPresentationLink(page: Page, search: string): Promise<void> {
  await page.goto(`/${search}`);
  await expect(region(page, 'Timeline')).toBeVisible();
  await expect(region(page, 'Map').locator('.leaflet-container')).toBeVisible({ timeout: 15_000 });
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
}

async function fontSizePx(locator: Locator): Promise<number> {
  return locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

test('keyboard only: start the November 2012 tour, present it, and step with a clicker’s keys', async ({ page }) => {
  test.slow();
  const total = NOVEMBER.stops.length;
  expect(total).toBe(12);
  expect(NOVEMBER.stops[0].map, 'the first stop names a map view').toBeTruthy();
  await openApp(page);

  // Reach the Tours disclosure with Tab and open it with Enter.
  const summary = toursRegion(page).locator('summary');
  await expect(summary).toHaveText(`Guided tours (${tours.length})`);
  await expect(summary).toHaveText('Guided tours (3)');
  const startButton = toursRegion(page).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(NOVEMBER.title)}`),
  });
  await expect(startButton).toBeHidden();
  await tabTo(page, summary);
  await page.keyboard.press('Enter');
  await expect(toursRegion(page).locator('details')).toHaveAttribute('open', '');
  await expect(startButton).toBeVisible();

  // Tab on to the tour and start it with Enter.
  await tabTo(page, startButton);
  await page.keyboard.press('Enter');
  await expectStop(page, NOVEMBER, 1, { present: false });
  const bar = tourBar(page);
  for (const name of ['← Previous stop', 'Next stop →', 'Present', 'Play tour', 'Presenter view', 'End tour']) {
    await expect(bar.getByRole('button', { name, exact: true }), `tour bar button "${name}"`).toBeVisible();
  }
  await expect(bar.getByRole('button', { name: '← Previous stop', exact: true })).toBeDisabled();
  await expect(bar.locator('.tour-note')).toHaveText(NOVEMBER.stops[0].note!);
  await expect(bar.locator('.tour-note')).toHaveCSS('font-style', 'italic');

  // During a tour the arrows step its stops.
  await page.keyboard.press('ArrowRight');
  await expectStop(page, NOVEMBER, 2, { present: false });
  await page.keyboard.press('ArrowLeft');
  await expectStop(page, NOVEMBER, 1, { present: false });

  // P presents (fullscreen may be refused headless: the presentation then fills the window).
  await page.keyboard.press('p');
  await expect(appRoot(page)).toHaveClass(/\bis-presenting\b/);
  await expect
    .poll(
      async () =>
        (await page.evaluate(() => document.fullscreenElement !== null)) ||
        (await allNotices(page).allTextContents()).some((text) => text.includes('Fullscreen was not allowed')),
      { message: 'fullscreen, or a notice that it was refused' },
    )
    .toBe(true);
  await expectPresentBar(page, NOVEMBER);
  await expectSidebarHidden(page);
  await expectStop(page, NOVEMBER, 1, { present: true });

  // Step to stop 7 with PageDown and Space, checking every stop on the way.
  for (let k = 2; k <= 7; k++) {
    await page.keyboard.press(k % 2 === 0 ? 'PageDown' : 'Space');
    await expectStop(page, NOVEMBER, k, { present: true });
  }

  await page.keyboard.press('PageUp');
  await expectStop(page, NOVEMBER, 6, { present: true });
  await page.keyboard.press('Home');
  await expectStop(page, NOVEMBER, 1, { present: true });
  await page.keyboard.press('End');
  await expectStop(page, NOVEMBER, total, { present: true });

  // Escape leaves the presentation; the tour goes on where it was.
  await page.keyboard.press('Escape');
  await expect(appRoot(page)).not.toHaveClass(/\bis-presenting\b/);
  await expect(page.locator('.present-bar')).toHaveCount(0);
  await expect(bar).toBeVisible();
  await expect(toursRegion(page)).toBeVisible();
  await expectStop(page, NOVEMBER, total, { present: false });

  // A second Escape clears the selection.
  await page.keyboard.press('Escape');
  await expect(region(page, 'Event details')).toContainText(EMPTY_DETAILS_TEXT);
  await expect(mapMarkers(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(0);
  await expect.poll(async () => (await addressParams(page)).get('event')).toBeNull();
});

test('a shared tour link opens at its step: the stop’s event, its progress and its time window', async ({ page }) => {
  // Cambodia's tier history, stop 4 (the awareness campaign).
  expect(TIERS.stops.length).toBe(9);
  const window4 = TIERS.stops[3].window!;
  expect(window4).toEqual({ from: '2004-01-01', to: '2011-06-30' });
  await openLink(page, `?tour=${TIERS.id}&step=4`);
  await expectStop(page, TIERS, 4, { present: false });
  await expect(tourBar(page).locator('.tour-progress')).toHaveText('Stop 4 / 9');
  await expectWindowLabel(page, window4.from, window4.to);
  await expect(timeWindowText(page)).toHaveText('Showing 1 Jan 2004 – 30 Jun 2011');
  await expect(tourBar(page).locator('.tour-note')).toHaveText(TIERS.stops[3].note!);
  await expect(tourBar(page).locator('.tour-note')).toHaveCSS('font-style', 'italic');
  await expect(linkNotices(page)).toHaveCount(0);
});

test('a shared tour link with present=1 opens straight into the presentation at its step', async ({ page }) => {
  expect(JOURNEYS.stops.length).toBe(14);
  await openPresentationLink(page, `?tour=${JOURNEYS.id}&step=2&present=1`);
  await expect(appRoot(page)).toHaveClass(/\bis-presenting\b/);
  await expect(presentBar(page).locator('.present-progress')).toHaveText('2 / 14');
  await expectPresentBar(page, JOURNEYS);
  await expectSidebarHidden(page);
  await expectStop(page, JOURNEYS, 2, { present: true });
});

test('each stop is one history entry: Back after Next stop returns to the previous stop', async ({ page }) => {
  await openLink(page, `?tour=${TIERS.id}&step=4`);
  await expectStop(page, TIERS, 4, { present: false });
  const before = await historyLength(page);
  await tourBar(page).getByRole('button', { name: 'Next stop →', exact: true }).click();
  await expectStop(page, TIERS, 5, { present: false });
  // Stop 5 has no note.
  expect(TIERS.stops[4].note).toBeUndefined();
  await expect(tourBar(page).locator('.tour-note')).toHaveCount(0);
  expect.soft(await historyLength(page), 'history entries added by one step').toBe(before + 1);
  await page.goBack();
  await expectStop(page, TIERS, 4, { present: false });
  await expectWindowLabel(page, TIERS.stops[3].window!.from, TIERS.stops[3].window!.to);
  await expect(tourBar(page).locator('.tour-note')).toHaveText(TIERS.stops[3].note!);
});

test('in a presentation, Back after PageDown returns to the previous stop and stays in the presentation', async ({
  page,
}) => {
  await openPresentationLink(page, `?tour=${JOURNEYS.id}&step=2&present=1`);
  await expectStop(page, JOURNEYS, 2, { present: true });
  const before = await historyLength(page);
  await page.keyboard.press('PageDown');
  await expectStop(page, JOURNEYS, 3, { present: true });
  expect.soft(await historyLength(page), 'history entries added by one step').toBe(before + 1);
  await page.goBack();
  await expectStop(page, JOURNEYS, 2, { present: true });
  await expectSidebarHidden(page);
});

test.describe('presentation at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('two stops in presentation: large type, no errors, nothing fetched from elsewhere', async ({
    page,
  }, testInfo) => {
    const watch = watchPage(page);
    await openLink(page, `?tour=${NOVEMBER.id}`);
    await expectStop(page, NOVEMBER, 1, { present: false });
    await tourBar(page).getByRole('button', { name: 'Present', exact: true }).click();
    await expectPresentBar(page, NOVEMBER);
    await expectSidebarHidden(page);

    const shoot = async (k: number) => {
      await expectStop(page, NOVEMBER, k, { present: true });
      const summary = region(page, 'Event details').locator('.details-summary');
      await expect(summary).toBeVisible();
      expect(await fontSizePx(summary), `stop ${k}: details summary font size (px)`).toBeGreaterThanOrEqual(28);
      await watch.networkQuiet();
      const path = testInfo.outputPath(`presentation-stop-${k}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`presentation, stop ${k}`, { path, contentType: 'image/png' });
    };

    await shoot(1);
    for (let k = 2; k <= 5; k++) {
      await page.keyboard.press('PageDown');
      await expect(presentBar(page).locator('.present-progress')).toHaveText(`${k} / ${NOVEMBER.stops.length}`);
    }
    await shoot(5);

    expect(watch.pageErrors, 'page errors').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.foreignRequests(new URL(page.url()).origin), 'requests to other origins').toEqual([]);
  });
});

test('a tour link with a step the tour does not have opens at step 1 with a notice', async ({ page }) => {
  await openLink(page, `?tour=${NOVEMBER.id}&step=99`);
  await expectStop(page, NOVEMBER, 1, { present: false });
  await expect(noticeRegion(page)).toHaveAttribute('role', 'status');
  await expect(noticeRegion(page)).toContainText('no step');
  await expect(linkNotices(page)).toHaveCount(1);
  await expect(linkNotices(page)).toContainText('"99"');
  await expect.poll(async () => (await addressParams(page)).get('step')).toBeNull();
});
