import { expect, test } from '@playwright/test';
import { detailsHeading, eventsInTimeOrder, listRow } from './helpers';

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
