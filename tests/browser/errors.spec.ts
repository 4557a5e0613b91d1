import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  DATASET_PATH,
  escapeRegExp,
  listRows as listRowsOf,
  readDataset,
  readDatasetText,
  region,
  watchPage,
} from './helpers';
import { createSyntheticDataset } from '../fixtures/synthetic-dataset';

// User story: when the dataset is broken or missing, the page says so in words a teacher understands, and what to
// fix, instead of staying blank.

const DATA_URL = '**/data/events.json';

async function expectErrorPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'The dataset could not be opened' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('events.json');
  await expect(region(page, 'Timeline')).toHaveCount(0);
  await expect(region(page, 'Map')).toHaveCount(0);
}

test('a dataset that is not valid JSON gives a readable error page', async ({ page }) => {
  const watch = watchPage(page);
  const text = readDatasetText();
  await page.route(DATA_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: text.slice(0, text.length / 2) }),
  );

  await page.goto('/');

  await expectErrorPage(page);
  await expect(page.getByRole('alert')).toHaveText('events.json is not valid JSON.');
  const problems = page.getByRole('main').getByRole('listitem');
  await expect(problems).toHaveCount(1);
  // The parser's own message, which says where the text breaks off.
  await expect(problems).toContainText(/JSON/);
  expect(watch.pageErrors).toEqual([]);
});

test('an event with month 13 is named in the list of problems', async ({ page }) => {
  const dataset = readDataset();
  const index = dataset.events.findIndex((e) => !e.end);
  const broken = dataset.events[index];
  broken.start = '2012-13-01';
  await page.route(DATA_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }),
  );

  await page.goto('/');

  await expectErrorPage(page);
  await expect(page.getByRole('alert')).toHaveText('events.json has 1 problem.');
  await expect(page.getByRole('heading', { name: 'Problems found' })).toBeVisible();
  const problems = page.getByRole('main').getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems).toContainText(`Event ${index + 1} ("${broken.id}")`);
  await expect(problems).toContainText('start');
  await expect(problems).toContainText('month 13 is not a month');
});

test('a large dataset, checked in a worker, is refused with the same words when one event is broken', async ({
  page,
}) => {
  const watch = watchPage(page);
  const dataset = createSyntheticDataset(6000);
  const index = 4321;
  dataset.events[index].start = '2012-13-01';
  delete dataset.events[index].end;
  const body = JSON.stringify(dataset);
  expect(body.length).toBeGreaterThan(1_000_000);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.route(DATA_URL, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));

  await page.goto('/');

  await expectErrorPage(page);
  await expect(page.getByRole('alert')).toHaveText('events.json has 1 problem.');
  const problems = page.getByRole('main').getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems).toContainText(`Event ${index + 1} ("${dataset.events[index].id}")`);
  await expect(problems).toContainText('month 13 is not a month');
  expect(workers.some((url) => /check-worker/.test(url))).toBe(true);
  expect(watch.pageErrors).toEqual([]);
});

test('a missing dataset (404) says it could not be loaded', async ({ page }) => {
  const watch = watchPage(page);
  await page.route(DATA_URL, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));

  await page.goto('/');

  await expectErrorPage(page);
  await expect(page.getByRole('alert')).toContainText('events.json could not be loaded');
  await expect(page.getByRole('alert')).toContainText('404');
  expect(watch.pageErrors).toEqual([]);
});

test('a server that cannot be reached for the dataset says it could not be loaded', async ({ page }) => {
  await page.route(DATA_URL, (route) => route.abort('connectionrefused'));

  await page.goto('/');

  await expectErrorPage(page);
  await expect(page.getByRole('alert')).toContainText('events.json could not be loaded');
});

test('a tours file naming an event the dataset lacks leaves out that tour, and the dataset still opens', async ({
  page,
}) => {
  const watch = watchPage(page);
  const tours = JSON.parse(readFileSync(DATASET_PATH.replace(/events\.json$/, 'tours.json'), 'utf8')) as {
    tours: { id: string; title: string; stops: { event: string }[] }[];
  };
  const [first, second, third] = tours.tours;
  second.stops[1].event = 'an-event-since-removed';
  await page.route('**/data/tours.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(tours) }),
  );

  await page.goto('/');

  const dataset = readDataset();
  await expect(region(page, 'Filters')).toContainText(`${dataset.events.length} of ${dataset.events.length} events`);
  await expect(listRowsOf(page)).toHaveCount(dataset.events.length);
  await expect(page.getByRole('heading', { name: 'Guided tours (2)' })).toBeAttached();
  const toursRegion = page.getByRole('region', { name: 'Tours' });
  await toursRegion.getByText('Guided tours (2)').click();
  await expect(toursRegion.getByRole('button', { name: new RegExp(escapeRegExp(first.title)) })).toBeVisible();
  await expect(toursRegion.getByRole('button', { name: new RegExp(escapeRegExp(third.title)) })).toBeVisible();
  await expect(toursRegion.getByRole('button', { name: new RegExp(escapeRegExp(second.title)) })).toHaveCount(0);
  await expect(page.getByRole('status').getByText(/^1 tour in tours\.json has problems/)).toHaveText(
    `1 tour in tours.json has problems and is left out: Tour 2 ("${second.id}"), stop 2, field event: ` +
      '"an-event-since-removed" is not one of the events.',
  );
  expect(watch.pageErrors).toEqual([]);
});
