import { expect, test } from '@playwright/test';
import { mapMarkers, timelineMarks } from './helpers';

// Trustworthy for everyone: the built page carries a strict Content-Security-Policy, and nothing the app does breaks it.

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the built page has a policy with no inline or eval script', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
});

test('no state of the app violates the policy', async ({ page }) => {
  await page.goto('/?tour=november-2012-trip&step=2');
  await expect(timelineMarks(page).first()).toBeVisible();
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });

  // Share dialog with its QR code.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Presentation, a step, and back.
  await page.keyboard.press('p');
  await expect(page.locator('.app.is-presenting')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/step=3/);
  await page.keyboard.press('Escape');

  // The map zoomed in far enough to load the finer country shapes; the timeline zoomed by wheel.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('region', { name: 'Timeline' }).locator('svg').hover();
  await page.mouse.wheel(0, -200);

  // Print media for the handout.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Printable handout' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  expect(await violations(page)).toEqual([]);
});
