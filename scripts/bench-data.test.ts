import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../src/data/schema';
import { createModel } from '../src/data/model';
import { createSyntheticDataset, WORDS } from './bench-data';

describe('createSyntheticDataset', () => {
  const dataset = createSyntheticDataset(2000, 3);

  it('is valid for the dataset schema', () => {
    const result = datasetSchema.safeParse(dataset);
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
    expect(dataset.events).toHaveLength(2000);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(createSyntheticDataset(50, 3)).toEqual(createSyntheticDataset(50, 3));
    expect(createSyntheticDataset(50, 4)).not.toEqual(createSyntheticDataset(50, 3));
  });

  it('spreads over about 30 years, several categories and countries, with spans and journeys', () => {
    const model = createModel(dataset);
    const years = (model.extent[1] - model.extent[0]) / (365.25 * 86_400_000);
    expect(years).toBeGreaterThan(28);
    expect(new Set(dataset.events.map((e) => e.category)).size).toBe(6);
    expect(model.countries.length).toBeGreaterThan(15);
    expect(model.events.filter((e) => e.isSpan).length).toBeGreaterThan(100);
    expect(dataset.events.filter((e) => e.places.some((p) => p.role)).length).toBeGreaterThan(50);
  });

  it('has words that pick out a fraction of the events', () => {
    const share = dataset.events.filter((e) => e.summary.includes(WORDS[0])).length / dataset.events.length;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.3);
  });
});
