import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mapMarkers, timelineMarks } from './helpers';

// Trustworthy for everyone: axe-core finds no WCAG 2.2 A/AA violation in the app's main states.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function open(page: Page, search: string) {
  await page.goto(search);
  await expect(timelineMarks(page).first()).toBeVisible();
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
}

async function expectNoViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
  // The scan really ran over the page's rules.
  expect(result.passes.length).toBeGreaterThan(10);
}

test('the start page', async ({ page }) => {
  await open(page, '/');
  await expectNoViolations(page);
});

test('an event selected', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('region', { name: 'Event list' }).getByRole('button').nth(5).click();
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toBeVisible();
  await expectNoViolations(page);
});

test('filters open', async ({ page }) => {
  await open(page, '/');
  await page.getByText('Countries', { exact: false }).first().click();
  await expect(page.getByRole('checkbox', { name: 'Cambodia' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Cambodia' }).check();
  await expectNoViolations(page);
});

test('an error notice', async ({ page }) => {
  await open(page, '/?event=no-such-event&map=95,10,3');
  await expect(page.locator('.notices')).toContainText('Part of this link could not be used');
  await expectNoViolations(page);
});

test('presentation mode', async ({ page }) => {
  await open(page, '/?tour=november-2012-trip&step=3');
  await page.keyboard.press('p');
  await expect(page.locator('.app.is-presenting')).toBeVisible();
  await expectNoViolations(page);
});

test.describe('a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  test('at 320 px', async ({ page }) => {
    await open(page, '/?event=obama-visits-rangoon');
    await expectNoViolations(page);
  });
});
