import { expect, test, type Page } from '@playwright/test';
import { detailsHeading, escapeRegExp, isJourney, readDataset, region, type DataEvent } from './helpers';

// User story: a link I share to one moment shows its title, summary and a picture wherever I paste it; without
// JavaScript it shows that moment in Waymark, with its summary and sources; with it, the app takes over there.

const { events, sources } = readDataset();

function metaContent(page: Page, property: string): Promise<string | null> {
  return page.locator(`meta[property="${property}"]`).getAttribute('content');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every event has a share page with a link preview, readable as a summary', async ({ page, request }) => {
    test.slow();
    for (const event of events) {
      await test.step(`e/${event.id}/`, async () => {
        const response = await page.goto(`e/${event.id}/`);
        expect(response?.status()).toBe(200);
        expect(await metaContent(page, 'og:title')).toBe(event.title);

        // Relative, or absolute under WAYMARK_SITE_URL when the build had one: either way the file beside the page.
        const image = await metaContent(page, 'og:image');
        expect(image === 'preview.png' || image?.endsWith(`/e/${event.id}/preview.png`)).toBe(true);
        const png = await request.get(`e/${event.id}/preview.png`);
        expect(png.status()).toBe(200);
        expect(png.headers()['content-type']).toBe('image/png');

        // The app itself, prerendered with the event open: its details, its sources, and the list of every event.
        await expect(detailsHeading(page)).toHaveText(event.title);
        const details = region(page, 'Event details');
        await expect(details.getByText(event.summary, { exact: true })).toBeVisible();
        for (const id of event.sources) {
          const source = sources.find((s) => s.id === id)!;
          await expect(details.getByText(source.title, { exact: true })).toBeVisible();
        }
        await expect(region(page, 'Event list').getByRole('listitem')).toHaveCount(events.length);
        await expect(page.getByRole('img', { name: /^Map of the place of this event/ })).toBeVisible();
        // Nothing moved the reader on.
        expect(new URL(page.url()).pathname).toMatch(new RegExp(`/e/${escapeRegExp(event.id)}/$`));
      });
    }
  });
});

test.describe('with JavaScript', () => {
  const longestTitle = [...events].sort((a, b) => b.title.length - a.title.length)[0];
  const journey = events.find(isJourney);
  const manyPlaces = events.find((e) => e.places.length > 1 && !isJourney(e));
  const picks = [events[0], longestTitle, journey, manyPlaces].filter(
    (e, i, all): e is DataEvent => e !== undefined && all.indexOf(e) === i,
  );

  for (const event of picks) {
    test(`e/${event.id}/ goes on to the app with the event open`, async ({ page }) => {
      await page.goto(`e/${event.id}/`);
      await expect(page).toHaveURL(new RegExp(`/\\?(.*&)?event=${escapeRegExp(event.id)}(&|$)`));
      expect(new URL(page.url()).pathname).not.toContain('/e/');
      await expect(detailsHeading(page)).toHaveText(event.title);
    });
  }
});
