import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

/** The bundled dataset, read from disk: tests compute what they expect from it instead of hard-coding titles. */
export const DATASET_PATH = fileURLToPath(new URL('../../data/events.json', import.meta.url));

export interface DataPlace {
  name: string;
  country: string;
  lat: number;
  lon: number;
  role?: 'origin' | 'destination';
}

export interface DataEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  category: string;
  places: DataPlace[];
  summary: string;
  /** Ids of the dataset's sources. */
  sources: string[];
}

export interface DataSource {
  id: string;
  title: string;
}

export interface DataCategory {
  id: string;
  label: string;
}

export interface Dataset {
  meta: { title: string };
  categories: DataCategory[];
  sources: DataSource[];
  events: DataEvent[];
}

export function readDatasetText(): string {
  return readFileSync(DATASET_PATH, 'utf8');
}

export function readDataset(): Dataset {
  return JSON.parse(readDatasetText()) as Dataset;
}

function dateParts(text: string): [number, number | undefined, number | undefined] {
  const [year, month, day] = text.split('-').map(Number);
  return [year, month, day];
}

/** The first instant (UTC ms) a partial ISO date (`2012`, `2012-11`, `2012-11-19`) can mean. */
export function firstInstant(text: string): number {
  const [year, month, day] = dateParts(text);
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
}

/** The instant just after the last moment a partial ISO date can mean. */
export function lastInstant(text: string): number {
  const [year, month, day] = dateParts(text);
  if (day !== undefined) return Date.UTC(year, month! - 1, day + 1);
  if (month !== undefined) return Date.UTC(year, month, 1);
  return Date.UTC(year + 1, 0, 1);
}

/** When an event starts and ends, as instants: a year-only event covers its whole year. */
export function timeSpan(event: DataEvent): { start: number; end: number } {
  return { start: firstInstant(event.start), end: lastInstant(event.end ?? event.start) };
}

/** Events in time order: by the first instant they mean, then by when they end, then by title. */
export function sortByTime(events: readonly DataEvent[]): DataEvent[] {
  return [...events].sort((a, b) => {
    const x = timeSpan(a);
    const y = timeSpan(b);
    return x.start - y.start || x.end - y.end || a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id, 'en');
  });
}

/** The bundled events in time order, after checking that their titles tell them apart. */
export function eventsInTimeOrder(): DataEvent[] {
  const { events } = readDataset();
  assertTitlesAreDistinct(events);
  return sortByTime(events);
}

export function isJourney(event: DataEvent): boolean {
  return event.places.some((p) => p.role === 'origin') && event.places.some((p) => p.role === 'destination');
}

/**
 * A one-place event (not a journey) whose place is farthest from every other place in the dataset, so that its map
 * marker can be clicked at the initial world view without another marker on top of it.
 */
