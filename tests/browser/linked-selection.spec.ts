import { expect, test } from '@playwright/test';
import {
  clickTimelineMark,
  detailsHeading,
  eventsInTimeOrder,
  isJourney,
  listRow,
  mapMarkers,
  mapMarkersOf,
  mostIsolatedEvent,
  openApp,
  region,
  timelineMark,
  timelineMarks,
} from './helpers';

// User story: what I pick in one view is picked in all of them, so I can see when, where and what at once.

const events = eventsInTimeOrder();
/** The event (not a journey) at the most places, so that several map markers must follow one selection. */
const manyPlaces = events.filter((e) => !isJourney(e)).sort((a, b) => b.places.length - a.places.length)[0];
const isolated = mostIsolatedEvent(events);

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('clicking a timeline mark selects the event on the map and opens its details', async ({ page }) => {
  const mark = timelineMark(page, manyPlaces);
  await expect(mark).toHaveAttribute('aria-pressed', 'false');

  await clickTimelineMark(mark);

  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(detailsHeading(page)).toHaveText(manyPlaces.title);
  const markers = mapMarkersOf(page, manyPlaces);
  await expect(markers).toHaveCount(manyPlaces.places.length);
  for (const marker of await markers.all()) {
    await expect(marker).toHaveAttribute('aria-pressed', 'true');
    await expect(marker).toHaveClass(/\bis-selected\b/);
  }
  // Only that event is selected anywhere.
  await expect(mapMarkers(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(manyPlaces.places.length);
  await expect(timelineMarks(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(1);
  await expect(listRow(page, manyPlaces)).toHaveAttribute('aria-pressed', 'true');
});

test('clicking a map marker selects the event on the timeline and in the list', async ({ page }) => {
  const marker = mapMarkersOf(page, isolated);
  await expect(marker).toHaveCount(1);
  await expect(timelineMark(page, isolated)).toHaveAttribute('aria-pressed', 'false');

  await marker.click();

  await expect(marker).toHaveAttribute('aria-pressed', 'true');
  await expect(timelineMark(page, isolated)).toHaveAttribute('aria-pressed', 'true');
  await expect(timelineMark(page, isolated)).toHaveClass(/\bis-selected\b/);
  await expect(listRow(page, isolated)).toHaveAttribute('aria-pressed', 'true');
  await expect(detailsHeading(page)).toHaveText(isolated.title);
  await expect(timelineMarks(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(1);
  await expect(region(page, 'Event list').locator('[aria-pressed="true"]')).toHaveCount(1);
});

test('hovering a list row highlights the event on the map and on the timeline', async ({ page }) => {
  const event = isolated;
  const marker = mapMarkersOf(page, event);
  const mark = timelineMark(page, event);
  await expect(marker).not.toHaveClass(/\bis-hovered\b/);
  await expect(mark).not.toHaveClass(/\bis-hovered\b/);

  await listRow(page, event).hover();

  await expect(marker).toHaveClass(/\bis-hovered\b/);
  await expect(mark).toHaveClass(/\bis-hovered\b/);
  await expect(mapMarkers(page).and(page.locator('.is-hovered'))).toHaveCount(1);
  await expect(timelineMarks(page).and(page.locator('.is-hovered'))).toHaveCount(1);
  // Hovering is not selecting.
  await expect(marker).toHaveAttribute('aria-pressed', 'false');

  // Moving away ends the highlight.
  await region(page, 'Filters').getByRole('heading', { name: 'Filters' }).hover();
  await expect(marker).not.toHaveClass(/\bis-hovered\b/);
  await expect(mark).not.toHaveClass(/\bis-hovered\b/);
});
