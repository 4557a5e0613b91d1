import { describe, expect, it } from 'vitest';
import { absenceNote, createModel } from './model';
import { parseDataset } from './parse';
import { buildDataset, buildModel } from '../../tests/fixtures/build-dataset';

const KNOWN = { name: 'Phnom Penh', country: 'KH', lat: 11.56, lon: 104.92 };

describe('events with a missing date or missing coordinates', () => {
  const model = buildModel([
    { id: 'undated', start: undefined, places: [KNOWN] },
    { id: 'unplaced', start: '2010-05', places: [] },
    { id: 'no-coordinates', start: '2009', places: [{ name: 'Somewhere in Thailand', country: 'TH' }] },
    { id: 'neither', start: undefined, places: [{ name: 'Unknown port' }] },
    { id: 'complete', start: '2011-01-02', places: [KNOWN] },
  ]);

  it('are valid, and sort after the dated events in the model', () => {
    expect(model.events.map((e) => e.id)).toEqual(['no-coordinates', 'unplaced', 'complete', 'neither', 'undated']);
    expect(model.events.map((e) => e.timed)).toEqual([true, true, true, false, false]);
  });

  it('leave the extent to the dated events', () => {
    expect(model.extent).toEqual([Date.UTC(2009, 0, 1), Date.UTC(2011, 0, 3)]);
  });

  it('keep only the places with coordinates for the map, and the countries that are named', () => {
    const byId = (id: string) => model.byId.get(id)!;
    expect(byId('no-coordinates').located).toEqual([]);
    expect(byId('no-coordinates').countries).toEqual(['TH']);
    expect(byId('neither').countries).toEqual([]);
    expect(byId('complete').located).toEqual([KNOWN]);
  });

  it('say why they are not on the timeline or the map', () => {
    const note = (id: string) => absenceNote(model.byId.get(id)!);
    expect(note('undated')).toBe('Not on the timeline: it has no date.');
    expect(note('unplaced')).toBe('Not on the map: it has no place.');
    expect(note('no-coordinates')).toBe('Not on the map: it has no coordinates.');
    expect(note('neither')).toBe('Not on the timeline or the map: it has no date and no coordinates.');
    expect(note('complete')).toBeUndefined();
    expect(model.byId.get('undated')!.dateLabel).toBe('date unknown');
  });

  it('are refused when only one coordinate is given, or an end has no start', () => {
    const dataset = buildDataset([
      { id: 'half', start: '2010', places: [{ name: 'Half', lat: 10 }] },
      { id: 'end-only', start: undefined, end: '2011' },
    ]);
    const result = parseDataset(JSON.stringify(dataset));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'Event 1 ("half"), place 1, field lon: needs both lat and lon, or neither',
      'Event 2 ("end-only"), field end: has an end but no start',
    ]);
  });

  it('give an empty extent-free model when no event has a date', () => {
    const none = createModel(buildDataset([{ id: 'a', start: undefined }]));
    expect(none.events).toHaveLength(1);
    expect(none.extent[0]).toBeLessThan(none.extent[1]);
  });
});
