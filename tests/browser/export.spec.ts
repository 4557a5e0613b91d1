import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import AxeBuilder from '@axe-core/playwright';
import { openApp, readDataset, region, watchPage } from './helpers';

// User story: a teacher takes the events in view to a spreadsheet, a GIS, TimelineJS or another Waymark, and the
// timeline or the map as a picture for slides.

const dataset = readDataset();

function panel(page: Page) {
  return page.getByRole('group', { name: 'Export' });
}

/** Opens the Export panel, chooses `item` and returns the downloaded file's name and bytes. */
async function exportFile(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  if (!(await panel(page).isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page).getByRole('button', { name: item }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

function text(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** How many events the panel says it exports: "All 53 events" or "12 of 53 events, as filtered". */
async function shownCount(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const line = await panel(page)
    .getByText(/ events?(, as filtered)?$/)
    .innerText();
  const match = /^(?:All (\d+)|(\d+) of \d+) events?/.exec(line);
  if (!match) throw new Error(`No count in "${line}"`);
  return Number(match[1] ?? match[2]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DAY = '\\d{4}-\\d{2}-\\d{2}';

test('the events export as CSV with one row per event, and as Waymark JSON that holds them all', async ({ page }) => {
  await openApp(page);
  expect(await shownCount(page)).toBe(dataset.events.length);
  await expect(panel(page).getByText(`All ${dataset.events.length} events`)).toBeVisible();

  const csv = await exportFile(page, 'Events as CSV');
  expect(csv.name).toMatch(new RegExp(`-${DAY}\\.csv$`));
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const parsed = Papa.parse<Record<string, string>>(text(csv.bytes), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields?.slice(0, 11)).toEqual([
    'id',
    'title',
    'start',
    'end',
    'place',
    'country',
    'lat',
    'lon',
    'category',
    'summary',
    'source',
  ]);
  expect(parsed.data).toHaveLength(dataset.events.length);
  expect(parsed.data.map((row) => row.id).sort()).toEqual(dataset.events.map((e) => e.id).sort());

  const waymark = await exportFile(page, 'Events as Waymark JSON');
  expect(waymark.name).toMatch(new RegExp(`-${DAY}\\.json$`));
  const exported = JSON.parse(text(waymark.bytes)) as typeof dataset;
  expect(exported.events).toHaveLength(dataset.events.length);
  expect(exported.meta.title).toBe(dataset.meta.title);
});

test('a filtered view exports only its events, in GeoJSON and Waymark JSON alike', async ({ page }) => {
  await openApp(page);
  const [dropped] = dataset.categories;
  await region(page, 'Filters').getByRole('checkbox', { name: dropped.label }).uncheck();
  const kept = dataset.events.filter((e) => e.category !== dropped.id);
  expect(await shownCount(page)).toBe(kept.length);
  await expect(panel(page).getByText(`${kept.length} of ${dataset.events.length} events, as filtered`)).toBeVisible();

  const geojson = await exportFile(page, 'Events as GeoJSON');
  expect(geojson.name).toMatch(new RegExp(`-${DAY}\\.geojson$`));
  const collection = JSON.parse(text(geojson.bytes)) as {
    type: string;
    features: { geometry: { type: string; coordinates: number[] }; properties: { id: string } }[];
  };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.features.map((f) => f.properties.id).sort()).toEqual(kept.map((e) => e.id).sort());
  const first = collection.features.find((f) => f.properties.id === kept[0].id)!;
  expect(first.geometry.coordinates).toEqual([kept[0].places[0].lon, kept[0].places[0].lat]);

  const waymark = await exportFile(page, 'Events as Waymark JSON');
  const exported = JSON.parse(text(waymark.bytes)) as typeof dataset;
  expect(exported.events).toHaveLength(kept.length);
  expect(exported.categories.map((c) => c.id)).not.toContain(dropped.id);
});

test('the timeline exports as an SVG with its labels as text, and as a PNG for slides', async ({ page }) => {
  const watch = watchPage(page);
  await openApp(page);
  const labels = await region(page, 'Timeline').locator('svg .label').allTextContents();
  expect(labels.length).toBeGreaterThan(0);

  const svg = await exportFile(page, 'Timeline as SVG');
  expect(svg.name).toMatch(new RegExp(`-timeline-${DAY}\\.svg$`));
  const drawn = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      width: Number(doc.documentElement.getAttribute('width')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      titles: doc.querySelectorAll('g > title').length,
      classes: doc.querySelectorAll('[class]').length,
      strokedShapes: doc.querySelectorAll('path[stroke]').length,
    };
  }, text(svg.bytes));
  expect(drawn.error).toBeNull();
  expect(drawn.root).toBe('svg');
  expect(drawn.width).toBeGreaterThan(1000);
  expect(drawn.texts).toContain(dataset.meta.title);
  expect(drawn.texts).toEqual(expect.arrayContaining(labels));
  expect(drawn.titles).toBeGreaterThanOrEqual(await region(page, 'Timeline').locator('svg [role="button"]').count());
  // The page's styles are inlined: no class is left to style, and the shapes keep their outline.
  expect(drawn.classes).toBe(0);
  expect(drawn.strokedShapes).toBeGreaterThan(0);

  const png = await exportFile(page, 'Timeline as PNG');
  expect(png.name).toMatch(new RegExp(`-timeline-${DAY}\\.png$`));
  expect(png.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(pngSize(png.bytes).width).toBeGreaterThanOrEqual(1200);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the map exports as a 1600 x 900 SVG of the events and a PNG twice that size', async ({ page }) => {
  const watch = watchPage(page);
  await openApp(page);

  const svg = await exportFile(page, 'Map as SVG');
  expect(svg.name).toMatch(new RegExp(`-map-${DAY}\\.svg$`));
  const drawn = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      markers: doc.querySelectorAll('g > circle').length,
      countries: (doc.querySelector('path[fill-rule="evenodd"]')?.getAttribute('d') ?? '').length,
    };
  }, text(svg.bytes));
  expect(drawn.error).toBeNull();
  expect(drawn.size).toEqual(['1600', '900']);
  expect(drawn.texts).toContain(dataset.meta.title);
  expect(drawn.texts).toContain('Country shapes: Natural Earth');
  expect(drawn.markers).toBeGreaterThan(0);
  expect(drawn.countries).toBeGreaterThan(1000);

  const png = await exportFile(page, 'Map as PNG');
  expect(png.name).toMatch(new RegExp(`-map-${DAY}\\.png$`));
  expect(png.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(pngSize(png.bytes)).toEqual({ width: 3200, height: 1800 });
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the Export panel works from the keyboard and Escape gives focus back', async ({ page }) => {
  await openApp(page);
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('button', { name: 'Events as CSV' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel(page).getByRole('button', { name: 'Events as GeoJSON' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('the open Export panel has no WCAG 2.2 A/AA violation', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(panel(page)).toBeVisible();
  const result = await new AxeBuilder({ page })
    .include('.export-menu')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
