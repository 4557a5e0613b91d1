import { expect, test } from '@playwright/test';
import { detailsHeading, eventsInTimeOrder, listRow, mapMarkers, readDataset, region, timelineMarks } from './helpers';

// User story: a teacher shares this moment as a link, a QR code for the projector, a citation or an embed.

const events = eventsInTimeOrder();
const event = events[Math.floor(events.length / 2)];
const { meta } = readDataset() as unknown as { meta: { title: string; version: string } };

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function openAt(page: import('@playwright/test').Page, search: string) {
  await page.goto(search);
  await expect(timelineMarks(page).first()).toBeVisible();
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
}

test('the Share dialog gives the exact view, copies it, and can narrow it to the event', async ({ page, baseURL }) => {
  const search = `?event=${event.id}&from=2005-01-01&to=2013-12-31&q=a`;
  await openAt(page, search);
  await expect(detailsHeading(page)).toHaveText(event.title);

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this moment' });
  await expect(dialog).toBeVisible();
  const link = dialog.getByRole('textbox', { name: 'Link' });
  await expect(link).toHaveValue(`${baseURL}${search}`);

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${search}`);

  await dialog.getByRole('radio', { name: /This event only/ }).check();
  await expect(link).toHaveValue(`${baseURL}?event=${event.id}`);
  await expect(dialog.getByRole('img', { name: 'QR code of the link' })).toBeVisible();

  const apa = dialog.getByRole('textbox', { name: 'APA' });
  await expect(apa).toHaveValue(new RegExp(`${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[Event\\]`));
  await expect(apa).toHaveValue(new RegExp(`\\(Version ${meta.version}\\)`));
  await expect(dialog.getByRole('textbox', { name: 'Chicago' })).toHaveValue(/version 1\.0\.0/);
  await expect(dialog.getByRole('textbox', { name: 'Embed in a page' })).toHaveValue(
    `<iframe src="${baseURL}?event=${event.id}&amp;embed=1" title="${meta.title} · Waymark" width="100%" height="600" style="border:0" loading="lazy"></iframe>`,
  );

  // Escape closes the dialog and leaves the selection alone.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(detailsHeading(page)).toHaveText(event.title);
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
});

test('an embedded view has no page chrome, keeps embed=1 as it changes, and links out to the full app', async ({
  page,
}) => {
  await openAt(page, '?embed=1');
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
  await expect(page.getByText('Waymark', { exact: true })).toHaveCount(0);
  await listRow(page, event).click();
  await expect(page).toHaveURL(new RegExp(`\\?event=${event.id}&embed=1$`));
  const out = page.getByRole('link', { name: /Open in Waymark/ });
  await expect(out).toHaveAttribute('href', `/?event=${event.id}`);
  await expect(out).toHaveAttribute('target', '_blank');
  await expect(region(page, 'Event details')).toContainText(event.title);
});
