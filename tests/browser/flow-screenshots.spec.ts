import { expect, test } from '@playwright/test';
import { detailsHeading, mapMarkers, region, watchPage } from './helpers';

// The first screen of each user's main flow, kept in test-results (and attached to the report) to be looked at: a
// visitor's shared link on a phone, a student filtering on a laptop, a teacher presenting a tour on a projector.

const FLOWS = [
  {
    who: 'visitor-phone-link',
    viewport: { width: 390, height: 844 },
    url: '/?event=obama-visits-rangoon',
    ready: 'Obama visits Rangoon, the first US president to go to Burma',
  },
  {
    who: 'student-laptop-filtered',
    viewport: { width: 1280, height: 800 },
    url: '/?event=cambodia-tip-tier-3-2005&cat=tip-report',
    ready: null,
  },
  {
    who: 'teacher-projector-1920',
    viewport: { width: 1920, height: 1080 },
    url: '/?tour=november-2012-trip&step=3&present=1',
    ready: 'Obama visits Rangoon, the first US president to go to Burma',
  },
  {
    who: 'teacher-projector-1280',
    viewport: { width: 1280, height: 720 },
    url: '/?tour=november-2012-trip&step=3&present=1',
    ready: 'Obama visits Rangoon, the first US president to go to Burma',
  },
];

for (const flow of FLOWS) {
  test(`the first screen of the ${flow.who} flow`, async ({ page }, testInfo) => {
    const watch = watchPage(page);
    await page.setViewportSize(flow.viewport);
    await page.goto(flow.url);
    if (flow.ready) await expect(detailsHeading(page)).toHaveText(flow.ready);
    else await expect(region(page, 'Filters')).toContainText('6 of 53 events');
    await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
    await watch.networkQuiet();
    // The moment is on the first screen, whoever looks.
    const heading = await detailsHeading(page).boundingBox();
    if (flow.ready) expect(heading!.y + heading!.height).toBeLessThanOrEqual(flow.viewport.height);
    const path = testInfo.outputPath(`flow-${flow.who}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`flow-${flow.who}`, { path, contentType: 'image/png' });
    expect(watch.pageErrors).toEqual([]);
  });
}
