import { expect, test, type Page } from '@playwright/test';
import {
  DAY_MS,
  eventsInTimeOrder,
  listRow,
  openApp,
  readTimeWindow,
  region,
  timeSpan,
  timeWindowText,
  timelineMark,
  type TimeWindow,
} from './helpers';

// User story: I zoom and move through time to look closely at a few years, and come back to the whole story.

const events = eventsInTimeOrder();

function toolbarButton(page: Page, name: string) {
  return region(page, 'Timeline').getByRole('button', { name, exact: true });
}

function timelineSvg(page: Page) {
  return region(page, 'Timeline').locator('svg.timeline-svg');
}

/** Waits until the window label shows something other than `before`, and returns the new window. */
async function nextWindow(page: Page, before: TimeWindow): Promise<TimeWindow> {
  await expect(timeWindowText(page)).not.toHaveText(before.text);
  return readTimeWindow(page);
}

/** Days, for readable failure messages. */
function days(ms: number): number {
  return Math.round(ms / DAY_MS);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the toolbar zooms in, moves earlier and later, zooms out and shows all time', async ({ page }) => {
  const all = await readTimeWindow(page);
  // The whole story fits: from before the first event to after the last.
  expect(all.from).toBeLessThanOrEqual(timeSpan(events[0]).start);
  expect(all.to).toBeGreaterThanOrEqual(Math.max(...events.map((e) => timeSpan(e).end)) - DAY_MS);

  await toolbarButton(page, 'Zoom in on time').click();
  const zoomed = await nextWindow(page, all);
  expect(days(zoomed.span)).toBeLessThan(days(all.span));
  expect(zoomed.span / all.span).toBeCloseTo(0.5, 1);
  expect(zoomed.from).toBeGreaterThan(all.from);
  expect(zoomed.to).toBeLessThan(all.to);

  await toolbarButton(page, 'Earlier').click();
  const earlier = await nextWindow(page, zoomed);
  expect(earlier.from).toBeLessThan(zoomed.from);
  expect(earlier.to).toBeLessThan(zoomed.to);
  expect(Math.abs(days(earlier.span) - days(zoomed.span))).toBeLessThanOrEqual(1);

  await toolbarButton(page, 'Later').click();
  const later = await nextWindow(page, earlier);
  expect(later.from).toBeGreaterThan(earlier.from);
  expect(Math.abs(days(later.from) - days(zoomed.from))).toBeLessThanOrEqual(1);

  await toolbarButton(page, 'Zoom out on time').click();
  const out = await nextWindow(page, later);
  expect(out.span).toBeGreaterThan(later.span);

  await toolbarButton(page, 'Zoom in on time').click();
  await toolbarButton(page, 'All time').click();
  await expect(timeWindowText(page)).toHaveText(all.text);
});

test('the mouse wheel over the timeline zooms in and out', async ({ page }) => {
  const all = await readTimeWindow(page);
  const box = (await timelineSvg(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 12);

  await page.mouse.wheel(0, -400);
  const zoomedIn = await nextWindow(page, all);
  expect(days(zoomedIn.span)).toBeLessThan(days(all.span));

  await page.mouse.wheel(0, 400);
  const zoomedOut = await nextWindow(page, zoomedIn);
  expect(days(zoomedOut.span)).toBeGreaterThan(days(zoomedIn.span));
});

test('dragging the timeline pans it: dragging to the right shows earlier times', async ({ page }) => {
  const all = await readTimeWindow(page);
  await toolbarButton(page, 'Zoom in on time').click();
  const before = await nextWindow(page, all);
  const box = (await timelineSvg(page).boundingBox())!;
  // Along the axis labels at the top, where there are no marks to click.
  const y = box.y + 10;
  const x = box.x + box.width / 3;
  const distance = box.width / 4;

  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + distance, y, { steps: 12 });
  await page.mouse.up();

  const after = await nextWindow(page, before);
  expect(after.from).toBeLessThan(before.from);
  expect(Math.abs(days(after.span) - days(before.span))).toBeLessThanOrEqual(1);
  // The time under the pointer moves with it: a quarter of the width is a quarter of the window.
  const expectedShift = before.span * (distance / box.width);
  expect(before.from - after.from).toBeGreaterThan(expectedShift * 0.8);
  expect(before.from - after.from).toBeLessThan(expectedShift * 1.2);
});

test('selecting an event outside the window, from the list, brings it into the window', async ({ page }) => {
  const all = await readTimeWindow(page);
  await toolbarButton(page, 'Zoom in on time').click();
  await toolbarButton(page, 'Zoom in on time').click();
  await toolbarButton(page, 'Zoom in on time').click();
  await expect.poll(async () => (await readTimeWindow(page)).span).toBeLessThan(all.span / 6);
  const narrow = await readTimeWindow(page);

  // The earliest event that lies wholly before the window.
  const outside = events.find((e) => timeSpan(e).end < narrow.from - DAY_MS);
  expect(outside, 'an event before the zoomed-in window').toBeDefined();
  const event = outside!;
  const mark = timelineMark(page, event).locator('.shape');
  const svg = timelineSvg(page);

  const svgBefore = (await svg.boundingBox())!;
  const markBefore = (await mark.boundingBox())!;
  expect(markBefore.x + markBefore.width, 'the mark starts out left of the drawing').toBeLessThan(svgBefore.x);

  await listRow(page, event).click();

  await expect(timelineMark(page, event)).toHaveAttribute('aria-pressed', 'true');
  const after = await nextWindow(page, narrow);
  expect(after.from).toBeLessThanOrEqual(timeSpan(event).start + DAY_MS);
  expect(after.to).toBeGreaterThan(timeSpan(event).start);
  expect(days(after.span)).toBeLessThanOrEqual(days(narrow.span) + 1);
  await expect
    .poll(
      async () => {
        const s = (await svg.boundingBox())!;
        const m = (await mark.boundingBox())!;
        return (
          m.x >= s.x - 1 && m.x + m.width <= s.x + s.width + 1 && m.y >= s.y - 1 && m.y + m.height <= s.y + s.height + 1
        );
      },
      { message: 'the mark lies inside the timeline drawing' },
    )
    .toBe(true);
});
