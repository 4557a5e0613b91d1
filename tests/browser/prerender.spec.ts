import { expect, test, type Page } from '@playwright/test';
import { detailsHeading, EMPTY_DETAILS_TEXT, mapMarkers, readDataset, region, timelineMarks } from './helpers';
import { createSyntheticDataset } from '../fixtures/synthetic-dataset';

// User story: a visitor with a slow phone, or none of the page's scripts yet, sees the whole first view from the
// HTML: the events, the timeline and the map. When the scripts run, the page comes to life where it stands: nothing
// moves, nothing flashes, and a link's own view replaces the first one before it is ever painted.

const dataset = readDataset();
const { events } = dataset;

/** Console messages React gives when the page it hydrates differs from the HTML (in production, errors #418-#425). */
function watchHydration(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /hydrat|did not match|Minified React error/i.test(text)) messages.push(text);
  });
  page.on('pageerror', (error) => messages.push(error.message));
  return messages;
}

/** Every layout shift the page reports, from its first paint on (a CLS of 0 means none). */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: { node?: Node | null }[];
      })[]) {
        const nodes = (entry.sources ?? []).map((s) => (s.node as Element | null)?.className?.toString() ?? '?');
        shifts.push({ value: entry.value, nodes });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the app page is the whole first view: every event, the timeline drawn, the map poster', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(`${dataset.meta.title} · Waymark`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.meta.title);
    const list = region(page, 'Event list');
    await expect(list.getByRole('listitem')).toHaveCount(events.length);
    for (const event of events) await expect(list.getByText(event.title, { exact: true })).toBeVisible();
    // The timeline's marks, one per dated event, in an SVG with its axis.
    await expect(timelineMarks(page)).toHaveCount(events.filter((e) => e.start).length);
    await expect(region(page, 'Timeline').locator('svg.timeline-svg .timeline-axis text').first()).toBeVisible();
    const poster = page.getByRole('img', { name: `Map of the places of ${events.length} events.`, exact: false });
    await expect(poster).toBeVisible();
    expect(await poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(region(page, 'Event details')).toContainText(EMPTY_DETAILS_TEXT);
    await expect(region(page, 'Filters').getByRole('checkbox')).toHaveCount(dataset.categories.length);
  });

  test('the HTML says nothing in a style attribute, which the Content-Security-Policy would refuse', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('#root [style]')).toHaveCount(0);
    await expect(page.locator('script:not([src])')).toHaveAttribute('type', 'application/json');
  });
});

test('the prerendered page hydrates without a mismatch or a layout shift, and Leaflet takes the poster’s place', async ({
  page,
}) => {
  const problems = watchHydration(page);
  const shifts = await recordShifts(page);
  await page.goto('/');
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('img', { name: /^Map of the places/ })).toHaveCount(0);
  // Hydrated: a click on a row answers.
  await region(page, 'Event list').getByRole('button', { name: events[3].title, exact: false }).click();
  await expect(detailsHeading(page)).toHaveText(events[3].title);
  await page.waitForTimeout(500);
  expect(problems).toEqual([]);
  expect(await shifts()).toEqual([]);
});

test('a link with its own view settles to it: the event, the window and the filters', async ({ page }) => {
  const problems = watchHydration(page);
  const event = events.find((e) => e.category === dataset.categories[1].id)!;
  await page.goto(`/?event=${event.id}&cat=${dataset.categories[1].id}`);
  await expect(detailsHeading(page)).toHaveText(event.title);
  const rows = region(page, 'Event list').getByRole('listitem');
  await expect(rows).toHaveCount(events.filter((e) => e.category === dataset.categories[1].id).length);
  await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
  expect(problems).toEqual([]);
});

test('a share page paints its moment, then the app runs there under the app’s own address', async ({ page }) => {
  const problems = watchHydration(page);
  const event = events[10];
  await page.goto(`e/${event.id}/`);
  await expect(page).toHaveURL(new RegExp(`/\\?event=${event.id}$`));
  await expect(detailsHeading(page)).toHaveText(event.title);
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
  // Live: stepping on works, and the address follows.
  await region(page, 'Event details').getByRole('button', { name: /Next/ }).click();
  await expect(detailsHeading(page)).not.toHaveText(event.title);
  expect(problems).toEqual([]);
});

test('when the data beside the page is not what it was built from, the page shows the new data, not the old', async ({
  page,
}) => {
  const other = createSyntheticDataset(12);
  await page.route('**/data/events.json', (route) => route.fulfill({ json: other }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.meta.title);
  await expect(region(page, 'Event list').getByRole('listitem')).toHaveCount(other.events.length);
  await expect(page.getByText(events[0].title, { exact: true })).toHaveCount(0);
  await expect(page.getByRole('img', { name: /^Map of the places/ })).toHaveCount(0);
});
