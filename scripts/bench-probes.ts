/**
 * Code that `npm run bench` runs inside the page. Each export is serialised by Playwright, so it must not use anything
 * from this module's scope. tsx wraps named functions in `__name(...)`; SHIM_NAME defines it in the page first.
 */

interface BenchState {
  longTasks: { start: number; duration: number }[];
  /** When the first click after the timeline and map were drawn got its answer (ms after navigation start). */
  interactiveAt: number | null;
  timelineDrawn: number | null;
  mapDrawn: number | null;
  frames: number[] | null;
}

declare global {
  interface Window {
    __waymarkBench: BenchState;
  }
}

export const SHIM_NAME = 'globalThis.__name = (f) => f;';

export const LIST_ROWS = 'section[aria-label="Event list"] [data-event-id], section[aria-label="Event list"] li button';
export const DETAILS_HEADING = 'section[aria-label="Event details"] h2:last-of-type';

/**
 * Runs before the app: records long tasks, and as soon as both `waymark:timeline-drawn` and `waymark:map-drawn` are
 * marked, clicks the first list row and notes when the details show it: the app is interactive then.
 */
export function installProbes(selectors: { rows: string; heading: string }) {
  const state: BenchState = { longTasks: [], interactiveAt: null, timelineDrawn: null, mapDrawn: null, frames: null };
  window.__waymarkBench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const markTime = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const poll = () => {
    state.timelineDrawn = markTime('waymark:timeline-drawn');
    state.mapDrawn = markTime('waymark:map-drawn');
    const row = document.querySelector<HTMLElement>(selectors.rows);
    if (state.timelineDrawn === null || state.mapDrawn === null || !row) return void setTimeout(poll, 5);
    const before = document.querySelector(selectors.heading)?.textContent;
    row.click();
    const check = () => {
      if (document.querySelector(selectors.heading)?.textContent !== before) state.interactiveAt = performance.now();
      else requestAnimationFrame(check);
    };
    check();
  };
  poll();
}

/**
 * Times `samples` interactions of one kind, each from the input to the first frame after the view has answered:
 * selecting a list row (the details change), toggling a category or typing a word (the count changes).
 */
export async function timeInteractions({
  kind,
  samples,
  words,
  rows,
  heading,
}: {
  kind: 'select' | 'category' | 'search';
  samples: number;
  words: string[];
  rows: string;
  heading: string;
}): Promise<number[]> {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const count = () => document.querySelector('.filter-count')?.textContent;
  const search = document.querySelector<HTMLInputElement>('section[aria-label="Filters"] input[type="search"]')!;
  const setSearch = (value: string) => {
    // React listens for input events and reads the value through the prototype's setter.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(search, value);
    search.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    let act: () => void;
    let answered: () => boolean;
    if (kind === 'select') {
      const candidates = [...document.querySelectorAll<HTMLElement>(rows)];
      const row = candidates[(i * 7 + 1) % candidates.length];
      const before = document.querySelector(heading)?.textContent;
      act = () => row.click();
      answered = () => document.querySelector(heading)?.textContent !== before;
    } else {
      const before = count();
      const boxes = [...document.querySelectorAll<HTMLInputElement>('.category-filter input[type="checkbox"]')];
      act =
        kind === 'category'
          ? () => boxes[Math.floor(i / 2) % boxes.length].click()
          : () => setSearch(i % 2 === 0 ? words[Math.floor(i / 2) % words.length] : '');
      answered = () => count() !== before;
    }
    const start = performance.now();
    act();
    for (let frames = 0; !answered() && frames < 600; frames++) await nextFrame();
    await nextFrame();
    times.push(performance.now() - start);
    await pause(150);
  }
  return times;
}

/** Starts recording the time between animation frames; `stopFrames` returns the intervals. */
export function startFrames() {
  const frames: number[] = [];
  window.__waymarkBench.frames = frames;
  const tick = (time: number) => {
    if (window.__waymarkBench.frames !== frames) return;
    frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): number[] {
  const frames = window.__waymarkBench.frames ?? [];
  window.__waymarkBench.frames = null;
  return frames.slice(1).map((time, i) => time - frames[i]);
}

/** Zooms the timeline in and out with one wheel event per frame over its middle; returns the frame intervals. */
export async function wheelTimeline(frames: number): Promise<number[]> {
  const target = document.querySelector<HTMLElement>('section[aria-label="Timeline"] .timeline-svg')!;
  const box = target.getBoundingClientRect();
  const times: number[] = [];
  await new Promise<void>((resolve) => {
    const step = (time: number) => {
      times.push(time);
      if (times.length > frames) return resolve();
      const deltaY = times.length <= frames / 2 ? -100 : 100;
      const init = { deltaY, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true };
      target.dispatchEvent(new WheelEvent('wheel', { ...init, cancelable: true }));
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  return times.slice(1).map((time, i) => time - times[i]);
}
