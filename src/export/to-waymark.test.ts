import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse';
import { createModel } from '../data/model';
import { loadMiniDataset, loadMiniModel } from '../../tests/fixtures/load-fixture';
import { toWaymark } from './to-waymark';

describe('toWaymark', () => {
  it('gives back the whole dataset, in time order, when every event is exported', () => {
    const model = loadMiniModel();
    const result = parseDataset(toWaymark(model, model.events));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const original = loadMiniDataset();
    expect(result.value.meta).toEqual(original.meta);
    expect(result.value.categories).toEqual(original.categories);
    expect(result.value.sources).toEqual(original.sources);
    expect(result.value.events).toEqual(model.events.map((e) => e.record));
    expect(createModel(result.value).events.map((e) => e.id)).toEqual(model.events.map((e) => e.id));
  });

  it('keeps only the categories and sources the exported events use, and passes parseDataset', () => {
    const model = loadMiniModel();
    const events = model.events.filter((e) => e.record.category === 'repatriation');
    const result = parseDataset(toWaymark(model, events));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.categories.map((c) => c.id)).toEqual(['repatriation']);
    expect(result.value.sources.map((s) => s.id)).toEqual(['ngo-leaflet']);
    expect(result.value.events.map((e) => e.id)).toEqual(['fishermen-return-home']);
  });

  it('leaves out the band and tours files, which stay beside the original dataset', () => {
    const model = loadMiniModel();
    const withFiles = { ...model, meta: { ...model.meta, tours: 'tours.json' } };
    const dataset = JSON.parse(toWaymark(withFiles, model.events));
    expect(dataset.meta).not.toHaveProperty('tours');
    expect(dataset.meta).not.toHaveProperty('band');
  });

  it('is still a valid dataset with no events', () => {
    const model = loadMiniModel();
    expect(parseDataset(toWaymark(model, [])).ok).toBe(true);
  });
});
