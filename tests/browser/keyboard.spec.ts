import { expect, test } from '@playwright/test';
import {
  detailsHeading,
  EMPTY_DETAILS_TEXT,
  eventsInTimeOrder,
  listRow,
  openApp,
  region,
  timelineMark,
  timelineMarks,
} from './helpers';

// User story: with the keyboard alone I can walk through the events in the order they happened, and back.

const events = eventsInTimeOrder();

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('ArrowRight walks every event in time order, ArrowLeft walks back, Escape clears', async ({ page }) => {
  // Over a hundred steps, each a map flight: give the walk three times the usual time.
  test.slow();
  const details = region(page, 'Event details');
  await expect(details).toContainText(EMPTY_DETAILS_TEXT);

  for (const [i, event] of events.entries()) {
    await page.keyboard.press('ArrowRight');
    await expect(detailsHeading(page), `step ${i + 1} of ${events.length}`).toHaveText(event.title);
  }
  const last = events[events.length - 1];
  await expect(timelineMark(page, last)).toHaveAttribute('aria-pressed', 'true');
  await expect(listRow(page, last)).toHaveAttribute('aria-pressed', 'true');

  // Past the last event, ArrowRight stays on it.
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).toHaveText(last.title);

  for (let i = events.length - 2; i >= 0; i--) {
    await page.keyboard.press('ArrowLeft');
    await expect(detailsHeading(page), `back to event ${i + 1}`).toHaveText(events[i].title);
  }

  await page.keyboard.press('Escape');
  await expect(details).toContainText(EMPTY_DETAILS_TEXT);
  await expect(details.getByRole('button', { name: 'Close details' })).toHaveCount(0);
  await expect(timelineMarks(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(0);
  await expect(region(page, 'Event list').locator('[aria-pressed="true"]')).toHaveCount(0);
});

test('with no selection, ArrowLeft starts from the last event', async ({ page }) => {
  await page.keyboard.press('ArrowLeft');
  await expect(detailsHeading(page)).toHaveText(events[events.length - 1].title);
});

test('arrow keys typed in the search box move the caret, not the selection', async ({ page }) => {
  const search = region(page, 'Filters').getByRole('searchbox', { name: 'Search' });
  await search.fill('a');
  await search.press('ArrowLeft');
  await search.press('ArrowRight');
  await expect(region(page, 'Event details')).toContainText(EMPTY_DETAILS_TEXT);
});

test('the timeline marks are one tab stop', async ({ page }) => {
  const marks = timelineMarks(page);
  await expect(marks).toHaveCount(events.length);
  await expect(marks.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await expect(timelineMark(page, events[0])).toHaveAttribute('tabindex', '0');

  // Tab from the toolbar's last control enters the drawing at exactly one mark: the first in time.
  await region(page, 'Timeline').getByRole('combobox', { name: 'Speed' }).focus();
  await page.keyboard.press('Tab');
  await expect(timelineMark(page, events[0])).toBeFocused();

  // The next Tab leaves the marks instead of visiting the other marks.
  await page.keyboard.press('Tab');
  await expect(region(page, 'Timeline').locator('svg :focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(timelineMark(page, events[0])).toBeFocused();

  // The tab stop follows the selection, and Enter on a focused mark selects it.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).toHaveText(events[1].title);
  await expect(timelineMark(page, events[1])).toBeFocused();
  await expect(marks.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await expect(timelineMark(page, events[1])).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Escape');
  await expect(region(page, 'Event details')).toContainText(EMPTY_DETAILS_TEXT);
  await page.keyboard.press('Enter');
  await expect(detailsHeading(page)).toHaveText(events[1].title);
});
