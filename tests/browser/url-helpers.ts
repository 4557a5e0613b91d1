import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import {
  DAY_MS,
  detailsHeading,
  EMPTY_DETAILS_TEXT,
  listRow,
  mapMarkers,
  mapMarkersOf,
  readTimeWindow,
  region,
  shownInList,
  shownOnMap,
  timelineMark,
  timelineMarks,
  type DataCategory,
  type DataEvent,
  type TimeWindow,
} from './helpers';

// Helpers for the shareable address: reading it, watching the app write it, and checking that a view was restored.

/** How every notice about an unusable link begins. */
export const LINK_NOTICE_START = 'Part of this link could not be used and was left out.';

/** The polite live region that holds the app's notices. */
export function noticeRegion(page: Page): Locator {
  return page.locator('.notices[role="status"]');
}

/** Notices about a link that held something unusable. */
export function linkNotices(page: Page): Locator {
  return noticeRegion(page).locator('.notice').filter({ hasText: LINK_NOTICE_START });
}

/** Every notice, whatever it says. */
export function allNotices(page: Page): Locator {
  return noticeRegion(page).locator('.notice');
}

/** "N of M events". */
export function filterCount(page: Page): Locator {
  return region(page, 'Filters').getByRole('status');
}

export function searchBox(page: Page): Locator {
  return region(page, 'Filters').getByRole('searchbox', { name: 'Search' });
}

export function categoryCheckbox(page: Page, category: DataCategory): Locator {
  return region(page, 'Filters').getByRole('checkbox', { name: category.label });
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The English name the country filter shows for a code. */
export function countryLabel(code: string): string {
  return regionNames.of(code) ?? code;
}

export function toolbarButton(
  page: Page,
  name: 'Earlier' | 'Later' | 'Zoom in on time' | 'Zoom out on time' | 'All time',
): Locator {
  return region(page, 'Timeline').getByRole('button', { name, exact: true });
}

// The address.

/** The query string in the address bar, with its "?" (or "" when there is none). */
export async function addressSearch(page: Page): Promise<string> {
  return page.evaluate(() => window.location.search);
}

export async function addressParams(page: Page): Promise<URLSearchParams> {
  return new URLSearchParams(await addressSearch(page));
}

export async function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => window.history.length);
}

/** Waits until the address bar's query string is exactly `expected`. */
export async function expectSearch(page: Page, expected: string, message?: string): Promise<void> {
  await expect
    .poll(() => addressSearch(page), { message: message ?? `the address to be "${expected}"` })
    .toBe(expected);
}

declare global {
  interface Window {
    __addressWrites?: { kind: 'push' | 'replace'; url: string; at: number }[];
  }
}

/**
 * Records every pushState and replaceState the page makes (call before `goto`), so a test can tell when the app has
 * stopped writing the address and what it wrote.
 */
export async function recordAddressWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const writes: { kind: 'push' | 'replace'; url: string; at: number }[] = [];
    window.__addressWrites = writes;
    const push = window.history.pushState.bind(window.history);
    const replace = window.history.replaceState.bind(window.history);
    window.history.pushState = (data: unknown, unused: string, url?: string | URL | null) => {
      writes.push({ kind: 'push', url: String(url), at: performance.now() });
      push(data, unused, url);
    };
    window.history.replaceState = (data: unknown, unused: string, url?: string | URL | null) => {
      writes.push({ kind: 'replace', url: String(url), at: performance.now() });
      replace(data, unused, url);
    };
  });
}

export async function addressWrites(page: Page): Promise<{ kind: 'push' | 'replace'; url: string }[]> {
  return page.evaluate(() => (window.__addressWrites ?? []).map(({ kind, url }) => ({ kind, url })));
}

/**
 * The query string once the app has written nothing for `quietMs` (needs `recordAddressWrites`). The app writes
 * continuous changes at most every ~300 ms and map flights last under a second, so a quiet spell of 1.5 s means
 * whatever a move was going to write has been written: the only way to show that something was *not* written.
 */
export async function settledSearch(page: Page, quietMs = 1500): Promise<string> {
  await expect
    .poll(
      () =>
        page.evaluate((quiet) => {
          const writes = window.__addressWrites ?? [];
          const last = writes.length ? writes[writes.length - 1].at : 0;
          return performance.now() - last >= quiet;
        }, quietMs),
      { message: `the address to stay unchanged for ${quietMs} ms`, intervals: [100], timeout: 15_000 },
    )
    .toBe(true);
  return addressSearch(page);
}

