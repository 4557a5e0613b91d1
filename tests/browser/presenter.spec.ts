import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { detailsHeading, mapMarkers, readDataset, timelineMarks } from './helpers';

// User story: a teacher with two screens projects the app and keeps a presenter view (the notes, the next stop, a
// clock) on their own screen; the two windows stay in step whichever one is stepped.

interface DataTour {
  id: string;
  title: string;
  stops: { event: string; note?: string }[];
}

const { tours } = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/tours.json', import.meta.url)), 'utf8'),
) as { tours: DataTour[] };
const titles = new Map(readDataset().events.map((e) => [e.id, e.title]));
// A tour whose first stops have notes, so the presenter has something to show.
const tour = tours.find((t) => t.stops.length >= 3 && t.stops[0].note && t.stops[2].note)!;
const titleOf = (step: number) => titles.get(tour.stops[step].event)!;

async function openMain(page: Page) {
  await page.goto(`/?tour=${tour.id}`);
  await expect(timelineMarks(page).first()).toBeVisible();
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(detailsHeading(page)).toHaveText(titleOf(0));
}

async function expectPresenterAt(presenter: Page, step: number) {
  await expect(presenter.getByText(`Stop ${step + 1} of ${tour.stops.length}`)).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 2, name: titleOf(step) })).toBeVisible();
  const note = tour.stops[step].note ?? 'No note for this stop.';
  await expect(presenter.getByTestId('presenter-note')).toHaveText(note);
  const next = step + 1 < tour.stops.length ? titleOf(step + 1) : 'This is the last stop.';
  await expect(presenter.getByRole('region', { name: 'Next stop' })).toContainText(next);
}

test('the presenter window shows the note and the next stop, and steps the projected window both ways', async ({
  page,
  context,
}) => {
  await openMain(page);
  const presenter = await context.newPage();
  await presenter.goto('/?presenter=1');
  await expect(presenter.getByRole('heading', { level: 1, name: tour.title })).toBeVisible();
  await expect(presenter.getByRole('status')).toHaveText('In step with the main window.');
  await expectPresenterAt(presenter, 0);
  await expect(presenter.getByText(/^\d{2}:\d{2}$/)).toBeVisible();
  await expect(presenter.getByText(/0:00 elapsed/)).toBeVisible();

  // Next in the presenter moves the projected window.
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(detailsHeading(page)).toHaveText(titleOf(1));
  await expectPresenterAt(presenter, 1);

  // A clicker key in the presenter does too.
  await presenter.keyboard.press('PageDown');
  await expect(detailsHeading(page)).toHaveText(titleOf(2));
  await expectPresenterAt(presenter, 2);

  // Stepping in the projected window updates the presenter.
  await page
    .getByRole('region', { name: 'Tour', exact: true })
    .getByRole('button', { name: /Previous stop/ })
    .click();
  await expect(detailsHeading(page)).toHaveText(titleOf(1));
  await expectPresenterAt(presenter, 1);
  await page.keyboard.press('ArrowRight');
  await expectPresenterAt(presenter, 2);
});

test('the Presenter view button opens the presenter on the current stop', async ({ page }) => {
  await openMain(page);
  await page
    .getByRole('region', { name: 'Tour', exact: true })
    .getByRole('button', { name: /Next stop/ })
    .click();
  await expect(detailsHeading(page)).toHaveText(titleOf(1));
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  expect(new URL(presenter.url()).searchParams.get('presenter')).toBe('1');
  await expectPresenterAt(presenter, 1);
  await presenter.getByRole('button', { name: '← Previous' }).click();
  await expect(detailsHeading(page)).toHaveText(titleOf(0));
});
