import { expect, test, type Locator, type Page } from '@playwright/test';
import { detailsHeading, eventsInTimeOrder, mapMarkers, region, watchPage } from './helpers';
import { createSyntheticDataset } from '../fixtures/synthetic-dataset';

// User story: a visitor opens a shared link on a phone. The first screen shows the moment (the event's heading and
// date under the map around it); the tours, filters and search wait behind one bar that says how many events show.

const PHONE = { width: 390, height: 844 };
const rangoon = eventsInTimeOrder().find((e) => e.id === 'obama-visits-rangoon')!;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('expected the element to be drawn');
  return found;
}

const filtersBar = (page: Page) => page.getByRole('button', { name: /^Filters and tours/ });

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('a shared link’s first screen shows the event’s heading and date under the map, and nothing scrolls sideways', async ({
    page,
  }) => {
    const watch = watchPage(page);
    await page.goto(`/?event=${rangoon.id}`);
    await expect(detailsHeading(page)).toHaveText(rangoon.title);
    const heading = await box(detailsHeading(page));
    const date = await box(region(page, 'Event details').getByText('19 November 2012', { exact: true }));
    const map = await box(region(page, 'Map'));
    expect(heading.y + heading.height).toBeLessThanOrEqual(PHONE.height);
    expect(date.y + date.height).toBeLessThanOrEqual(PHONE.height);
    expect(map.y + map.height).toBeLessThanOrEqual(heading.y);
    expect(map.height).toBeGreaterThanOrEqual(240);
    // The event's own marker is drawn inside the map's box.
    const marker = await box(mapMarkers(page).and(page.getByRole('button', { name: new RegExp(`^${rangoon.title}`) })));
    expect(marker.y).toBeGreaterThanOrEqual(map.y);
    expect(marker.y + marker.height).toBeLessThanOrEqual(map.y + map.height);
    // Filters and tours are behind the bar, not in the way.
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(filtersBar(page)).toHaveText(/53 of 53 events/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(watch.pageErrors).toEqual([]);
  });

  test('the bar opens the filters and tours as a sheet, closed by Done, Escape or a tap outside', async ({ page }) => {
    await page.goto(`/?event=${rangoon.id}`);
    await expect(detailsHeading(page)).toHaveText(rangoon.title);
    const bar = filtersBar(page);
    await expect(bar).toHaveAttribute('aria-expanded', 'false');

    await bar.tap();
    const sheet = page.getByRole('dialog', { name: 'Filters and tours' });
    await expect(sheet).toBeVisible();
    await expect(bar).toHaveAttribute('aria-expanded', 'true');
    await expect(sheet.getByRole('searchbox')).toBeVisible();
    await expect(sheet.getByRole('heading', { name: /Guided tours/ })).toBeVisible();
    // Filtering from the sheet: the bar's count follows.
    await sheet.getByRole('searchbox').fill('Rangoon');
    await expect(bar).not.toHaveText(/53 of 53/);
    await sheet.getByRole('button', { name: 'Reset filters' }).tap();
    await sheet.getByRole('button', { name: 'Done' }).tap();
    await expect(sheet).toBeHidden();
    await expect(bar).toBeFocused();
    await expect(bar).toHaveText(/53 of 53 events/);

    await bar.tap();
    await expect(sheet).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(bar).toBeFocused();
    // Escape closed the sheet, and only the sheet: the event is still selected.
    await expect(detailsHeading(page)).toHaveText(rangoon.title);

    await bar.tap();
    await expect(sheet).toBeVisible();
    const sheetBox = await box(sheet);
    await page.touchscreen.tap(PHONE.width / 2, Math.max(10, sheetBox.y - 40));
    await expect(sheet).toBeHidden();
  });

  test('keeps the keyboard inside the open sheet', async ({ page }) => {
    await page.goto('/');
    await filtersBar(page).click();
    const sheet = page.getByRole('dialog', { name: 'Filters and tours' });
    await expect(sheet).toBeVisible();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      expect(await sheet.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
  });

  test('every button, field and toggle on the first screen is at least 44 px each way', async ({ page }) => {
    await page.goto(`/?event=${rangoon.id}`);
    await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
    const small = await page.evaluate((height) => {
      const targets = document.querySelectorAll<HTMLElement>(
        'button, select, summary, input[type="search"], label.toggle, .leaflet-bar a',
      );
      return [...targets].flatMap((element) => {
        const rect = element.getBoundingClientRect();
        const shown = rect.width > 0 && rect.height > 0 && rect.top < height && rect.bottom > 0;
        if (!shown || element.closest('.leaflet-marker-pane, [aria-hidden="true"]')) return [];
        return rect.width < 44 || rect.height < 44
          ? [`${element.textContent?.trim() || element.getAttribute('aria-label')}: ${rect.width}x${rect.height}`]
          : [];
      });
    }, PHONE.height);
    expect(small).toEqual([]);
  });

  test('the note about grouped markers is read out but never drawn over the map', async ({ page }) => {
    const dataset = createSyntheticDataset(400);
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }),
    );
    await page.goto('/');
    const note = region(page, 'Map').getByText(/markers are grouped in numbered circles/);
    await expect(note).toBeAttached({ timeout: 15_000 });
    const drawn = await box(note);
    expect(drawn.width * drawn.height).toBeLessThanOrEqual(1);
  });
});

test.describe('on wider screens', () => {
  test('the filters stay in the sidebar, with no bar and no sheet', async ({ page }) => {
    await page.goto('/');
    await expect(region(page, 'Filters').getByRole('searchbox')).toBeVisible();
    await expect(filtersBar(page)).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