/** Opens the app at `search` (e.g. "?event=x") and waits until the timeline, the list and the map are drawn. */
export async function openLink(page: Page, search: string, { markers = true } = {}): Promise<void> {
  await page.goto(`/${search}`);
  await expect(region(page, 'Timeline')).toBeVisible();
  await expect(region(page, 'Event list')).toBeVisible();
  await expect(region(page, 'Map').locator('.leaflet-container')).toBeVisible({ timeout: 15_000 });
  if (markers) await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
}

/** The time window the app shows when a link does not name one, read from a fresh page of the same context. */
export async function readDefaultWindow(context: BrowserContext): Promise<TimeWindow> {
  const page = await context.newPage();
  try {
    await openLink(page, '');
    return await readTimeWindow(page);
  } finally {
    await page.close();
  }
}

// Values in links.

export interface MapParam {
  lat: number;
  lon: number;
  zoom: number;
  text: string;
}

/** Reads `map=<lat>,<lon>,<zoom>`; null if absent or not three numbers. */
export function parseMapParam(params: URLSearchParams): MapParam | null {
  const text = params.get('map');
  if (text === null) return null;
  const numbers = text.split(',').map(Number);
  if (numbers.length !== 3 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [lat, lon, zoom] = numbers;
  return { lat, lon, zoom, text };
}

export function decimalPlaces(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.split('.')[1].length : 0;
}

/** YYYY-MM-DD of a UTC instant. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Midnight UTC of a YYYY-MM-DD day. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  return isoDay(dayStart(day) + days * DAY_MS);
}

export interface FilterState {
  /** Category ids shown; null means all. */
  categories: string[] | null;
  /** Country codes; empty means all. */
  countries: string[];
  query: string;
}

export const NO_FILTERS: FilterState = { categories: null, countries: [], query: '' };

