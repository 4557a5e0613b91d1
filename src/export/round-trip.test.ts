import { describe, expect, it } from 'vitest';
import { createModel, type Model, type ModelEvent } from '../data/model';
import { importText } from '../import/import-text';
import { buildModel } from '../../tests/fixtures/build-dataset';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { mainPlace } from './event-fields';
import { toCsv } from './to-csv';
import { toGeoJson } from './to-geojson';
import { toTimelineJs } from './to-timelinejs';
import { toWaymark } from './to-waymark';

// Export then import gives back the same events: what every format holds (title, dates, summary, the first place
// with coordinates, the category by its label) comes back; what a format cannot hold is listed in its serializer.

const FORMATS = [
  { name: 'CSV', fileName: 'events.csv', serialize: toCsv },
  { name: 'GeoJSON', fileName: 'events.geojson', serialize: toGeoJson },
  { name: 'Waymark JSON', fileName: 'events.json', serialize: toWaymark },
  { name: 'TimelineJS JSON', fileName: 'events-timelinejs.json', serialize: toTimelineJs },
] as const;

/** What survives every format, by event id. */
function essentials(model: Model, events: readonly ModelEvent[]) {
  return Object.fromEntries(
    events.map((event) => {
      const place = mainPlace(event);
      const { record } = event;
      return [
        record.id,
        {
          title: record.title,
          start: record.start,
          end: record.end,
          summary: record.summary,
          place: place && { name: place.name, lat: place.lat, lon: place.lon },
          category: model.categoryById.get(record.category)?.label,
        },
      ];
    }),
  );
}

function roundTrip(model: Model, events: readonly ModelEvent[], format: (typeof FORMATS)[number]): Model {
  const result = importText(format.serialize(model, events), format.fileName);
  expect(result.fatal).toBeUndefined();
  expect(result.problems).toEqual([]);
  expect(result.dataset).not.toBeNull();
  return createModel(result.dataset!);
}

const mini = loadMiniModel();
/** The mini dataset without its hostile-strings event: see the GeoJSON test below. */
const plain = mini.events.filter((e) => e.id !== 'hostile-strings');

describe.each(FORMATS)('export as $name, then import', (format) => {
  it('gives back the same events', () => {
    const events = format.name === 'GeoJSON' ? plain : mini.events;
    const back = roundTrip(mini, events, format);
    expect(back.events).toHaveLength(events.length);
    expect(essentials(back, back.events)).toEqual(essentials(mini, events));
  });
});

describe('round trips, format by format', () => {
  it('Waymark JSON gives back every event whole, with its categories and sources', () => {
    const back = roundTrip(mini, mini.events, FORMATS[2]);
    expect(back.events.map((e) => e.record)).toEqual(mini.events.map((e) => e.record));
    expect(back.categories).toEqual(mini.categories);
    expect([...back.sourceById.values()]).toEqual([...mini.sourceById.values()]);
  });

  it('CSV keeps confidence, source addresses, and events without a date or a place', () => {
    const model = buildModel([
      { id: 'undated', start: undefined, places: [] },
      { id: 'unplaced', start: '2001', confidence: 'low', places: [{ name: 'Somewhere' }] },
    ]);
    const back = roundTrip(model, model.events, FORMATS[0]);
    expect(essentials(back, back.events)).toEqual(essentials(model, model.events));
    expect(back.byId.get('unplaced')?.record.confidence).toBe('low');
    const visit = roundTrip(mini, [mini.byId.get('visit-to-bangkok')!], FORMATS[0]).events[0];
    expect(visit.record.sources).toHaveLength(2);
  });

  it('CSV gives back a formula-like title with the apostrophe that kept a spreadsheet from running it', () => {
    const model = buildModel([{ id: 'formula', start: '2001', title: '=1+1' }]);
    expect(roundTrip(model, model.events, FORMATS[0]).events[0].record.title).toBe("'=1+1");
  });

  it('GeoJSON keeps an event without coordinates, with its place’s name', () => {
    const model = buildModel([{ id: 'unplaced', start: '2001', places: [{ name: 'Somewhere' }] }]);
    const back = roundTrip(model, model.events, FORMATS[1]);
    expect(back.events[0].record.places).toEqual([{ name: 'Somewhere' }]);
  });

  // Other GeoJSON files' HTML-looking text is read as HTML (KML conversions leave it in descriptions); Waymark's own
  // export marks its text as plain, so a title such as "<img src=x onerror=alert(1)>" comes back as it was.
  it('GeoJSON gives back text that looks like HTML as it was', () => {
    const back = roundTrip(mini, [mini.byId.get('hostile-strings')!], FORMATS[1]);
    expect(back.events[0].record.title).toBe('<img src=x onerror=alert(1)>');
  });
});
