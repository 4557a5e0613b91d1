import { expect, test, type Page, type Request } from '@playwright/test';
import { openApp, region, watchPage } from './helpers';
import { allNotices } from './url-helpers';

// Online map tiles are an opt-in: nothing goes to the tile server until the user asks, and then only images, with the
// site's origin as the only referrer, and OpenStreetMap's attribution on the map.

const TILE_HOST = 'tile.openstreetmap.org';
// A 1x1 transparent PNG, so the tests never reach the real tile server.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function tilesButton(page: Page) {
  return region(page, 'Map').getByRole('button', { name: 'Online map' });
}

function tileRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).host === TILE_HOST) seen.push(request);
  });
  return seen;
}

test('tiles load only after the user turns them on, with an origin-only referrer and attribution', async ({
  page,
  baseURL,
}) => {
  await page.route(`https://${TILE_HOST}/**`, (route) => route.fulfill({ contentType: 'image/png', body: PNG }));
  const watch = watchPage(page);
  const tiles = tileRequests(page);
  await openApp(page);
  await watch.networkQuiet();
  await expect(tilesButton(page)).toHaveAttribute('aria-pressed', 'false');
  expect(tiles, 'no tile request before the opt-in').toHaveLength(0);

  await tilesButton(page).click();
  await expect(tilesButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => tiles.length, { message: 'tiles requested' }).toBeGreaterThan(3);
  const appOrigin = new URL(baseURL!).origin;
  for (const request of tiles) {
    expect(request.resourceType()).toBe('image');
    expect(await request.headerValue('referer')).toBe(`${appOrigin}/`);
  }
  expect(watch.foreignRequests(appOrigin).every((url) => new URL(url).host === TILE_HOST)).toBe(true);
  const attribution = region(page, 'Map').locator('.leaflet-control-attribution');
  await expect(attribution.getByRole('link', { name: 'OpenStreetMap' })).toHaveAttribute(
    'href',
    'https://www.openstreetmap.org/copyright',
  );
  await expect(attribution).toContainText('contributors');

  // The choice is kept for the next visit; turning it off stops the requests.
  await page.reload();
  await expect(tilesButton(page)).toHaveAttribute('aria-pressed', 'true');
  await tilesButton(page).click();
  await expect(tilesButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(attribution).not.toContainText('OpenStreetMap');
  const count = tiles.length;
  await region(page, 'Map').getByRole('button', { name: 'Zoom in', exact: true }).click();
  await watch.networkQuiet();
  expect(tiles.length, 'no tile request once turned off').toBe(count);
  expect(watch.pageErrors).toEqual([]);
});

test('tiles that cannot load give one notice and the offline map back', async ({ page }) => {
  await page.route(`https://${TILE_HOST}/**`, (route) => route.abort('internetdisconnected'));
  const tiles = tileRequests(page);
  await openApp(page);
  const notices = allNotices(page).filter({ hasText: 'The online map could not be loaded' });
  await tilesButton(page).click();
  await expect(notices).toHaveCount(1);
  await expect(tilesButton(page)).toHaveAttribute('aria-pressed', 'false');
  expect(tiles.length, 'several tiles failed, yet one notice').toBeGreaterThan(1);
  // The offline country shapes are drawn again (the basemap canvas is back on the map).
  await expect(region(page, 'Map').locator('canvas.leaflet-zoom-animated').first()).toBeVisible();
  await page.waitForTimeout(500);
  await expect(notices).toHaveCount(1);
});
