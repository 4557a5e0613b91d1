import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { detailsHeading, listRow, readDataset, region, watchPage, type DataEvent } from './helpers';
import { addressSearch, filterCount, linkNotices, LINK_NOTICE_START } from './url-helpers';

// User story: a teacher puts their own dataset beside the app on their school's server and shares
// `?data=examples/class.json`. The link opens that dataset, and every link made from it keeps pointing at it. A link
// that names a dataset anywhere else (another site, outside the app's folder) opens the bundled dataset instead, with
// a notice, and never makes a request to another origin.

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const mini = JSON.parse(fixture('mini-dataset.json')) as {
  meta: Record<string, unknown> & { title: string };
  events: DataEvent[];
};
/** The mini dataset with a band file beside it, which must be fetched from the same folder. */
const classDataset = { ...mini, meta: { ...mini.meta, band: { file: 'class-band.json', series: 'cambodia' } } };
const bundled = readDataset();
const BUNDLED_COUNT = `${bundled.events.length} of ${bundled.events.length} events`;
const MINI_COUNT = `${mini.events.length} of ${mini.events.length} events`;

async function serveClassDataset(page: Page) {
  await page.route('**/examples/class.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(classDataset) }),
  );
  await page.route('**/examples/class-band.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: fixture('mini-band.json') }),
  );
}

test('?data= opens a dataset beside the app, its band file from the same folder, and links keep it', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page);
  await serveClassDataset(page);
  await page.goto('/?data=examples/class.json');

  await expect(filterCount(page)).toHaveText(MINI_COUNT);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mini.meta.title);
  expect(watch.requests.some((url) => new URL(url).pathname.endsWith('/examples/class-band.json'))).toBe(true);
  expect(await addressSearch(page)).toBe('?data=examples/class.json');

  const event = mini.events.find((e) => e.id === 'visit-to-bangkok')!;
  await listRow(page, event).click();
  await expect(detailsHeading(page)).toHaveText(event.title);
  await expect.poll(() => addressSearch(page)).toBe(`?data=examples/class.json&event=${event.id}`);

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this moment' });
  const link = dialog.getByRole('textbox', { name: 'Link' });
  await expect(link).toHaveValue(`${baseURL}?data=examples/class.json&event=${event.id}`);
  await dialog.getByRole('radio', { name: /This event only/ }).check();
  await expect(link).toHaveValue(`${baseURL}?data=examples/class.json&event=${event.id}`);
  await expect(dialog.getByRole('textbox', { name: 'Embed in a page' })).toHaveValue(
    /src="[^"]*\?data=examples\/class\.json&amp;event=visit-to-bangkok&amp;embed=1"/,
  );
  await page.keyboard.press('Escape');

  // Reloading the address reopens the same dataset and view.
  await page.reload();
  await expect(detailsHeading(page)).toHaveText(event.title);
  await expect(filterCount(page)).toHaveText(MINI_COUNT);
  expect(watch.foreignRequests(new URL(baseURL!).origin)).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});

test('an embedded view of a dataset beside the app opens in Waymark with the same dataset', async ({ page }) => {
  await serveClassDataset(page);
  await page.goto('/?data=examples/class.json&event=visit-to-bangkok&embed=1');
  await expect(filterCount(page)).toHaveText(MINI_COUNT);
  const open = page.getByRole('link', { name: /Open in Waymark/ });
  await expect(open).toHaveAttribute('href', /\?data=examples\/class\.json&event=visit-to-bangkok$/);
});

test('?data= opens a CSV beside the app: its valid rows, with a notice of what was left out', async ({ page }) => {
  const csv = [
    'title,start,place,lat,lon',
    'Summit,2012-11-19,Phnom Penh,11.56,104.92',
    'Visit,2013,Bangkok,13.75,100.5',
  ];
  await page.route('**/examples/class.csv', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/csv',
      body: [...csv, 'Launch,2012-13-01,Yangon,16.8,96.15'].join('\n'),
    }),
  );
  await page.goto('/?data=examples/class.csv');

  await expect(filterCount(page)).toHaveText('2 of 2 events');
  await expect(page.locator('.notice')).toContainText(['1 of the 3 rows in class.csv could not be used']);
  expect(await addressSearch(page)).toBe('?data=examples/class.csv');
});

test('a ?data= file that cannot be loaded shows the error page, with a way back to the bundled dataset', async ({
  page,
}) => {
  await page.route('**/examples/missing.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/?data=examples/missing.json');

  await expect(page.getByRole('heading', { level: 1, name: 'The dataset could not be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('missing.json could not be loaded (HTTP 404).');
  await page.getByRole('link', { name: 'Open the bundled dataset instead' }).click();
  await expect(filterCount(page)).toHaveText(BUNDLED_COUNT);
  expect(await addressSearch(page)).toBe('');
});

for (const hostile of ['https://evil.example/x.json', '//evil.example/x.json', '../../etc/passwd']) {
  test(`?data=${hostile} is refused with a notice, and the bundled dataset opens without a foreign request`, async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page);
    await page.goto(`/?data=${encodeURIComponent(hostile)}`);

    await expect(filterCount(page)).toHaveText(BUNDLED_COUNT);
    await expect(linkNotices(page)).toHaveCount(1);
    await expect(linkNotices(page)).toContainText(LINK_NOTICE_START);
    await expect(linkNotices(page)).toContainText(/another site|outside this app's folder/);
    // The address is cleaned, so sharing it again passes on only what works.
    await expect.poll(() => addressSearch(page)).toBe('');
    await watch.networkQuiet();
    expect(watch.foreignRequests(new URL(baseURL!).origin)).toEqual([]);
    // Only the page's own address names it, in its query.
    expect(watch.requests.filter((url) => /evil|passwd/.test(new URL(url).pathname))).toEqual([]);
    await expect(region(page, 'Event list')).toBeVisible();
  });
}