export function mostIsolatedEvent(events: readonly DataEvent[]): DataEvent {
  let best: DataEvent | null = null;
  let bestDistance = -1;
  for (const event of events) {
    if (event.places.length !== 1 || isJourney(event)) continue;
    const [here] = event.places;
    let nearest = Infinity;
    for (const other of events) {
      if (other.id === event.id) continue;
      for (const place of other.places) {
        nearest = Math.min(nearest, Math.hypot(place.lat - here.lat, place.lon - here.lon));
      }
    }
    if (nearest > bestDistance) {
      best = event;
      bestDistance = nearest;
    }
  }
  if (!best) throw new Error('The dataset has no one-place event');
  return best;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Locators, by role and name as users and assistive technology see the UI. Names begin with the event's title
// ("<title>, <date label>" on the timeline, "<title>, <date label>, <place>" on the map); the date label's wording is
// the app's to choose, so events are recognised by title (and place).

/** Fails loudly if one title begins another, which would make the names' prefixes ambiguous. */
export function assertTitlesAreDistinct(events: readonly DataEvent[]): void {
  for (const a of events) {
    for (const b of events) {
      if (a !== b && b.title.startsWith(a.title)) {
        throw new Error(`Titles "${a.title}" and "${b.title}" cannot be told apart by their names`);
      }
    }
  }
}

export function region(page: Page, name: 'Timeline' | 'Map' | 'Event details' | 'Event list' | 'Filters'): Locator {
  return page.getByRole('region', { name });
}

function titlePrefix(event: DataEvent): RegExp {
  return new RegExp(`^${escapeRegExp(event.title)}, `);
}

/** Every event mark on the timeline (the toolbar's buttons are outside the drawing). */
export function timelineMarks(page: Page): Locator {
  return region(page, 'Timeline').locator('svg').getByRole('button');
}

export function timelineMark(page: Page, event: DataEvent): Locator {
  return region(page, 'Timeline').getByRole('button', { name: titlePrefix(event) });
}

/** Clicks the visible glyph of a mark (its box may also hold a label that lets clicks through). */
export async function clickTimelineMark(mark: Locator): Promise<void> {
  await mark.locator('.shape').click();
}

/** Every event marker on the map (not the arrowheads of journeys, nor the zoom buttons). */
export function mapMarkers(page: Page): Locator {
  return region(page, 'Map').locator('.leaflet-marker-icon[role="button"]');
}

/** The markers of one event: one per place it is marked at. */
export function mapMarkersOf(page: Page, event: DataEvent): Locator {
  return mapMarkers(page).and(page.getByRole('button', { name: titlePrefix(event) }));
}

export function listRows(page: Page): Locator {
  return region(page, 'Event list').getByRole('button');
}

export function listRow(page: Page, event: DataEvent): Locator {
  return region(page, 'Event list').getByRole('button', { name: new RegExp(`^${escapeRegExp(event.title)}`) });
}

export function detailsHeading(page: Page): Locator {
  return region(page, 'Event details').getByRole('heading', { level: 2 });
}

export const EMPTY_DETAILS_TEXT = /Select an event on the timeline, the map or the list/;

/** Opens the app and waits until the timeline, the list and the (possibly lazily loaded) map show the events. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(timelineMarks(page).first()).toBeVisible();
  await expect(listRows(page).first()).toBeVisible();
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
}

// Reading what the views show, to compare them.

export async function accessibleLabels(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
}

function longestTitleFirst(events: readonly DataEvent[]): DataEvent[] {
  return [...events].sort((a, b) => b.title.length - a.title.length);
}

/** Ids of the events whose timeline marks are drawn, one per mark, from the marks' accessible names. */
export async function shownOnTimeline(page: Page, events: readonly DataEvent[]): Promise<string[]> {
  const candidates = longestTitleFirst(events);
  const labels = await accessibleLabels(timelineMarks(page));
  return labels
    .map((label) => candidates.find((e) => label.startsWith(`${e.title}, `))?.id ?? `unknown mark "${label}"`)
    .sort();
}

/**
 * Ids of the events with at least one map marker, from the markers' labels; a marker whose label does not end with
 * a place of its event is reported as unknown.
 */
export async function shownOnMap(page: Page, events: readonly DataEvent[]): Promise<string[]> {
  const candidates = longestTitleFirst(events);
  const labels = await accessibleLabels(mapMarkers(page));
  const ids = new Set<string>();
  for (const label of labels) {
    const event = candidates.find(
      (e) => label.startsWith(`${e.title}, `) && e.places.some((p) => label.endsWith(`, ${p.name}`)),
    );
    ids.add(event ? event.id : `unknown marker "${label}"`);
  }
  return [...ids].sort();
}

/** Ids of the events listed, one per row, from the rows' text (the longest title that begins it wins). */
export async function shownInList(page: Page, events: readonly DataEvent[]): Promise<string[]> {
  const candidates = longestTitleFirst(events);
  const texts = await listRows(page).evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
  return texts.map((text) => candidates.find((e) => text.startsWith(e.title))?.id ?? `unknown row "${text}"`).sort();
}

// The timeline's window: "Showing 3 Jan 2004 – 5 Feb 2014".

const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parseDay(text: string): number {
  const match = /^(\d{1,2}) ([A-Za-z]+)\.? (-?\d+)$/.exec(text.trim());
  if (!match) throw new Error(`Not a day: "${text}"`);
  const month = SHORT_MONTHS.indexOf(match[2].slice(0, 3).toLowerCase());
  if (month < 0) throw new Error(`Not a month: "${match[2]}"`);
  return Date.UTC(Number(match[3]), month, Number(match[1]));
}

export const DAY_MS = 86_400_000;

export interface TimeWindow {
  text: string;
  from: number;
  to: number;
  span: number;
}

export function parseWindowText(text: string): TimeWindow {
  const match = /Showing (.+?) – (.+)$/.exec(text.trim());
  if (!match) throw new Error(`Not a time window: "${text}"`);
  const from = parseDay(match[1]);
  const to = parseDay(match[2]);
  return { text: text.trim(), from, to, span: to - from };
}

export function timeWindowText(page: Page): Locator {
  return page.getByTestId('time-window');
}

export async function readTimeWindow(page: Page): Promise<TimeWindow> {
  return parseWindowText(await timeWindowText(page).innerText());
}

// What a page did that it should not have.

export interface PageWatch {
  pageErrors: string[];
  consoleErrors: string[];
  requests: string[];
  /** Requests that went anywhere but the app's own origin (data: and blob: URLs never leave the page). */
  foreignRequests(appOrigin: string): string[];
  /** Resolves once no request has been in flight for `quietMs`. */
  networkQuiet(quietMs?: number, timeoutMs?: number): Promise<void>;
}

/** Starts recording uncaught errors, console errors and every request of `page`; call before `goto`. */
export function watchPage(page: Page): PageWatch {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    requests.push(request.url());
    inFlight++;
    lastChange = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    pageErrors,
    consoleErrors,
    requests,
    foreignRequests(appOrigin) {
      return requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== appOrigin);
    },
    async networkQuiet(quietMs = 500, timeoutMs = 10_000) {
      await expect
        .poll(() => inFlight === 0 && Date.now() - lastChange >= quietMs, {
          timeout: timeoutMs,
          message: 'the network to be quiet',
          intervals: [100],
        })
        .toBe(true);
    },
  };
}
