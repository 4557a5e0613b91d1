import { expect, test } from '@playwright/test';
import { readDataset } from './helpers';

// Trustworthy for everyone: strings from a dataset are only ever text, whatever they contain.

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(2)>',
  '<script>alert(3)</script>',
  '</script><script>alert(4)</script>',
  'javascript:alert(5)',
  '"><img src=x onerror=alert(6)>',
  "'><svg/onload=alert(7)>",
  '<iframe src="javascript:alert(8)"></iframe>',
  '<a href="javascript:alert(9)">click</a>',
  '<body onload=alert(10)>',
  '<style>*{display:none}</style>',
  '<math><mtext><img src=x onerror=alert(12)></mtext></math>',
  '{{constructor.constructor("alert(13)")()}}',
  '${alert(14)}',
  '<details open ontoggle=alert(15)>',
  '<input autofocus onfocus=alert(16)>',
  '<video><source onerror=alert(17)></video>',
  '<object data="javascript:alert(18)">',
  '<embed src="javascript:alert(19)">',
  '<link rel=import href=data:text/html,<script>alert(20)</script>>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(21)">',
  '<base href="javascript:alert(22)//">',
  '<form action="javascript:alert(23)"><button>x</button></form>',
  '&lt;img src=x onerror=alert(24)&gt;',
  '<img src="x` `<script>alert(25)</script>"` `>',
  '<svg><animate onbegin=alert(26) attributeName=x dur=1s>',
  '<marquee onstart=alert(27)>',
  '<select onfocus=alert(28) autofocus>',
  '<textarea onfocus=alert(29) autofocus>',
  '<keygen autofocus onfocus=alert(30)>',
];

function hostileDataset() {
  const dataset = readDataset() as unknown as {
    meta: Record<string, unknown>;
    categories: { label: string }[];
    sources: { title: string; publisher: string }[];
    events: { title: string; summary: string; dateNote?: string; places: { name: string }[] }[];
  };
  dataset.meta.title = PAYLOADS[0];
  delete dataset.meta.band;
  delete dataset.meta.tours;
  dataset.categories.forEach((c, i) => (c.label = PAYLOADS[i % PAYLOADS.length]));
  dataset.sources.forEach((s, i) => {
    s.title = PAYLOADS[(i + 3) % PAYLOADS.length];
    s.publisher = PAYLOADS[(i + 4) % PAYLOADS.length];
  });
  dataset.events = dataset.events.slice(0, PAYLOADS.length);
  dataset.events.forEach((e, i) => {
    e.title = `${PAYLOADS[i]} #${i + 1}`;
    e.summary = PAYLOADS[(i + 1) % PAYLOADS.length];
    e.dateNote = PAYLOADS[(i + 2) % PAYLOADS.length];
    e.places.forEach((p) => (p.name = PAYLOADS[(i + 5) % PAYLOADS.length]));
  });
  return dataset;
}

test('30 hostile payloads in every string field are shown as text and run nothing', async ({ page }) => {
  test.slow();
  const dataset = hostileDataset();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/data/events.json', (route) => route.fulfill({ json: dataset }));

  await page.goto('/');
  const list = page.getByRole('region', { name: 'Event list' });
  const details = page.getByRole('region', { name: 'Event details' });
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const map = page.getByRole('region', { name: 'Map' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAYLOADS[0]);
  await expect(map.locator('.leaflet-marker-icon').first()).toBeVisible({ timeout: 15_000 });

  for (const [i, event] of dataset.events.entries()) {
    const row = list.getByRole('button', { name: event.title, exact: false });
    await expect(row.getByText(event.title, { exact: true })).toBeVisible();
    await expect(timeline.getByRole('button', { name: `${event.title}, ` })).toHaveCount(1);
    if (i % 6 === 0) {
      await row.click();
      await expect(details.getByRole('heading', { level: 2 })).toHaveText(event.title);
      await expect(details.getByText(event.summary, { exact: true })).toBeVisible();
      await expect(details.getByText(event.dateNote!, { exact: true })).toBeVisible();
    }
  }

  // A map tooltip shows its title as text.
  const first = dataset.events[0];
  // Markers may sit in a ring over each other: tell this one the pointer is over it, as Leaflet hears it.
  await map
    .locator(`.leaflet-marker-icon[aria-label^="${first.title.replace(/"/g, '\\"')}"]`)
    .first()
    .dispatchEvent('mouseover');
  await expect(map.locator('.leaflet-tooltip').getByText(`${first.title} (`, { exact: false })).toBeVisible();

  // Nothing the payloads describe came to life. (The one script without a source is the prerendered page's own
  // JSON block, which is data, written by the build.)
  await expect(page.locator('script:not([src])')).toHaveCount(1);
  await expect(page.locator('script:not([src])')).toHaveAttribute('type', 'application/json');
  await expect(
    page.locator('img[src="x"], iframe, object, embed, marquee, keygen, base, script:not([src]):not(#waymark-page)'),
  ).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
