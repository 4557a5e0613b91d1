import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { DATASET_PATH, eventsInTimeOrder, openApp, region, timelineMark, timelineMarks } from './helpers';

// User story: whatever the screen, every label on the timeline can be read: none runs into another, over a mark or
// an uncertainty box, or off the edge; a shortened one shows its whole title on hover and focus; the status band
// names every period; and a presentation labels the tour's stops in type a room can read.

const events = eventsInTimeOrder();
const titleOf = new Map(events.map((e) => [e.id, e.title]));
const dataDir = DATASET_PATH.replace(/events\.json$/, '');
const { tours } = JSON.parse(readFileSync(`${dataDir}tours.json`, 'utf8')) as {
  tours: { id: string; stops: { event: string }[] }[];
};
const bandFile = JSON.parse(readFileSync(`${dataDir}tip-tiers.json`, 'utf8')) as {
  levels: { id: string; label: string }[];
  series: { id: string; entries: { label: string; start: string; level: string }[] }[];
};
const levelLabel = new Map(bandFile.levels.map((l) => [l.id, l.label]));
const cambodia = bandFile.series.find((s) => s.id === 'cambodia')!;

const NOVEMBER = tours.find((t) => t.id === 'november-2012-trip')!;
const NOVEMBER_STOPS = new Set(NOVEMBER.stops.map((s) => s.event));
/** `?step=3` shows the third stop. */
const CURRENT_STOP = NOVEMBER.stops[2].event;
const PRESENTING = `/?tour=${NOVEMBER.id}&step=3&present=1`;

