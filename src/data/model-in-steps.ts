import { sliceEvents } from './event-slices';
import { withoutBom } from './load-result';
import { modelOfEvents, type Model } from './model';
import { createModelEvent, type ModelEvent } from './model-event';
import type { Dataset, EventRecord } from './schema';

/**
 * Events parsed and made per step. A step of 2,000 (about 600 KB of text) took about 10 ms on a 2-core machine, so a
 * click while a large dataset is read is answered at once.
 */
export const EVENTS_PER_STEP = 2000;

type Scheduler = { yield?: () => Promise<void> };

/**
 * Lets the page's other work (input, rendering, what the hints started) run before the next step. `scheduler.yield`
 * where there is one: a chain of `setTimeout(0)` is held 4 ms a step after the fifth.
 */
function nextStep(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The dataset's text as JSON.parse gives it, and its model, made unchecked in short steps (see event-slices.ts) while
 * the checker reads the same text: what `createModel(JSON.parse(text))` gives. Null when no model can be made of it
 * (the text is not a dataset's shape, or a date is not a date): the checker then says why in words.
 */
export async function modelInSteps(
  text: string,
  onEventCount?: (count: number) => void,
): Promise<{ dataset: Dataset; model: Model } | null> {
  try {
    const slices = sliceEvents(text);
    if (!slices) return null;
    onEventCount?.(slices.count);
    const head = JSON.parse(withoutBom(slices.rest)) as Dataset;
    const records: EventRecord[] = [];
    const made: ModelEvent[] = [];
    for (const batch of slices.batches(EVENTS_PER_STEP)) {
      await nextStep();
      for (const record of JSON.parse(batch) as EventRecord[]) {
        records.push(record);
        made.push(createModelEvent(record));
      }
    }
    await nextStep();
    const dataset: Dataset = { ...head, events: records };
    return { dataset, model: modelOfEvents(dataset, made) };
  } catch {
    return null;
  }
}
