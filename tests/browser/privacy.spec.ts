import { expect, test } from '@playwright/test';
import {
  clickTimelineMark,
  detailsHeading,
  eventsInTimeOrder,
  listRow,
  mapMarkersOf,
  openApp,
  region,
  timelineMark,
  watchPage,
} from './helpers';
import { searchBox } from './url-helpers';

// Students' privacy and offline classrooms: a whole session of ordinary use sends no request to any other origin.

const events = eventsInTimeOrder();

test('a whole session makes requests only to the app’s own origin', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  await openApp(page);

  // Select from the timeline, the list and the map; step with the keys.
  await clickTimelineMark(timelineMark(page, events[4]));
  await expect(detailsHeading(page)).toHaveText(events[4].title);
  await listRow(page, events[10]).click();
  await mapMarkersOf(page, events[10]).first().click();
  await page.keyboard.press('ArrowRight');

  // Zoom and move the timeline; zoom the map in far enough for the finer shapes.
  const timeline = region(page, 'Timeline');
  await timeline.getByRole('button', { name: 'Zoom in on time', exact: true }).click();
  await timeline.locator('svg').first().hover();
  await page.mouse.wheel(0, -300);
  const map = region(page, 'Map');
  for (let i = 0; i < 3; i++) await map.getByRole('button', { name: 'Zoom in', exact: true }).click();

  // Filter and search, then reset.
  await searchBox(page).fill('Phnom Penh');
  await searchBox(page).fill('');

  // A tour in presentation mode, the share dialog with its QR code, the handout, and playback.
  await page.getByRole('region', { name: 'Tours' }).locator('summary').click();
  await page.getByRole('region', { name: 'Tours' }).getByRole('button').first().click();
  await page.keyboard.press('p');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Step forward' }).click();

  await watch.networkQuiet();
  const appOrigin = new URL(baseURL!).origin;
  expect(watch.requests.length, 'the session made requests to its own origin').toBeGreaterThan(5);
  expect(watch.foreignRequests(appOrigin)).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});
