import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DATASET_PATH, mapMarkers, region } from './helpers';

// User story: a teacher presents a tour on a projector. The map shows the way: it fits the current stop and the
// stops either side of it, and the events that are not stops step back, so the room sees the story.

const { tours } = JSON.parse(readFileSync(DATASET_PATH.replace(/events\.json$/, 'tours.json'), 'utf8')) as {
  tours: { id: string; stops: { event: string }[] }[];
};
const tour = tours.find((t) => t.id === 'november-2012-trip')!;
const stopIds = new Set(tour.stops.map((stop) => stop.event));

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`at ${viewport.width}x${viewport.height}, stop 3 is fitted with its neighbours and other events are dimmed`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/?tour=${tour.id}&step=3&present=1`);
    await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
    const map = (await region(page, 'Map').boundingBox())!;
    const markers = await mapMarkers(page).evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return {
          label: element.getAttribute('aria-label') ?? '',
          opacity: Number(getComputedStyle(element).opacity),
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
        };
      }),
    );
    const titles = JSON.parse(readFileSync(DATASET_PATH, 'utf8')).events as { id: string; title: string }[];
    const titleOf = new Map(titles.map((e) => [e.id, e.title]));
    const isStop = (label: string) => [...stopIds].some((id) => label.startsWith(`${titleOf.get(id)},`));
    const stops = markers.filter((m) => isStop(m.label));
    const others = markers.filter((m) => !isStop(m.label));
    expect(stops.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    expect(stops.every((m) => m.opacity === 1)).toBe(true);
    expect(others.every((m) => m.opacity < 0.5)).toBe(true);
    // Stops 2, 3 and 4 (Bangkok, Rangoon, and the joint plan in Rangoon) are all inside the map.
    for (const id of tour.stops.slice(1, 4).map((stop) => stop.event)) {
      const marker = markers.find((m) => m.label.startsWith(`${titleOf.get(id)},`));
      expect(marker, id).toBeDefined();
      expect(marker!.x).toBeGreaterThan(map.x);
      expect(marker!.x).toBeLessThan(map.x + map.width);
      expect(marker!.y).toBeGreaterThan(map.y);
      expect(marker!.y).toBeLessThan(map.y + map.height);
    }
  });
}

test('out of the presentation, no marker is dimmed', async ({ page }) => {
  await page.goto(`/?tour=${tour.id}&step=3`);
  await expect(mapMarkers(page).first()).toBeVisible({ timeout: 15_000 });
  const opacities = await mapMarkers(page).evaluateAll((elements) =>
    elements.map((element) => Number(getComputedStyle(element).opacity)),
  );
  expect(opacities.length).toBeGreaterThan(20);
  expect(opacities.every((opacity) => opacity === 1)).toBe(true);
});
