import { expect, test, type Page } from '@playwright/test';
import {
  assertTitlesAreDistinct,
  isJourney,
  listRows,
  mapMarkers,
  openApp,
  readDataset,
  region,
  shownInList,
  shownOnMap,
  shownOnTimeline,
  timelineMarks,
  type DataEvent,
} from './helpers';

// User story: I narrow the events by category, country or words, and the timeline, the map and the list always show
// exactly the same events, as many as the count says.

const dataset = readDataset();
const all = dataset.events;
assertTitlesAreDistinct(all);
const total = all.length;

/** The category with the most events, so that unticking it changes every view a lot. */
const biggest = [...dataset.categories].sort(
  (a, b) => all.filter((e) => e.category === b.id).length - all.filter((e) => e.category === a.id).length,
)[0];

function ids(events: readonly DataEvent[]): string[] {
  return events.map((e) => e.id).sort();
}

function filterCount(page: Page) {
  return region(page, 'Filters').getByRole('status');
}

/** Every view shows exactly `expected`, and the count says so. */
async function expectAllViewsToShow(page: Page, expected: readonly DataEvent[]) {
  const want = ids(expected);
  await expect(filterCount(page)).toHaveText(`${expected.length} of ${total} events`);
  await expect.poll(() => shownOnTimeline(page, all), { message: 'timeline marks' }).toEqual(want);
  await expect.poll(() => shownOnMap(page, all), { message: 'map markers' }).toEqual(want);
  await expect.poll(() => shownInList(page, all), { message: 'list rows' }).toEqual(want);
}

/** The map draws one curved path per journey shown. */
function journeyPaths(page: Page) {
  return region(page, 'Map').locator('path.journey');
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('unticking a category removes its events from every view, and Reset filters brings them back', async ({
  page,
}) => {
  const filters = region(page, 'Filters');
  await expectAllViewsToShow(page, all);
  await expect(filters.getByRole('button', { name: 'Reset filters' })).toBeDisabled();

  const checkbox = filters.getByRole('checkbox', { name: biggest.label });
  await expect(checkbox).toBeChecked();
  await checkbox.uncheck();

  await expect(checkbox).not.toBeChecked();
  const others = all.filter((e) => e.category !== biggest.id);
  expect(others.length).toBeLessThan(total);
  await expectAllViewsToShow(page, others);

  await filters.getByRole('button', { name: 'Reset filters' }).click();
  await expect(checkbox).toBeChecked();
  await expectAllViewsToShow(page, all);
});

test('search words narrow every view alike', async ({ page }) => {
  const query = 'fishermen';
  const matching = all.filter((e) =>
    [e.title, e.summary, ...e.places.map((p) => p.name)].some((text) => text.toLowerCase().includes(query)),
  );
  expect(matching.length).toBeGreaterThan(0);
  expect(matching.length).toBeLessThan(total);

  await region(page, 'Filters').getByRole('searchbox', { name: 'Search' }).fill(query);

  await expectAllViewsToShow(page, matching);

  await region(page, 'Filters').getByRole('button', { name: 'Reset filters' }).click();
  await expect(region(page, 'Filters').getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  await expectAllViewsToShow(page, all);
});

test('a search that matches nothing empties every view and says so', async ({ page }) => {
  await region(page, 'Filters').getByRole('searchbox', { name: 'Search' }).fill('zzzz-no-such-word');

  await expect(filterCount(page)).toHaveText(`0 of ${total} events`);
  await expect(region(page, 'Event list')).toContainText('No events match the filters.');
  await expect(listRows(page)).toHaveCount(0);
  await expect(timelineMarks(page)).toHaveCount(0);
  await expect(mapMarkers(page)).toHaveCount(0);
});

test('a category and a search together show only events that pass both', async ({ page }) => {
  const query = 'phnom penh';
  const filters = region(page, 'Filters');
  await filters.getByRole('checkbox', { name: biggest.label }).uncheck();
  await filters.getByRole('searchbox', { name: 'Search' }).fill(query);

  const words = query.split(' ');
  const expected = all.filter(
    (e) =>
      e.category !== biggest.id &&
      words.every((w) => [e.title, e.summary, ...e.places.map((p) => p.name)].join(' ').toLowerCase().includes(w)),
  );
  expect(expected.length).toBeGreaterThan(0);
  await expectAllViewsToShow(page, expected);
});

test('choosing a country shows only the events that happened there', async ({ page }) => {
  // A country with a few events but not all, named in English as in the filter.
  const counts = new Map<string, number>();
  for (const e of all) for (const c of new Set(e.places.map((p) => p.country))) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [code] = [...counts].filter(([, n]) => n > 1 && n < total).sort((a, b) => a[1] - b[1])[0];
  const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!;

  const filters = region(page, 'Filters');
  await filters.locator('summary', { hasText: 'Countries' }).click();
  await filters.getByRole('checkbox', { name, exact: true }).check();

  await expect(filters.getByText(/Countries \(1 chosen\)/)).toBeVisible();
  await expectAllViewsToShow(
    page,
    all.filter((e) => e.places.some((p) => p.country === code)),
  );
});

test('journeys on the map follow the filters', async ({ page }) => {
  const journeys = all.filter(isJourney);
  const category = journeys[0].category;
  const filters = region(page, 'Filters');
  await expect(journeyPaths(page)).toHaveCount(journeys.length);

  await filters.getByRole('checkbox', { name: dataset.categories.find((c) => c.id === category)!.label }).uncheck();

  await expect(journeyPaths(page)).toHaveCount(journeys.filter((e) => e.category !== category).length);
  await filters.getByRole('button', { name: 'Reset filters' }).click();
  await expect(journeyPaths(page)).toHaveCount(journeys.length);
});
