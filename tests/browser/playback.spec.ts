import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  DAY_MS,
  detailsHeading,
  firstInstant,
  eventsInTimeOrder,
  mapMarkers,
  openApp,
  readTimeWindow,
  region,
  timeWindowText,
  watchPage,
} from './helpers';
import { markerCount } from './url-helpers';

// User story: a teacher presses Play and history unrolls: the timeline's window glides forward and events appear on
// the map as they happen; Pause holds it still. Someone who asked for less motion gets steps from event to event.

const events = eventsInTimeOrder();
const allMarkers = events.reduce((sum, event) => sum + markerCount(event), 0);

function playback(page: Page): Locator {
  return page.getByRole('group', { name: 'Playback' });
}

function playbackButton(page: Page, name: 'Play' | 'Pause' | 'Step back' | 'Step forward' | 'Stop'): Locator {
  return playback(page).getByRole('button', { name, exact: true });
}

/** Samples `read` every 200 ms for `ms` and returns the distinct values seen. */
async function sample(page: Page, read: () => Promise<string>, ms: number): Promise<string[]> {
  const seen = new Set([await read()]);
  for (let waited = 0; waited < ms; waited += 200) {
    await page.waitForTimeout(200);
    seen.add(await read());
  }
  return [...seen];
}

test('Play glides the window forward and reveals events on the map as they happen; Pause holds still', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openApp(page);
  await expect(mapMarkers(page)).toHaveCount(allMarkers);
  // A window of a few years, so that the playhead reaches its end within seconds at a year a second.
  const timeline = region(page, 'Timeline');
  await timeline.getByRole('button', { name: 'Zoom in on time' }).click();
  await timeline.getByRole('button', { name: 'Zoom in on time' }).click();
  await playback(page).getByRole('combobox', { name: 'Speed' }).selectOption({ label: '1 year/s' });
  const before = await readTimeWindow(page);

  await playbackButton(page, 'Play').click();

  await expect(playbackButton(page, 'Pause')).toBeVisible();
  // Playback begins at the window's start: only what had happened by then is on the map.
  const atStart = await mapMarkers(page).count();
  expect(atStart).toBeLessThan(allMarkers);
  await expect
    .poll(async () => (await readTimeWindow(page)).from, { message: 'the window to move forward', timeout: 10_000 })
    .toBeGreaterThan(before.from);
  // The window slides; it keeps its width (to the day its label is rounded to).
  expect(Math.abs((await readTimeWindow(page)).span - before.span)).toBeLessThanOrEqual(DAY_MS);
  await expect.poll(() => mapMarkers(page).count(), { message: 'more markers on the map' }).toBeGreaterThan(atStart);
  await expect(playback(page).getByRole('status')).toHaveText(/^Playing: \d{1,2} \w{3,4} \d{4}$/);

  await playbackButton(page, 'Pause').click();

  await expect(playbackButton(page, 'Play')).toBeVisible();
  await expect(playback(page).getByRole('status')).toHaveText(/^Paused: \d{1,2} \w{3,4} \d{4}$/);
  const paused = await timeWindowText(page).innerText();
  const markers = await mapMarkers(page).count();
  expect(await sample(page, () => timeWindowText(page).innerText(), 1000)).toEqual([paused]);
  await expect(mapMarkers(page)).toHaveCount(markers);

  await playbackButton(page, 'Stop').click();

  // Without a playhead the map shows every event again.
  await expect(mapMarkers(page)).toHaveCount(allMarkers);
  expect(watch.pageErrors).toEqual([]);
});

test('under reduced motion, playback steps from event to event instead of gliding', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  const window = await timeWindowText(page).innerText();

  const pressed = Date.now();
  await playbackButton(page, 'Play').click();

  // The whole dataset is in view, so playback begins at its first event, and selects it at once.
  await expect(detailsHeading(page)).toHaveText(events[0].title);
  // It stays there a while (about 2 s), then steps to the next one; the window does not glide meanwhile.
  await expect(detailsHeading(page)).toHaveText(events[1].title, { timeout: 5000 });
  expect(Date.now() - pressed).toBeGreaterThan(1500);
  await expect(detailsHeading(page)).toHaveText(events[2].title, { timeout: 5000 });
  await expect(timeWindowText(page)).toHaveText(window);

  await playbackButton(page, 'Pause').click();

  const heading = await detailsHeading(page).innerText();
  expect(await sample(page, () => detailsHeading(page).innerText(), 3000)).toEqual([heading]);
});

test('Step forward and Step back move the playhead from event to event and select each', async ({ page }) => {
  await openApp(page);

  await playbackButton(page, 'Step forward').click();
  await expect(detailsHeading(page)).toHaveText(events[0].title);
  await playbackButton(page, 'Step forward').click();
  await expect(detailsHeading(page)).toHaveText(events[1].title);
  await playbackButton(page, 'Step back').click();
  await expect(detailsHeading(page)).toHaveText(events[0].title);
  // The map shows only what had begun by the first event's start.
  const begun = events.filter((e) => firstInstant(e.start) <= firstInstant(events[0].start));
  await expect(mapMarkers(page)).toHaveCount(begun.reduce((sum, e) => sum + markerCount(e), 0));
  expect(begun.length).toBeLessThan(events.length);
});
