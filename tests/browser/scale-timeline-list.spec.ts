import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createSyntheticDataset } from '../fixtures/synthetic-dataset';
import { detailsHeading, listRow, listRows, readTimeWindow, region, sortByTime, type DataEvent } from './helpers';

// User story: my class's dataset has 100,000 events, and the timeline and the list still answer at once.

const COUNT = 100_000;
const dataset = createSyntheticDataset(COUNT, 6);
const body = JSON.stringify(dataset);
const inTimeOrder = sortByTime(dataset.events as DataEvent[]);

function canvas(page: Page) {
  return region(page, 'Timeline').locator('canvas.timeline-canvas');
}

async function openLarge(page: Page) {
  await page.route('**/data/events.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  const started = Date.now();
  await page.goto('/');
  await expect(canvas(page)).toBeVisible({ timeout: 30_000 });
  await expect(listRows(page).first()).toBeVisible();
  // Not an assertion: timings belong to the bench, but it helps to see where we stand.
  console.log(`100,000 events: timeline and list drawn after ${Date.now() - started} ms`);
}

test.beforeEach(async ({ page }) => {
  test.slow();
  await openLarge(page);
});

test('the whole span is a density strip, and zooming in far enough shows marks', async ({ page }) => {
  await expect(canvas(page)).toHaveAttribute('data-mode', 'density');
  await expect(canvas(page)).toHaveAccessibleName(/^Timeline: 100,000 events, 100,000 in view; density shown/);
  // No SVG mark at this scale: the canvas is the timeline's one tab stop.
  await expect(region(page, 'Timeline').locator('svg').getByRole('button')).toHaveCount(0);

  const box = (await region(page, 'Timeline').locator('svg.timeline-svg').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  const before = await readTimeWindow(page);
  const started = Date.now();
  let steps = 0;
  while ((await canvas(page).getAttribute('data-mode')) === 'density' && steps < 60) {
    await page.mouse.wheel(0, -400);
    steps++;
  }
  console.log(
    `${steps} wheel steps to marks, ${((Date.now() - started) / steps).toFixed(0)} ms a step incl. Playwright`,
  );
  await expect(canvas(page)).toHaveAttribute('data-mode', 'marks');
  await expect(canvas(page)).toHaveAccessibleName(/in view; drawn as marks/);
  const after = await readTimeWindow(page);
  expect(after.span).toBeLessThan(before.span / 100);
});

test('the timeline steps through time by keyboard and draws the selection', async ({ page }) => {
  await canvas(page).focus();
  await page.keyboard.press('Home');
  await expect(detailsHeading(page)).toHaveText(inTimeOrder[0].title);
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).toHaveText(inTimeOrder[1].title);
  await expect(canvas(page)).toBeFocused();
  await expect(canvas(page)).toHaveAccessibleName(new RegExp(`Selected: ${inTimeOrder[1].title}`));
  await page.keyboard.press('End');
  await expect(detailsHeading(page)).toHaveText(inTimeOrder[COUNT - 1].title);
});

test('the list keeps few rows in the page, knows its size and scrolls to the last event', async ({ page }) => {
  const rows = listRows(page);
  expect(await rows.count()).toBeLessThan(100);
  const items = region(page, 'Event list').getByRole('listitem');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(COUNT));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');

  const last = inTimeOrder[COUNT - 1];
  await page.keyboard.press('ArrowLeft'); // with nothing selected, the last event
  await expect(detailsHeading(page)).toHaveText(last.title);
  await expect(listRow(page, last)).toBeInViewport();
  await expect(listRow(page, last)).toHaveAttribute('aria-pressed', 'true');
  await expect(listRow(page, last).locator('xpath=..')).toHaveAttribute('aria-posinset', String(COUNT));
  expect(await rows.count()).toBeLessThan(100);
});

test('search narrows the count, and an event clicked in the list is selected', async ({ page }) => {
  const search = region(page, 'Filters').getByRole('searchbox', { name: 'Search' });
  const words = ['harbour', 'river'];
  const expected = dataset.events.filter((e) => {
    const text = [e.title, e.summary, ...e.places.map((p) => p.name)].join(' ').toLowerCase();
    return words.every((word) => text.includes(word));
  }).length;
  expect(expected).toBeGreaterThan(0);
  const started = Date.now();
  await search.fill('harbour river');
  await expect(region(page, 'Filters').getByRole('status')).toHaveText(
    new RegExp(`^${expected.toLocaleString('en')} of 100,000 events$`),
  );
  console.log(`search for two words to the count shown: ${Date.now() - started} ms incl. Playwright`);

  const first = listRows(page).first();
  const title = (await first.locator('.event-list-title').innerText()).trim();
  await first.click();
  await expect(detailsHeading(page)).toHaveText(title);
  await expect(first).toHaveAttribute('aria-pressed', 'true');
});

test('the canvas timeline and the virtual list pass axe (WCAG 2.2 A/AA)', async ({ page }) => {
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).toHaveText(inTimeOrder[0].title);
  const result = await new AxeBuilder({ page })
    .include('.timeline')
    .include('.event-list')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(result.passes.length).toBeGreaterThan(5);
});
