import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DATASET_PATH, eventsInTimeOrder, openApp, readDataset, region, timelineMarks } from './helpers';

// User story: a teacher prints the filtered events, or a tour, as a clean handout with dates, places, summaries,
// notes and full sources, and a small map; or saves it as a PDF from the print dialog.

interface DataSource {
  id: string;
  title: string;
}

interface DataTour {
  id: string;
  title: string;
  stops: { event: string; note?: string }[];
}

const dataset = readDataset();
const sources = dataset.sources as DataSource[];
const events = eventsInTimeOrder();
const tours = (
  JSON.parse(readFileSync(DATASET_PATH.replace(/events\.json$/, 'tours.json'), 'utf8')) as { tours: DataTour[] }
).tours;

function handout(page: Page) {
  return page.getByRole('region', { name: 'Printable handout' });
}

function entryTitles(page: Page) {
  return handout(page).getByRole('heading', { level: 3 });
}

test('in print, the handout lists every event with its sources and a map, and nothing else of the app', async ({
  page,
}) => {
  await openApp(page);
  await page.emulateMedia({ media: 'print' });

  await expect(handout(page)).toBeVisible();
  await expect(handout(page).getByRole('heading', { level: 1 })).toHaveText(dataset.meta.title);
  await expect(handout(page).getByRole('heading', { level: 2 })).toHaveText(`Chronology of ${events.length} events`);
  await expect(entryTitles(page)).toHaveText(events.map((e) => e.title));
  await expect(handout(page).locator('cite', { hasText: sources[0].title }).first()).toBeVisible();
  await expect(handout(page).getByRole('img', { name: `Map of the places of ${events.length} events` })).toBeVisible();
  await expect(handout(page)).toContainText(`from ${page.url()}`);

  await expect(region(page, 'Timeline')).toBeHidden();
  await expect(region(page, 'Map')).toBeHidden();
  await expect(region(page, 'Event list')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
});

test('on screen, the handout is hidden and a button offers to print it', async ({ page }) => {
  await openApp(page);
  await page.emulateMedia({ media: 'screen' });
  await expect(handout(page)).toBeHidden();
  await expect(timelineMarks(page).first()).toBeVisible();
  const button = page.getByRole('button', { name: 'Print handout' });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('title', /Save as PDF/);
});

test('a filtered view prints only its events, says which filters chose them, and leads back to the view', async ({
  page,
}) => {
  await openApp(page);
  const [dropped] = dataset.categories;
  await region(page, 'Filters').getByRole('checkbox', { name: dropped.label }).uncheck();
  const kept = events.filter((e) => e.category !== dropped.id);
  await expect(page).toHaveURL(/\?/);

  await page.emulateMedia({ media: 'print' });
  await expect(handout(page).getByRole('heading', { level: 2 })).toHaveText(`Chronology of ${kept.length} events`);
  await expect(handout(page)).toContainText(`Of the dataset's ${events.length} events, those in the categories`);
  await expect(entryTitles(page)).toHaveText(kept.map((e) => e.title));
  await expect(handout(page)).toContainText(`from ${page.url()}`);
});

test('during a tour, the handout lists its stops in tour order with the teacher’s notes', async ({ page }) => {
  const [tour] = tours;
  await page.goto(`/?tour=${tour.id}`);
  await expect(page.getByRole('region', { name: 'Tour', exact: true })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(handout(page).getByRole('heading', { level: 2 })).toHaveText(`Tour: ${tour.title}`);
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  await expect(entryTitles(page)).toHaveText(tour.stops.map((s) => byId.get(s.event)!.title));
  const noted = tour.stops.find((s) => s.note)!;
  await expect(handout(page)).toContainText(`Teacher’s note: ${noted.note}`);
});

test('the handout saves as a PDF', async ({ page }, testInfo) => {
  await openApp(page);
  // Its code loads once the first view is up; until then a print shows the screen's view.
  await expect(page.getByRole('region', { name: 'Printable handout', includeHidden: true })).toBeAttached();
  const path = testInfo.outputPath('handout.pdf');
  const pdf = await page.pdf({ path, format: 'A4', printBackground: false });
  await testInfo.attach('handout.pdf', { path, contentType: 'application/pdf' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // A blank page is a few kilobytes; the handout's text and map make it much larger.
  expect(pdf.byteLength).toBeGreaterThan(30_000);
});

test('a print before the handout’s code has arrived shows the screen’s view, not a blank page', async ({ page }) => {
  // Its CSS arrives and its code does not: the moment between the two, held open.
  await page.route('**/assets/print-handout-*.js', () => undefined);
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('link[rel="stylesheet"][href*="print-handout-"]')).toBeAttached();
  await expect(region(page, 'Timeline')).toBeVisible();
  await expect(region(page, 'Event list')).toBeVisible();
});
