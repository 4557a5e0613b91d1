import { expect, test, type Locator, type Page } from '@playwright/test';
import { detailsHeading, eventsInTimeOrder, openApp, readDataset, readTimeWindow, region } from './helpers';
import { filterCount } from './url-helpers';

// User story: with the keyboard alone, and no trap, I can select an event, read its details and sources, move and
// zoom the time window, filter, and reset, reaching every control by Tab.

const events = eventsInTimeOrder();
const dataset = readDataset();

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Not reached with ${limit} presses of Tab`);
}

test('select, read details, move and zoom the window, filter and reset, all by keyboard', async ({ page }) => {
  // A few hundred key presses, each checked: under a loaded CI machine this takes longer than the usual 30 s.
  test.slow();
  await openApp(page);
  await page.locator('body').focus();

  // The skip link goes straight to the list; Enter on a row selects its event.
  const skip = page.getByRole('link', { name: 'Skip to the event list' });
  expect(await tabTo(page, skip)).toBe(1);
  await page.keyboard.press('Enter');
  const row = region(page, 'Event list').getByRole('button', { name: new RegExp(`^${events[2].title}`) });
  await tabTo(page, row, 10);
  await page.keyboard.press('Enter');
  await expect(detailsHeading(page)).toHaveText(events[2].title);

  // The details panel, with its sources, is next in the Tab order after the list and the map.
  const details = region(page, 'Event details');
  await tabTo(page, details.getByRole('button', { name: 'Next event' }));
  await expect(details.getByRole('heading', { name: 'Sources' })).toBeVisible();

  // Move the window later, zoom in, and back to all time, with Enter on the toolbar's buttons.
  const timeline = region(page, 'Timeline');
  const before = await readTimeWindow(page);
  await tabTo(page, timeline.getByRole('button', { name: 'Zoom in on time' }));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await readTimeWindow(page)).text).not.toBe(before.text);
  const zoomed = await readTimeWindow(page);
  expect(zoomed.to - zoomed.from).toBeLessThan(before.to - before.from);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(timeline.getByRole('button', { name: 'Earlier' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await readTimeWindow(page)).from).toBeLessThan(zoomed.from);
  await tabTo(page, timeline.getByRole('button', { name: 'All time' }));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await readTimeWindow(page)).text).toBe(before.text);

  // Filter out the first category with Space, then reset the filters.
  const filters = region(page, 'Filters');
  const category = dataset.categories[0];
  const kept = dataset.events.filter((e) => e.category !== category.id).length;
  await tabTo(page, filters.getByRole('checkbox', { name: category.label }));
  await page.keyboard.press('Space');
  await expect(filterCount(page)).toHaveText(`${kept} of ${events.length} events`);
  await tabTo(page, filters.getByRole('button', { name: 'Reset filters' }));
  await page.keyboard.press('Enter');
  await expect(filterCount(page)).toHaveText(`${events.length} of ${events.length} events`);

  // Escape clears the selection; Tab keeps moving through the page and out of it, with no trap.
  await page.keyboard.press('Escape');
  await expect(details.getByRole('heading', { level: 2 })).not.toHaveText(events[2].title);
  const seen = new Set<string>();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    seen.add(
      await page.evaluate(
        () =>
          document.activeElement?.closest('section[aria-label]')?.getAttribute('aria-label') ??
          document.activeElement?.tagName ??
          '',
      ),
    );
  }
  expect([...seen]).toEqual(expect.arrayContaining(['Event list', 'Map', 'Timeline']));
});
