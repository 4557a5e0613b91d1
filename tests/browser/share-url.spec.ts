import { expect, test } from '@playwright/test';
import {
  DAY_MS,
  detailsHeading,
  EMPTY_DETAILS_TEXT,
  eventsInTimeOrder,
  isJourney,
  listRow,
  mapMarkersOf,
  mostIsolatedEvent,
  readDataset,
  readTimeWindow,
  region,
  timelineMark,
  timeSpan,
  watchPage,
  type DataEvent,
  type DataPlace,
} from './helpers';
import {
  addDays,
  addressParams,
  addressSearch,
  addressWrites,
  allNotices,
  categoryCheckbox,
  centreOf,
  chooseFromList,
  decimalPlaces,
  dragMap,
  expectSearch,
  expectView,
  historyLength,
  isInsideMapView,
  isoDay,
  NO_FILTERS,
  openLink,
  parseMapParam,
  passFilters,
  readDefaultWindow,
  recordAddressWrites,
  searchBox,
  searchTwiceWhileMapGlides,
  settledSearch,
  toolbarButton,
  type FilterState,
} from './url-helpers';

// User story: I copy the address and send it to a colleague; it opens on exactly what I was looking at (the event,
// the time window, the map, the filters). Interacting keeps the address up to date, and Back and Forward walk through
// the events I looked at.

const dataset = readDataset();
const categories = dataset.categories;
const all = eventsInTimeOrder();

const isDayPrecise = (e: DataEvent) => /^\d{4}-\d{2}-\d{2}$/.test(e.start) && !e.end;
const isOnePlace = (e: DataEvent) => e.places.length === 1 && !isJourney(e);
const dayEvents = all.filter((e) => isDayPrecise(e) && isOnePlace(e));

function distance(a: DataPlace, b: DataPlace): number {
  return Math.hypot(a.lat - b.lat, a.lon - b.lon);
}

/** The place of the dataset farthest from `place`. */
function farthestPlace(place: DataPlace): DataPlace {
  const places = all.flatMap((e) => e.places);
  return places.reduce((best, p) => (distance(p, place) > distance(best, place) ? p : best));
}

/** The one-place event farthest from `event`'s first place. */
function farthestEvent(event: DataEvent): DataEvent {
  const here = event.places[0];
  const candidates = all.filter((e) => isOnePlace(e) && e.id !== event.id);
  return candidates.reduce((best, e) => (distance(e.places[0], here) > distance(best.places[0], here) ? e : best));
}

/** A map view centred near a place, rounded to one decimal so that any rounding the app does keeps it. */
function mapViewAt(place: DataPlace, zoom: number): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  return `${round(place.lat)},${round(place.lon)},${zoom}`;
}

/** A window of `days` either side of a day-precise event. */
function windowAround(event: DataEvent, days: number): { from: string; to: string } {
  return { from: addDays(event.start, -days), to: addDays(event.start, days) };
}

function inDatasetOrder(ids: string[]): string[] {
  return categories.map((c) => c.id).filter((id) => ids.includes(id));
}

