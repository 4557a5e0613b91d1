import type { Model, ModelEvent } from '../data/model';
import type { Dataset } from '../data/schema';

/**
 * A dataset of exactly these events, with only the categories and sources they use: it passes `parseDataset` and
 * loses nothing of the events. The band and tours files that `meta` may name are left out: they live beside the
 * original dataset, and a tour may stop at events that are not here.
 */
export function toWaymarkDataset(model: Model, events: readonly ModelEvent[]): Dataset {
  const categoryIds = new Set(events.map((e) => e.record.category));
  const sourceIds = new Set(events.flatMap((e) => e.record.sources));
  // The schema wants at least one category, even for no events.
  const categories = events.length ? model.categories.filter((c) => categoryIds.has(c.id)) : model.categories;
  const meta = { ...model.meta };
  delete meta.band;
  delete meta.tours;
  return {
    meta,
    categories,
    sources: [...model.sourceById.values()].filter((s) => sourceIds.has(s.id)),
    events: events.map((e) => e.record),
  };
}

/** The Waymark JSON file of these events, indented like the bundled dataset. */
export function toWaymark(model: Model, events: readonly ModelEvent[]): string {
  return `${JSON.stringify(toWaymarkDataset(model, events), null, 2)}\n`;
}
