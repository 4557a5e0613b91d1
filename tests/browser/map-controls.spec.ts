import { expect, test, type Page } from '@playwright/test';
import { mapMarkers, region } from './helpers';

// User story: the map's own buttons sit with Leaflet's controls in its corners, and a fitted view keeps every marker
// clear of them, at a phone's size, a laptop's and a projector's.

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of the map's controls and of its markers, as drawn. */
async function controlsAndMarkers(page: Page): Promise<{ controls: Box[]; markers: Box[] }> {
  return region(page, 'Map').evaluate((map) => {
    const boxOf = (element: Element, name: string) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { name, left, top, right, bottom };
    };
    const controls = [...map.querySelectorAll('.leaflet-control-container .leaflet-control')].map((element) =>
      boxOf(element, element.getAttribute('aria-label') ?? element.className),
    );
    const markers = [...map.querySelectorAll('.leaflet-marker-icon[role="button"]')].map((element) =>
      boxOf(element, element.getAttribute('aria-label') ?? ''),
    );
    return { controls, markers };
  });
}

/** The boxes once the map has come to rest: the same twice, 250 ms apart (a fit or a zoom may still be moving). */
async function settled(page: Page) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await controlsAndMarkers(page);
    const text = JSON.stringify(now);
    if (text === last) return now;
    last = text;
    await page.waitForTimeout(250);
  }
  throw new Error('the map did not come to rest');
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${viewport.width}x${viewport.height}, no control covers a marker of the fitted view`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const map = region(page, 'Map');
    await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
    const group = map.getByRole('group', { name: 'Map view' });
    await expect(group.getByRole('button', { name: 'Show all events' })).toBeVisible();
    await expect(group.getByRole('button', { name: 'Online map' })).toBeVisible();
    // The fit the page opens with, then the one the button asks for.
    for (const step of ['opened', 'fitted'] as const) {
      if (step === 'fitted') {
        await map.getByRole('button', { name: 'Zoom in' }).click();
        await settled(page);
        await group.getByRole('button', { name: 'Show all events' }).click();
      }
      const { controls, markers } = await settled(page);
      expect(controls.map((c) => c.name)).toEqual(expect.arrayContaining(['Map view']));
      expect(markers.length).toBeGreaterThan(20);
      const covered = markers.flatMap((marker) =>
        controls
          .filter((control) => overlaps(control, marker))
          .map((control) => `${marker.name} under ${control.name}`),
      );
      expect(covered, step).toEqual([]);
    }
  });
}