function countBy<T>(items: readonly T[], key: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(key(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

const categorySizes = countBy(all, (e) => [e.category]);
const countrySizes = countBy(all, (e) => e.places.map((p) => p.country));
const bySize = (sizes: Map<string, number>) => (a: string, b: string) =>
  (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b);

// (a) An event only: the one alone on the map, so its marker can be seen at once.
const linkedAlone = mostIsolatedEvent(all);

// (b) An event and a window: the day-precise event with the most company within a month either side.
const windowed = [...dayEvents].sort((a, b) => {
  const company = (e: DataEvent) => {
    const { start } = timeSpan(e);
    return all.filter((o) => Math.abs(timeSpan(o).start - start) <= 30 * DAY_MS).length;
  };
  return company(b) - company(a);
})[0];

// (c) An event and a map view centred on it, close in; the farthest place must then be off the map.
const mapped = dayEvents[dayEvents.length - 1];
const farFromMapped = farthestEvent(mapped);

// (d) Filters only: the two biggest categories and a two-word place name found in some, not all, of their events.
const filterCategories = inDatasetOrder([...categorySizes.keys()].sort(bySize(categorySizes)).slice(0, 2));
const filterQuery = ['Phnom Penh', 'Ho Chi Minh City', 'New York City', 'Svay Rieng Province'].find((q) => {
  const n = passFilters(all, { categories: filterCategories, countries: [], query: q }).length;
  return n > 0 && n < passFilters(all, { ...NO_FILTERS, categories: filterCategories }).length;
})!;

// (e) Everything: a day-precise event in the country with the most events, its category and the biggest other one,
// its country and the biggest other one, a word of its title, a window around it and a map view far away from it.
const everything = [...dayEvents].sort(
  (a, b) => bySize(countrySizes)(a.places[0].country, b.places[0].country) || a.id.localeCompare(b.id),
)[0];
const everythingFilters: FilterState = {
  categories: inDatasetOrder([
    everything.category,
    [...categorySizes.keys()].sort(bySize(categorySizes)).find((c) => c !== everything.category)!,
  ]),
  countries: [
    everything.places[0].country,
    [...countrySizes.keys()].sort(bySize(countrySizes)).find((c) => c !== everything.places[0].country)!,
  ].sort(),
  query: everything.title
    .split(/[^A-Za-z]+/)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))[0]
    .toLowerCase(),
};
const everythingWindow = windowAround(everything, 20);
const everythingMap = mapViewAt(farthestPlace(everything.places[0]), 5);

test('the chosen events and filters suit the stories they are meant for', () => {
  expect(dayEvents.length).toBeGreaterThan(2);
  expect(farFromMapped.id).not.toBe(mapped.id);
  expect(filterQuery).toBeDefined();
  expect(passFilters(all, everythingFilters).map((e) => e.id)).toContain(everything.id);
  expect(passFilters(all, everythingFilters).length).toBeLessThan(all.length);
  expect(everythingFilters.categories).toHaveLength(2);
  expect(everythingFilters.countries).toHaveLength(2);
});

test.describe('a shared link restores the view on first render', () => {
  test.beforeEach(async ({ page }) => {
    await recordAddressWrites(page);
  });

  test('(a) ?event= selects the event everywhere and leaves the window and filters at their defaults', async ({
    page,
    context,
  }) => {
    const watch = watchPage(page);
    const defaultWindow = await readDefaultWindow(context);
    const link = `?event=${linkedAlone.id}`;

    await openLink(page, link);

    await expectView(page, all, categories, {
      selected: linkedAlone,
      window: { text: defaultWindow.text },
      filters: NO_FILTERS,
    });
    // The map shows the selection (it fitted itself to it), and that fit is not written as a map view.
    await expect.poll(() => isInsideMapView(page, mapMarkersOf(page, linkedAlone).first())).toBe(true);
    expect(await settledSearch(page)).toBe(link);
    await expect(allNotices(page)).toHaveCount(0);
    expect(watch.pageErrors).toEqual([]);
  });

  test('(b) ?event= with from= and to= shows that window with the event selected in it', async ({ page }) => {
    const window = windowAround(windowed, 30);
    const link = `?event=${windowed.id}&from=${window.from}&to=${window.to}`;

    await openLink(page, link);

    await expectView(page, all, categories, { selected: windowed, window, filters: NO_FILTERS });
    await expect(timelineMark(page, windowed)).toBeVisible();
    expect(await settledSearch(page)).toBe(link);
    await expect(allNotices(page)).toHaveCount(0);
  });

  test('(c) ?event= with map= shows that map view, not a flight to the event', async ({ page, context }) => {
    const defaultWindow = await readDefaultWindow(context);
    const map = mapViewAt(mapped.places[0], 6);
    const link = `?event=${mapped.id}&map=${map}`;

    await openLink(page, link);

    await expectView(page, all, categories, {
      selected: mapped,
      window: { text: defaultWindow.text },
      filters: NO_FILTERS,
    });
    // Close in on the event: its marker is on the map, and a marker at the far side of the world is not.
    await expect.poll(() => isInsideMapView(page, mapMarkersOf(page, mapped).first())).toBe(true);
    await expect.poll(() => isInsideMapView(page, mapMarkersOf(page, farFromMapped).first())).toBe(false);
    // The app did not move the map away from the link's view.
    expect(await settledSearch(page)).toBe(link);
    await expect(allNotices(page)).toHaveCount(0);
  });

  test('(d) ?cat= and ?q= set the category boxes, the search box and the count', async ({ page, context }) => {
    const defaultWindow = await readDefaultWindow(context);
    const filters: FilterState = { categories: filterCategories, countries: [], query: filterQuery };
    const link = `?cat=${filterCategories.join(',')}&q=${encodeURIComponent(filterQuery)}`;

    await openLink(page, link);

    await expectView(page, all, categories, { selected: null, window: { text: defaultWindow.text }, filters });
    // Fitting the map to the filtered events is the app's move: no map= is written for it.
    expect(await settledSearch(page)).toBe(link);
    await expect(allNotices(page)).toHaveCount(0);
  });

  test('(e) every key together restores the whole view', async ({ page }) => {
    const watch = watchPage(page);
    const f = everythingFilters;
    const link =
      `?event=${everything.id}&from=${everythingWindow.from}&to=${everythingWindow.to}&map=${everythingMap}` +
      `&cat=${f.categories!.join(',')}&country=${f.countries.join(',')}&q=${encodeURIComponent(f.query)}`;

    await openLink(page, link);

    await expectView(page, all, categories, { selected: everything, window: everythingWindow, filters: f });
    // The link's map view is far from the event: the map stays there, so the event's marker is off the map.
    await expect.poll(() => isInsideMapView(page, mapMarkersOf(page, everything).first())).toBe(false);
    expect(await settledSearch(page)).toBe(link);
    await expect(allNotices(page)).toHaveCount(0);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('interacting updates the address bar', () => {
  test.beforeEach(async ({ page }) => {
    await recordAddressWrites(page);
    await openLink(page, '');
  });

  test('selecting an event from the list writes event= and adds a history entry', async ({ page }) => {
    const before = await historyLength(page);

    await chooseFromList(page, windowed);

    await expect(detailsHeading(page)).toHaveText(windowed.title);
    await expect.poll(async () => (await addressParams(page)).get('event')).toBe(windowed.id);
    expect(await historyLength(page)).toBe(before + 1);
    // The flight to the event is the app's move: no map= for it.
    expect(await settledSearch(page)).toBe(`?event=${windowed.id}`);
  });

  test('Zoom in on time writes from= and to= for the window shown, replacing the entry', async ({ page }) => {
    const before = await historyLength(page);

    await toolbarButton(page, 'Zoom in on time').click();

    await expect.poll(async () => (await addressParams(page)).has('from')).toBe(true);
    const params = await addressParams(page);
    expect(params.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The days in the address are the days the label shows (a day either way for rounding).
    const shown = await readTimeWindow(page);
    expect(Math.abs(Date.parse(params.get('from')!) - shown.from)).toBeLessThanOrEqual(DAY_MS);
    expect(Math.abs(Date.parse(params.get('to')!) - shown.to)).toBeLessThanOrEqual(DAY_MS);
    expect([...params.keys()].sort()).toEqual(['from', 'to']);
    expect(await historyLength(page)).toBe(before);
    expect((await addressWrites(page)).filter((w) => w.kind === 'push')).toEqual([]);

    // All time is the default again: the window leaves the address.
    await toolbarButton(page, 'All time').click();
    await expectSearch(page, '');
    expect(await historyLength(page)).toBe(before);
  });

  test('a window written by the toolbar reopens as the same window', async ({ page, context }) => {
    await toolbarButton(page, 'Zoom in on time').click();
    await toolbarButton(page, 'Later').click();
    await expect.poll(async () => (await addressParams(page)).has('from')).toBe(true);
    const search = await settledSearch(page);
    const shown = await readTimeWindow(page);

    const other = await context.newPage();
    await openLink(other, search);

    // The colleague who opens the link reads the same label as the person who shared it.
    await expect(other.getByTestId('time-window')).toHaveText(shown.text);
    await other.close();
  });

  test('unticking a category writes cat= with the others, replacing the entry', async ({ page }) => {
    const before = await historyLength(page);
    const [first, ...rest] = categories;

    await categoryCheckbox(page, first).uncheck();

    await expect.poll(async () => (await addressParams(page)).get('cat')).toBe(rest.map((c) => c.id).join(','));
    expect(await historyLength(page)).toBe(before);
    // The map fits itself to the filtered events, which is not a view the user chose.
    expect(await settledSearch(page)).toBe(`?cat=${rest.map((c) => c.id).join(',')}`);

    await categoryCheckbox(page, first).check();
    await expectSearch(page, '');
  });

  test('typing in Search writes q=, replacing the entry', async ({ page }) => {
    const before = await historyLength(page);

    await searchBox(page).pressSequentially('fishermen', { delay: 100 });

    await expect.poll(async () => (await addressParams(page)).get('q')).toBe('fishermen');
    expect(await historyLength(page)).toBe(before);
    expect((await addressWrites(page)).filter((w) => w.kind === 'push')).toEqual([]);

    await searchBox(page).fill('');
    await expect.poll(async () => (await addressParams(page)).has('q')).toBe(false);
  });

  test('filters changed in quick succession refit the map without writing map=', async ({ page }) => {
    // The search changes twice, the second time while the map is still gliding to fit the first: both glides are
    // the app's moves, so the address must not take the map's position for a view the user chose.
    await searchTwiceWhileMapGlides(page, 'fish', 'fishermen');

    await expect.poll(async () => (await addressParams(page)).get('q')).toBe('fishermen');
    expect(await settledSearch(page)).toBe('?q=fishermen');
  });

  test('dragging the map with the mouse writes map=, rounded, replacing the entry', async ({ page }) => {
    const before = await historyLength(page);

    await dragMap(page, -160, -60);

    await expect.poll(async () => parseMapParam(await addressParams(page))).not.toBeNull();
    const first = parseMapParam(await addressParams(page))!;
    expect(await historyLength(page)).toBe(before);
    expect(Number.isInteger(first.zoom)).toBe(true);
    // Coordinates carry no more digits than the zoom shows (about a pixel: 256 * 2^zoom pixels round the world).
    const digits = Math.max(0, Math.ceil(Math.log10((256 * 2 ** first.zoom) / 360)));
    expect(decimalPlaces(first.lat)).toBeLessThanOrEqual(digits);
    expect(decimalPlaces(first.lon)).toBeLessThanOrEqual(digits);

    // Dragging to the left shows what lies east: the longitude grows, the zoom stays.
    await dragMap(page, -200, 0);
    await expect.poll(async () => parseMapParam(await addressParams(page))?.text).not.toBe(first.text);
    const second = parseMapParam(await addressParams(page))!;
    expect(second.lon).toBeGreaterThan(first.lon);
    expect(second.zoom).toBe(first.zoom);
    expect(Math.abs(second.lat - first.lat)).toBeLessThan(1);
    expect(await historyLength(page)).toBe(before);
  });
});

test.describe('Back and Forward', () => {
  test.beforeEach(async ({ page }) => {
    await recordAddressWrites(page);
    await openLink(page, '');
  });

  test('walk back through the selections and forward again, exactly', async ({ page }) => {
    const [a, b] = [windowed, linkedAlone];
    await chooseFromList(page, a);
    await expect(detailsHeading(page)).toHaveText(a.title);
    const searchA = await settledSearch(page);
    expect(new URLSearchParams(searchA).get('event')).toBe(a.id);
    await chooseFromList(page, b);
    await expect(detailsHeading(page)).toHaveText(b.title);
    const searchB = await settledSearch(page);
    expect(new URLSearchParams(searchB).get('event')).toBe(b.id);

    await page.goBack();
    await expectSearch(page, searchA);
    await expect(detailsHeading(page)).toHaveText(a.title);
    await expect(listRow(page, a)).toHaveAttribute('aria-pressed', 'true');
    await expect(listRow(page, b)).toHaveAttribute('aria-pressed', 'false');
    await expect(timelineMark(page, a)).toHaveAttribute('aria-pressed', 'true');
    expect(await settledSearch(page)).toBe(searchA);

    await page.goBack();
    await expectSearch(page, '');
    await expect(region(page, 'Event details')).toContainText(EMPTY_DETAILS_TEXT);
    await expect(listRow(page, a)).toHaveAttribute('aria-pressed', 'false');
    expect(await settledSearch(page)).toBe('');

    await page.goForward();
    await expectSearch(page, searchA);
    await expect(detailsHeading(page)).toHaveText(a.title);
    await expect(listRow(page, a)).toHaveAttribute('aria-pressed', 'true');
    expect(await settledSearch(page)).toBe(searchA);

    await page.goForward();
    await expectSearch(page, searchB);
    await expect(detailsHeading(page)).toHaveText(b.title);
    await expect(listRow(page, b)).toHaveAttribute('aria-pressed', 'true');
  });

  test('Back restores the time window and the map view that went with the earlier selection', async ({ page }) => {
    // A and B lie far apart, so selecting B moves the map away from where the user had dragged it.
    const a = everything;
    const b = farthestEvent(a);
    await chooseFromList(page, a);
    await expect(detailsHeading(page)).toHaveText(a.title);
    await toolbarButton(page, 'Zoom in on time').click();
    await expect.poll(async () => (await addressParams(page)).has('from')).toBe(true);
    await dragMap(page, -40, 30);
    await expect.poll(async () => (await addressParams(page)).has('map')).toBe(true);
    const searchA = await settledSearch(page);
    const markerA = mapMarkersOf(page, a).first();
    const whereA = await centreOf(markerA);
    const windowA = new URLSearchParams(searchA);

    await chooseFromList(page, b);
    await expect(detailsHeading(page)).toHaveText(b.title);
    const searchB = await settledSearch(page);
    expect(new URLSearchParams(searchB).get('event')).toBe(b.id);
    expect(await centreOf(markerA)).not.toEqual(whereA);

    await page.goBack();
    await expectSearch(page, searchA);
    await expect(detailsHeading(page)).toHaveText(a.title);
    await expect
      .poll(async () => {
        const window = await readTimeWindow(page);
        return [isoDay(window.from), isoDay(window.to)];
      })
      .toEqual([windowA.get('from'), windowA.get('to')]);
    // The map is where the user left it: A's marker is at the same place on the screen.
    await expect
      .poll(async () => {
        const now = await centreOf(markerA);
        return Math.max(Math.abs(now.x - whereA.x), Math.abs(now.y - whereA.y));
      })
      .toBeLessThanOrEqual(1);
    expect(await settledSearch(page)).toBe(searchA);

    await page.goForward();
    await expectSearch(page, searchB);
    await expect(detailsHeading(page)).toHaveText(b.title);
  });
});

test('the start page has no query string, and the initial map fit does not add one', async ({ page }) => {
  const watch = watchPage(page);
  await recordAddressWrites(page);

  await openLink(page, '');

  expect(await addressSearch(page)).toBe('');
  expect(await settledSearch(page)).toBe('');
  // Nothing was written with a query string, not even for a moment.
  expect((await addressWrites(page)).filter((w) => w.url.includes('?'))).toEqual([]);
  await expect(allNotices(page)).toHaveCount(0);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
