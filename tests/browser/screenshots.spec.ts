import { expect, test } from '@playwright/test';
import {
  detailsHeading,
  eventsInTimeOrder,
  isJourney,
  listRow,
  mapMarkersOf,
  openApp,
  timelineMark,
  watchPage,
} from './helpers';

// User story: the app looks right and stays quiet on a laptop, a phone and a large screen, and never calls out to
// another server. The full-page screenshots are attached to the report and kept in test-results as CI artifacts.

const events = eventsInTimeOrder();
/** An event at several places, so the screenshot shows the linked selection on the map. */
const event = events.filter((e) => !isJourney(e)).sort((a, b) => b.places.length - a.places.length)[0];

const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];

for (const viewport of VIEWPORTS) {
  const size = `${viewport.width}x${viewport.height}`;

  test.describe(`at ${size}`, () => {
    // Jumps instead of flights on the map, so the screenshot shows where the map comes to rest.
    test.use({ viewport, reducedMotion: 'reduce' });

    test(`shows the selected event everywhere, without errors or foreign requests (${size})`, async ({
      page,
    }, testInfo) => {
      const watch = watchPage(page);
      await openApp(page);
      const appOrigin = new URL(page.url()).origin;

      await listRow(page, event).click();

      await expect(detailsHeading(page)).toHaveText(event.title);
      await expect(timelineMark(page, event)).toHaveAttribute('aria-pressed', 'true');
      const markers = mapMarkersOf(page, event);
      await expect(markers).toHaveCount(event.places.length);
      for (const marker of await markers.all()) await expect(marker).toHaveAttribute('aria-pressed', 'true');
      await watch.networkQuiet();

      const path = testInfo.outputPath(`waymark-${size}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`waymark-${size}`, { path, contentType: 'image/png' });

      // Nothing is wider than the screen: the page never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(watch.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(watch.consoleErrors, 'errors in the console').toEqual([]);
      expect(watch.requests.length).toBeGreaterThan(0);
      expect(watch.foreignRequests(appOrigin), 'requests to other origins').toEqual([]);
    });
  });
}