/** The events the filter contract lets through: category, any place in a chosen country, every word of the query. */
export function passFilters(events: readonly DataEvent[], filters: FilterState): DataEvent[] {
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  return events.filter((e) => {
    if (filters.categories && !filters.categories.includes(e.category)) return false;
    if (filters.countries.length && !e.places.some((p) => filters.countries.includes(p.country))) return false;
    const text = [e.title, e.summary, ...e.places.map((p) => p.name)].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Where an event has markers: a journey at its origin, anything else at each of its places. */
export function markerCount(event: DataEvent): number {
  return event.places.some((p) => p.role === 'origin') ? 1 : event.places.length;
}

/**
 * Selects an event from the list as a keyboard user does (Tab to the row, Enter). The keyboard does not depend on
 * what else the layout puts over the list, which is not what these tests are about.
 */
export async function chooseFromList(page: Page, event: DataEvent): Promise<void> {
  const row = listRow(page, event);
  await row.focus();
  await row.press('Enter');
}

/**
 * Types `first` into Search and, as soon as the map starts gliding to fit the result, `second`: a person who types
 * on while the map moves. Done in the page, so the second change surely lands within the glide (a quarter second)
 * whatever the test runner's own delays. Returns whether a glide was seen.
 */
export async function searchTwiceWhileMapGlides(page: Page, first: string, second: string): Promise<boolean> {
  await expect(searchBox(page)).toBeVisible();
  return page.evaluate(
    async ([first, second]) => {
      const input = document.querySelector<HTMLInputElement>('section.filters input[type="search"]')!;
      const pane = document.querySelector<HTMLElement>('.leaflet-map-pane')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const type = (text: string) => {
        input.focus();
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const before = pane.style.transform;
      type(first);
      let glided = false;
      for (let frame = 0; frame < 60 && !glided; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        glided = pane.style.transform !== before;
      }
      type(second);
      return glided;
    },
    [first, second],
  );
}

// The map.

/** True when the centre of `element` lies inside the visible part of the map. */
export async function isInsideMapView(page: Page, element: Locator): Promise<boolean> {
  const map = await region(page, 'Map').locator('.leaflet-container').boundingBox();
  const box = await element.boundingBox();
  if (!map || !box) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height;
}

/** Screen position of the centre of an element, rounded to whole pixels. */
export async function centreOf(element: Locator): Promise<{ x: number; y: number }> {
  const box = await element.boundingBox();
  if (!box) throw new Error('The element has no box');
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

/** Drags the map with the mouse by (dx, dy) pixels, starting low on the left, away from the markers in the middle. */
export async function dragMap(page: Page, dx: number, dy: number): Promise<void> {
  const box = await region(page, 'Map').locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('The map has no box');
  // Below the zoom buttons and left of the attribution.
  const x = box.x + box.width * (dx < 0 ? 0.7 : 0.3);
  const y = box.y + box.height * 0.75;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 6 });
  await page.mouse.move(x + dx, y + dy, { steps: 6 });
  await page.mouse.up();
}

// A whole view.

export interface ExpectedView {
  /** The selected event, or null for none. */
  selected: DataEvent | null;
  /** The time window's first and last day (YYYY-MM-DD), or the default window's label. */
  window: { from: string; to: string } | { text: string };
  filters: FilterState;
}

/**
 * Checks everything a link restores, as a user sees it: the details, the pressed mark, row and markers, the window
 * label, the filter controls and the count, and the events the list and the map show.
 */
export async function expectView(
  page: Page,
  all: readonly DataEvent[],
  categories: readonly DataCategory[],
  view: ExpectedView,
): Promise<void> {
  const shown = passFilters(all, view.filters);
  const pressed = page.locator('[aria-pressed="true"]');

  // Selection.
  if (view.selected) {
    const event = view.selected;
    await expect(detailsHeading(page)).toHaveText(event.title);
    await expect(timelineMark(page, event)).toHaveAttribute('aria-pressed', 'true');
    await expect(timelineMarks(page).and(pressed)).toHaveCount(1);
    await expect(listRow(page, event)).toHaveAttribute('aria-pressed', 'true');
    await expect(region(page, 'Event list').getByRole('button').and(pressed)).toHaveCount(1);
    const markers = mapMarkersOf(page, event);
    await expect(markers).toHaveCount(markerCount(event));
    for (const marker of await markers.all()) await expect(marker).toHaveAttribute('aria-pressed', 'true');
    await expect(mapMarkers(page).and(pressed)).toHaveCount(markerCount(event));
  } else {
    await expect(region(page, 'Event details')).toContainText(EMPTY_DETAILS_TEXT);
    await expect(timelineMarks(page).and(pressed)).toHaveCount(0);
    await expect(region(page, 'Event list').getByRole('button').and(pressed)).toHaveCount(0);
    await expect(mapMarkers(page).and(pressed)).toHaveCount(0);
  }

  // Time window.
  if ('text' in view.window) {
    await expect(page.getByTestId('time-window')).toHaveText(view.window.text);
  } else {
    await expectWindowDays(page, view.window.from, view.window.to);
  }

  // Filters.
  for (const category of categories) {
    const checkbox = categoryCheckbox(page, category);
    if (!view.filters.categories || view.filters.categories.includes(category.id)) await expect(checkbox).toBeChecked();
    else await expect(checkbox).not.toBeChecked();
  }
  await expect(searchBox(page)).toHaveValue(view.filters.query);
  const filters = region(page, 'Filters');
  const summary = filters.locator('summary', { hasText: 'Countries' });
  const chosen = view.filters.countries.length;
  await expect(summary).toHaveText(chosen ? `Countries (${chosen} chosen)` : 'Countries');
  if (chosen) {
    // Opened from the keyboard, like the list rows, so that nothing laid over the sidebar gets in the way.
    await summary.focus();
    await summary.press('Enter');
    const boxes = filters.locator('.country-filter').getByRole('checkbox');
    await expect(boxes.first()).toBeVisible();
    await expect(boxes.and(page.locator(':checked'))).toHaveCount(chosen);
    for (const code of view.filters.countries) {
      await expect(filters.getByRole('checkbox', { name: countryLabel(code), exact: true })).toBeChecked();
    }
    await summary.press('Enter');
  }
  await expect(filterCount(page)).toHaveText(`${shown.length} of ${all.length} events`);
  const ids = shown.map((e) => e.id).sort();
  await expect.poll(() => shownInList(page, all), { message: 'list rows' }).toEqual(ids);
  await expect.poll(() => shownOnMap(page, all), { message: 'map markers' }).toEqual(ids);
}

/** Waits until the time window label shows exactly these days (YYYY-MM-DD). */
export async function expectWindowDays(page: Page, from: string, to: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const window = await readTimeWindow(page);
        return `${isoDay(window.from)} – ${isoDay(window.to)}`;
      },
      { message: 'the time window label' },
    )
    .toBe(`${from} – ${to}`);
}
