import { expect, test, type Page } from '@playwright/test';
import { detailsHeading, escapeRegExp, eventsInTimeOrder, openApp, type DataEvent } from './helpers';

// User story: a teacher picks events into a new tour, orders them, writes notes, and shares it as a link (the tour
// travels in the link itself) or as a file that the app opens again.

const events = eventsInTimeOrder();
// Three events from across the dataset, added out of time order: the tour keeps the teacher's order.
const picks: DataEvent[] = [events[Math.floor(events.length / 2)], events[2], events[events.length - 3]];
const TITLE = 'Three moments for Year 10';
const NOTE = 'Start here: ask the class what they already know.';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

function builder(page: Page) {
  return page.getByRole('region', { name: 'Build a tour' });
}

function tourBar(page: Page) {
  return page.getByRole('region', { name: 'Tour', exact: true });
}

/** Opens the builder (its button may sit in the folded list of tours). */
async function openBuilder(page: Page) {
  const button = page.getByRole('button', { name: 'Build a tour' });
  if (!(await button.isVisible())) await page.getByRole('region', { name: 'Tours' }).locator('summary').click();
  await button.click();
  await expect(builder(page)).toBeVisible();
}

/** Opens the builder and makes the tour: title, three events found by search, a note on the first. */
async function buildTour(page: Page) {
  await openBuilder(page);
  const panel = builder(page);
  await panel.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await panel.getByRole('textbox', { name: 'Description' }).fill('Built in the browser for a test.');
  const search = panel.getByRole('searchbox', { name: 'Find events' });
  for (const event of picks) {
    await search.fill(event.title);
    await panel.getByRole('button', { name: `Add: ${event.title}`, exact: true }).click();
  }
  const stops = panel.getByRole('list', { name: 'Stops' }).getByRole('listitem');
  await expect(stops).toHaveCount(3);
  await panel.getByRole('textbox', { name: `Note for ${picks[0].title}` }).fill(NOTE);
  return panel;
}

test('a tour built in the browser travels in its link: the link opens it at stop 1', async ({
  page,
  context,
  baseURL,
}) => {
  await openApp(page);
  const panel = await buildTour(page);

  // Reordering from the keyboard: move the last stop up and back down again.
  const last = picks[2];
  await panel.getByRole('button', { name: `Move up: ${last.title}` }).focus();
  await page.keyboard.press('Enter');
  const titles = panel.getByRole('list', { name: 'Stops' }).locator('.tour-builder-stop-title');
  await expect(titles).toHaveText([picks[0].title, last.title, picks[1].title]);
  await panel.getByRole('button', { name: `Move down: ${last.title}` }).press('Enter');
  await expect(titles).toHaveText(picks.map((e) => e.title));

  await panel.getByRole('button', { name: 'Copy link' }).click();
  const link = await panel.getByRole('textbox', { name: 'Link to this tour' }).inputValue();
  expect(link).toMatch(new RegExp(`^${escapeRegExp(baseURL!)}\\?tour=~[A-Za-z0-9%$+-]+$`));
  await expect(panel.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  const bar = tourBar(other);
  await expect(bar.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(bar.locator('.tour-progress')).toHaveText(/1 \/ 3/);
  await expect(bar).toContainText(NOTE);
  await expect(detailsHeading(other)).toHaveText(picks[0].title);

  await bar.getByRole('button', { name: /Next stop/ }).click();
  await expect(bar.locator('.tour-progress')).toHaveText(/2 \/ 3/);
  await expect(detailsHeading(other)).toHaveText(picks[1].title);
});

test('Start this tour runs it here and writes it into the address', async ({ page }) => {
  await openApp(page);
  const panel = await buildTour(page);
  await panel.getByRole('button', { name: 'Start this tour' }).click();
  await expect(panel).toBeHidden();
  await expect(tourBar(page).getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(detailsHeading(page)).toHaveText(picks[0].title);
  await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('tour'))).toMatch(/^~/);
});

test('a downloaded tour file opens again as the same tour', async ({ page, context }) => {
  await openApp(page);
  const panel = await buildTour(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Download tour' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('three-moments-for-year-10.json');
  const path = await download.path();

  const other = await context.newPage();
  await openApp(other);
  await openBuilder(other);
  await builder(other).getByLabel('Open a tour file').setInputFiles(path);
  const bar = tourBar(other);
  await expect(bar.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(bar.locator('.tour-progress')).toHaveText(/1 \/ 3/);
  await expect(bar).toContainText(NOTE);
  await expect(detailsHeading(other)).toHaveText(picks[0].title);
});

test('a file that is not a tour is refused with the reason in plain words', async ({ page }) => {
  await openApp(page);
  await openBuilder(page);
  await builder(page)
    .getByLabel('Open a tour file')
    .setInputFiles({
      name: 'tour.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ tours: [{ id: 'x', title: 'X', description: 'Y', stops: [{ event: 'no-such-event' }] }] }),
      ),
    });
  const alert = builder(page).getByRole('alert');
  await expect(alert).toContainText('This tour names 1 event this dataset does not have.');
  await expect(alert).toContainText('Stop 1: there is no event "no-such-event" in this dataset.');
  await expect(tourBar(page)).toHaveCount(0);
});