interface Rect {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

interface Geometry {
  /** The drawing's visible box: its width, and the part of its height not scrolled away. */
  visible: Rect;
  labels: { id: string; text: string; box: Rect; fontSize: number; visible: boolean }[];
  /** Marks, bars and uncertainty boxes of every event. */
  drawn: { id: string; kind: string; box: Rect }[];
}

/** Reads where the timeline's labels and marks are, from the page's layout boxes. */
async function readGeometry(page: Page): Promise<Geometry> {
  return region(page, 'Timeline').evaluate((section) => {
    const rect = (e: Element) => {
      const b = e.getBoundingClientRect();
      return { x1: b.left, x2: b.right, y1: b.top, y2: b.bottom };
    };
    const body = rect(section.querySelector('.timeline-body')!);
    const marks = [...section.querySelectorAll<SVGGElement>('.timeline-mark')];
    const labels = marks.flatMap((mark) =>
      [...mark.querySelectorAll('.label')].map((label) => {
        const box = rect(label);
        return {
          id: mark.dataset.eventId!,
          text: label.textContent ?? '',
          box,
          fontSize: parseFloat(getComputedStyle(label).fontSize),
          visible: box.y2 > body.y1 && box.y1 < body.y2,
        };
      }),
    );
    const drawn = marks.flatMap((mark) =>
      [...mark.querySelectorAll('.shape, .uncertainty, .span')].map((e) => ({
        id: mark.dataset.eventId!,
        kind: e.getAttribute('class')!,
        box: rect(e),
      })),
    );
    return { visible: body, labels, drawn };
  });
}

const intersects = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Every way the labels fail to be readable, in words; empty when they are all clear. */
function collisions({ visible, labels, drawn }: Geometry): string[] {
  const problems: string[] = [];
  labels.forEach((label, i) => {
    if (label.box.x1 < visible.x1 || label.box.x2 > visible.x2) problems.push(`"${label.text}" runs off the timeline`);
    for (const other of labels.slice(i + 1)) {
      if (intersects(label.box, other.box)) problems.push(`"${label.text}" overlaps "${other.text}"`);
    }
    for (const thing of drawn) {
      if (intersects(label.box, thing.box)) problems.push(`"${label.text}" covers the ${thing.kind} of ${thing.id}`);
    }
  });
  return problems;
}

/** A label says its event's title, or the start of it and an ellipsis. */
function untrueLabels({ labels }: Geometry): string[] {
  return labels
    .filter((l) => {
      const title = titleOf.get(l.id)!;
      return l.text !== title && !(l.text.endsWith('…') && title.startsWith(l.text.slice(0, -1)));
    })
    .map((l) => `${l.id}: "${l.text}"`);
}

async function screenshotTimeline(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await region(page, 'Timeline').screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

const SCREENS = [
  { viewport: { width: 1280, height: 800 }, path: '/', name: '1280x800' },
  { viewport: { width: 1920, height: 1080 }, path: '/', name: '1920x1080' },
  // Zoomed in on two years: most events lie off to the sides, and must not leave labels there.
  { viewport: { width: 1280, height: 800 }, path: '/?from=2012-01-01&to=2013-12-31', name: '1280x800-2012-2013' },
];

for (const { viewport, path, name } of SCREENS) {
  test.describe(`at ${name}`, () => {
    test.use({ viewport });

    test(`no label overlaps another label, a mark or an uncertainty box, or runs off the timeline (${name})`, async ({
      page,
    }, testInfo) => {
      await page.goto(path);
      await expect(timelineMarks(page).first()).toBeAttached();
      await expect(region(page, 'Timeline').locator('.timeline-mark .label').first()).toBeVisible();
      await page.mouse.move(0, 0);
      const geometry = await readGeometry(page);
      // Many events are labelled, in full or shortened, and the drawing shows many of them.
      expect(geometry.labels.length).toBeGreaterThanOrEqual(20);
      expect(geometry.labels.filter((l) => l.visible).length).toBeGreaterThanOrEqual(15);
      expect(collisions(geometry)).toEqual([]);
      expect(untrueLabels(geometry)).toEqual([]);
      await screenshotTimeline(page, testInfo, `timeline-${name}`);
    });
  });
}

test('a shortened label shows the whole title on hover and on keyboard focus, inside the timeline', async ({
  page,
}) => {
  await openApp(page);
  const timeline = region(page, 'Timeline');
  const shortened = timeline.locator('.timeline-mark:has(.label.is-shortened)').first();
  const id = (await shortened.getAttribute('data-event-id'))!;
  await expect(shortened.locator('.label')).toHaveText(/…$/);
  await shortened.locator('.shape').hover();
  const whole = timeline.locator('.timeline-full-label');
  await expect(whole).toHaveText(titleOf.get(id)!);
  const box = (await whole.boundingBox())!;
  const drawing = (await timeline.locator('.timeline-body').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(drawing.x);
  expect(box.x + box.width).toBeLessThanOrEqual(drawing.x + drawing.width);
  await page.mouse.move(0, 0);
  await expect(whole).toHaveCount(0);

  // The keyboard: Tab into the marks shows the first event's whole title too.
  await timeline.getByRole('combobox', { name: 'Speed' }).focus();
  await page.keyboard.press('Tab');
  await expect(timelineMark(page, events[0])).toBeFocused();
  await expect(whole).toHaveText(events[0].title);
});

test('every band segment is named with its level, its label contrasts, and a year-only start is hatched', async ({
  page,
}) => {
  await openApp(page);
  const band = region(page, 'Timeline').getByRole('list', { name: /^Cambodia: / });
  const segments = band.getByRole('listitem');
  const names = await segments.evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThanOrEqual(5);
  for (const name of names) {
    const entry = cambodia.entries.find((e) => name.startsWith(`${e.label}: `));
    expect(entry, `a band entry named by "${name}"`).toBeDefined();
    expect(name).toContain(`: ${levelLabel.get(entry!.level)}, from `);
  }
  // The labels drawn in the band are the level labels, in black or white as contrasts more with the segment.
  const drawnLabels = await band.locator('.band-label').evaluateAll((labels) =>
    labels.map((label) => {
      const segment = label.closest('[role="listitem"]')!;
      return {
        name: segment.getAttribute('aria-label') ?? '',
        text: label.textContent ?? '',
        fill: label.getAttribute('fill') ?? '',
        background: segment.querySelector('rect')!.getAttribute('fill') ?? '',
      };
    }),
  );
  expect(drawnLabels.length).toBeGreaterThanOrEqual(5);
  for (const label of drawnLabels) {
    expect(label.name).toContain(`: ${label.text}, from `);
    expect(label.fill).toMatch(/^#(000000|ffffff)$/);
    expect(contrast(label.fill, label.background), `${label.text} on ${label.background}`).toBeGreaterThanOrEqual(4.5);
  }
  // A start known only to the year: its segment is hatched, and the legend says what hatching means.
  const yearOnly = cambodia.entries.filter((e) => /^\d{4}$/.test(e.start)).map((e) => e.label);
  const hatched = await band
    .locator('[role="listitem"]:has(.band-uncertain)')
    .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
  expect(hatched.length).toBeGreaterThan(0);
  for (const name of hatched) expect(yearOnly.some((label) => name.startsWith(`${label}: `))).toBe(true);
  for (const name of hatched) expect(name).toContain('start known only to the year');
  await expect(region(page, 'Timeline').getByText('hatched: start known only to the year')).toBeVisible();
});

test('the keyboard goes up from the events to the band, along it with its names shown, and back down', async ({
  page,
}) => {
  await openApp(page);
  const timeline = region(page, 'Timeline');
  await timeline.getByRole('combobox', { name: 'Speed' }).focus();
  await page.keyboard.press('Tab');
  await expect(timelineMark(page, events[0])).toBeFocused();
  await page.keyboard.press('ArrowUp');
  const focused = timeline.getByRole('listitem').and(page.locator(':focus'));
  await expect(focused).toHaveCount(1);
  const first = (await focused.getAttribute('aria-label'))!;
  await expect(timeline.locator('.band-tooltip')).toHaveText(first);
  await page.keyboard.press('ArrowRight');
  await expect(focused).not.toHaveAttribute('aria-label', first);
  const second = (await focused.getAttribute('aria-label'))!;
  await expect(timeline.locator('.band-tooltip')).toHaveText(second);
  // The band's arrows move along it: the selection stays as it was.
  await expect(timelineMarks(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(timelineMark(page, events[0])).toBeFocused();
  await expect(timeline.locator('.band-tooltip')).toHaveCount(0);
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  test.describe(`presenting at ${size}`, () => {
    test.use({ viewport });

    test(`labels only the tour's stops, at 18 px or more, clear of each other and the marks (${size})`, async ({
      page,
    }, testInfo) => {
      await page.goto(PRESENTING);
      await expect(page.locator('.app.is-presenting')).toBeVisible();
      await expect(
        timelineMark(
          page,
          events.find((e) => e.id === CURRENT_STOP)!,
        ),
      ).toHaveAttribute('aria-pressed', 'true');
      const geometry = await readGeometry(page);
      const visible = geometry.labels.filter((l) => l.visible);
      expect(visible.length).toBeGreaterThanOrEqual(2);
      for (const label of visible) expect(label.fontSize, label.text).toBeGreaterThanOrEqual(18);
      expect(geometry.labels.map((l) => l.id).filter((id) => !NOVEMBER_STOPS.has(id))).toEqual([]);
      // The current stop is labelled whole, where the room can see it.
      expect(visible.find((l) => l.id === CURRENT_STOP)?.text).toBe(titleOf.get(CURRENT_STOP));
      expect(collisions(geometry)).toEqual([]);
      expect(untrueLabels(geometry)).toEqual([]);

      // The other events are faint but still there to click.
      const marks = region(page, 'Timeline').locator('.timeline-mark');
      const opacities = await marks.evaluateAll((all) =>
        all.map((m) => ({ id: (m as SVGGElement).dataset.eventId!, opacity: Number(getComputedStyle(m).opacity) })),
      );
      for (const { id, opacity } of opacities) {
        if (NOVEMBER_STOPS.has(id)) expect(opacity, id).toBe(1);
        else expect(opacity, id).toBeLessThan(0.6);
      }
      await screenshotTimeline(page, testInfo, `timeline-presenting-${size}`);
    });
  });
}

test.describe('presenting, a dimmed event', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('can still be clicked and selected', async ({ page }) => {
    await page.goto(PRESENTING);
    await expect(page.locator('.app.is-presenting')).toBeVisible();
    const timeline = region(page, 'Timeline');
    // One whose mark is in the window (the others are dimmed too, off to the sides).
    const id = await timeline.evaluate((section) => {
      const body = section.querySelector('.timeline-body')!.getBoundingClientRect();
      const inWindow = [...section.querySelectorAll<SVGGElement>('.timeline-mark.is-dimmed')].find((mark) => {
        const shape = mark.querySelector('.shape')!.getBoundingClientRect();
        return shape.left >= body.left && shape.right <= body.right;
      });
      return inWindow?.dataset.eventId ?? null;
    });
    expect(id).not.toBeNull();
    const mark = timeline.locator(`[data-event-id="${id}"]`);
    await mark.locator('.shape').scrollIntoViewIfNeeded();
    await mark.locator('.shape').click();
    await expect(mark).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the labels stay inside the narrow timeline and clear of each other', async ({ page }, testInfo) => {
    await openApp(page);
    await region(page, 'Timeline').scrollIntoViewIfNeeded();
    const geometry = await readGeometry(page);
    expect(geometry.labels.length).toBeGreaterThan(5);
    expect(collisions(geometry)).toEqual([]);
    expect(untrueLabels(geometry)).toEqual([]);
    await screenshotTimeline(page, testInfo, 'timeline-390x844');
  });
});

/** WCAG contrast of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
