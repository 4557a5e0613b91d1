import { expect, test } from '@playwright/test';
import {
  detailsHeading,
  eventsInTimeOrder,
  listRow,
  listRows,
  openApp,
  region,
  timelineMark,
  timelineMarks,
  watchPage,
} from './helpers';
import { filterCount, searchBox } from './url-helpers';

// Forced failures: storage that throws (private browsing) and a map that cannot load leave the rest of the app usable.

const events = eventsInTimeOrder();

test('with storage that throws, the app works and settings last the visit', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
    Object.defineProperty(window, 'sessionStorage', { get: refuse, configurable: true });
  });
  const watch = watchPage(page);
  await openApp(page);
  expect(await page.evaluate(() => Object.getOwnPropertyDescriptor(window, 'localStorage')?.get !== undefined)).toBe(
    true,
  );

  // A tour draft survives closing and reopening the builder, in memory.
  await page.getByRole('region', { name: 'Tours' }).locator('summary').click();
  await page.getByRole('button', { name: 'Build a tour' }).click();
  const builder = page.getByRole('region', { name: 'Build a tour' });
  await builder.getByRole('searchbox', { name: 'Find events' }).fill(events[3].title);
  await builder.getByRole('button', { name: `Add: ${events[3].title}`, exact: true }).click();
  await builder.getByRole('button', { name: 'Close the tour builder' }).click();
  await page.getByRole('button', { name: 'Build a tour' }).click();
  await expect(builder.getByRole('list', { name: 'Stops' }).getByRole('listitem')).toHaveCount(1);
  await builder.getByRole('button', { name: 'Close the tour builder' }).click();

  // The online-map setting can still be turned on and off.
  const tiles = region(page, 'Map').getByRole('button', { name: 'Online map' });
  await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
  await tiles.click();
  await expect(tiles).toHaveAttribute('aria-pressed', 'false');

  // Selecting and filtering still work.
  await listRow(page, events[5]).click();
  await expect(detailsHeading(page)).toHaveText(events[5].title);
  expect(watch.pageErrors).toEqual([]);
});

test('when the map cannot load, the timeline, list, details and filters go on working', async ({ page }) => {
  // Fail the chunk that holds Leaflet, found by its content: the bundler may give a small shared chunk a similar name.
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('leaflet-zoom-animated')) await route.abort('failed');
    else await route.fulfill({ response, body });
  });
  const watch = watchPage(page);
  await page.goto('/');
  const mapError = page.getByRole('alert', { name: 'Map' });
  await expect(mapError).toBeVisible();
  await expect(mapError.getByRole('heading')).toHaveText('The map could not be shown');
  await expect(mapError).toContainText('The other views still work.');

  await expect(timelineMarks(page).first()).toBeVisible();
  await expect(listRows(page)).toHaveCount(events.length);
  const target = events[7];
  await timelineMark(page, target).focus();
  await page.keyboard.press('Enter');
  await expect(detailsHeading(page)).toHaveText(target.title);
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).toHaveText(events[8].title);

  const word = events[8].title.split(' ').find((w) => w.length > 5)!;
  await searchBox(page).fill(word);
  await expect(filterCount(page)).not.toHaveText(`${events.length} of ${events.length} events`);
  expect(await listRows(page).count()).toBeLessThan(events.length);
  expect(watch.pageErrors.filter((e) => !/map-view|dynamically imported module/i.test(e))).toEqual([]);
});
