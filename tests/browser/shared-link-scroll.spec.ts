import { expect, test } from '@playwright/test';
import { detailsHeading, eventsInTimeOrder, listRow } from './helpers';
import { createSyntheticDataset } from '../fixtures/synthetic-dataset';

// A shared link to an event opens at the top of the page on a phone (the list is part of the page there), while on a
// desktop the sidebar's own list scrolls to show the linked event's row.

const events = eventsInTimeOrder();
const late = events[events.length - 5];

test('on a phone, a link to a late event opens at the top of the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?event=${late.id}`);
  await expect(detailsHeading(page)).toHaveText(late.title);
  await expect(listRow(page, late)).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('on a desktop, the sidebar list scrolls to the linked event’s row', async ({ page }) => {
  await page.goto(`/?event=${late.id}`);
  await expect(detailsHeading(page)).toHaveText(late.title);
  await expect(listRow(page, late)).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('on a phone, stepping to the next event from the details leaves the page where it is, with a long list', async ({
  page,
}) => {
  const dataset = createSyntheticDataset(400);
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?event=${dataset.events[200].id}`);
  await expect(page.locator('.event-list.is-virtual')).toHaveCount(1);
  const before = await detailsHeading(page).innerText();
  const next = page.getByRole('button', { name: /Next/ });
  await next.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  await next.click();
  await expect(detailsHeading(page)).not.toHaveText(before);
  await page.waitForTimeout(300);
  // The list's row is revealed inside its own box, but the page is not carried away to the list.
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(5);
});
