import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareEvents, createBandModel, createModel, formatDateRange } from './model';
import { MAX_DATA_BYTES } from './load-result';
import { buildDataset, buildModel } from '../../tests/fixtures/build-dataset';
import { loadMiniBand, loadMiniModel, loadMiniModelWithBand } from '../../tests/fixtures/load-fixture';
import { createSyntheticDataset } from '../../tests/fixtures/synthetic-dataset';

const DAY = 86_400_000;

describe('createModel on the mini dataset', () => {
  const model = loadMiniModel();

  it('sorts the events by start', () => {
    expect(model.events.map((e) => e.id)).toEqual([
      'labour-estimate',
      'hostile-strings',
      'law-passed',
      'fishermen-return-home',
      'two-city-campaign',
      'roundtable-in-siem-reap',
      'visit-to-bangkok',
      'summit-in-phnom-penh',
    ]);
    expect(model.events.map((e) => e.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('finds every event by id', () => {
    expect(model.byId.size).toBe(8);
    expect(model.byId.get('law-passed')?.record.title).toBe('Trafficking law passed');
    expect(model.byId.get('law-passed')).toBe(model.events[2]);
    expect(model.byId.get('nothing')).toBeUndefined();
  });

  it('has the extent from the earliest start to the latest end', () => {
    expect(model.extent).toEqual([Date.UTC(2005, 0, 1), Date.UTC(2012, 10, 21)]);
  });

  it('lists each country once, sorted', () => {
    expect(model.countries).toEqual(['CH', 'ID', 'KH', 'MM', 'TH']);
  });

  it('gives a year-only event its whole year', () => {
    const e = model.byId.get('labour-estimate')!;
    expect(e.precision).toBe('year');
    expect(e.startMs).toBe(Date.UTC(2005, 0, 1));
    expect(e.startEndMs).toBe(Date.UTC(2006, 0, 1));
    expect(e.endMs).toBe(Date.UTC(2006, 0, 1));
    expect(e.isSpan).toBe(false);
    expect(e.dateLabel).toBe('2005');
  });

  it('gives a month-only event its month and labels it "February 2008"', () => {
    const e = model.byId.get('law-passed')!;
    expect(e.precision).toBe('month');
    expect([e.startMs, e.endMs]).toEqual([Date.UTC(2008, 1, 1), Date.UTC(2008, 2, 1)]);
    expect(e.dateLabel).toBe('February 2008');
  });

  it('gives a day event one day', () => {
    const e = model.byId.get('visit-to-bangkok')!;
    expect(e.precision).toBe('day');
    expect(e.endMs - e.startMs).toBe(DAY);
    expect(e.dateLabel).toBe('18 November 2012');
  });

  it('runs a span from its start to the end of its end date', () => {
    const e = model.byId.get('summit-in-phnom-penh')!;
    expect(e.isSpan).toBe(true);
    expect(e.startMs).toBe(Date.UTC(2012, 10, 19));
    expect(e.startEndMs).toBe(Date.UTC(2012, 10, 20));
    expect(e.endMs).toBe(Date.UTC(2012, 10, 21));
    expect(e.dateLabel).toBe('19 November 2012 – 20 November 2012');
  });

  it('lists the countries of an event with two places', () => {
    expect(model.byId.get('two-city-campaign')!.countries).toEqual(['KH', 'MM']);
    expect(model.byId.get('fishermen-return-home')!.countries).toEqual(['ID', 'KH']);
  });

  it('searches title, summary and place names in lower case', () => {
    expect(model.byId.get('two-city-campaign')!.searchText).toBe(
      'two-city awareness campaign posters and radio spots in two capitals. phnom penh yangon',
    );
  });

  it('looks up categories and sources by id', () => {
    expect(model.categoryById.get('repatriation')?.label).toBe('Repatriation');
    expect(model.sourceById.get('city-post-2012')?.url).toBe('https://example.org/news/leaders-meet');
  });

  it('has no band when meta names none', () => {
    expect(model.band).toBeUndefined();
  });
});

describe('createModel ordering', () => {
  it('breaks ties by end, then by title, then by id', () => {
    const model = buildModel([
      { id: 'long', start: '2010-05-01', end: '2010-05-09', title: 'Alpha' },
      { id: 'zeta-title', start: '2010-05-01', title: 'Zeta' },
      { id: 'beta-title', start: '2010-05-01', title: 'Beta' },
      { id: 'twin-b', start: '2010-05-01', title: 'Beta' },
      { id: 'earlier', start: '2010-04-30', end: '2010-06-01', title: 'Omega' },
      { id: 'whole-month', start: '2010-05', title: 'Aardvark' },
    ]);
    expect(model.events.map((e) => e.id)).toEqual([
      'earlier',
      'beta-title',
      'twin-b',
      'zeta-title',
      'long',
      'whole-month',
    ]);
  });

  it('gives an empty dataset the year 2000 as its extent', () => {
    const model = buildModel([]);
    expect(model.events).toEqual([]);
    expect(model.extent).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)]);
    expect(model.countries).toEqual([]);
  });
});

describe('events known only to lie somewhere in a window', () => {
  const model = buildModel([
    { id: 'uncertain', start: '2004', end: '2007', rangeMeans: 'uncertainty' },
    { id: 'lasting', start: '2004', end: '2007', rangeMeans: 'duration' },
    { id: 'default-duration', start: '2004-03', end: '2004-05' },
  ]);

  it('are not spans but cover the whole window', () => {
    const e = model.byId.get('uncertain')!;
    expect(e.isSpan).toBe(false);
    expect(e.startMs).toBe(Date.UTC(2004, 0, 1));
    expect(e.startEndMs).toBe(Date.UTC(2005, 0, 1));
    expect(e.endMs).toBe(Date.UTC(2008, 0, 1));
    expect(e.dateLabel).toBe('some time between 2004 and 2007');
  });

  it('differ from a span over the same dates only in isSpan and the label', () => {
    const span = model.byId.get('lasting')!;
    expect(span.isSpan).toBe(true);
    expect(span.dateLabel).toBe('2004 – 2007');
    expect([span.startMs, span.endMs]).toEqual([Date.UTC(2004, 0, 1), Date.UTC(2008, 0, 1)]);
    expect(model.byId.get('default-duration')!.isSpan).toBe(true);
  });
});

describe('formatDateRange', () => {
  it('says "some time between" for an uncertainty window', () => {
    expect(formatDateRange('2012-11', '2013-02-03', 'uncertainty')).toBe(
      'some time between November 2012 and 3 February 2013',
    );
    expect(formatDateRange('2012-11', undefined, 'uncertainty')).toBe('November 2012');
  });

  it('joins start and end with an en dash, each at its own precision', () => {
    expect(formatDateRange('2004', '2007-03')).toBe('2004 – March 2007');
    expect(formatDateRange('2012-11')).toBe('November 2012');
  });

  it('throws on a date the schema would have refused', () => {
    expect(() => formatDateRange('2012-13')).toThrow('month 13 is not a month');
  });
});

describe('band periods', () => {
  const band = loadMiniModelWithBand().band!;

  it('comes from the series that meta.band names', () => {
    expect(band.title).toBe('Test rankings');
    expect(band.seriesLabel).toBe('Cambodia');
    expect(band.country).toBe('KH');
    expect(band.levels.map((l) => l.id)).toEqual(['tier-1', 'tier-2', 'tier-3']);
  });

  it('lasts from each start to the next start', () => {
    expect(band.periods.map((p) => [p.startMs, p.endMs])).toEqual([
      [Date.UTC(2005, 0, 1), Date.UTC(2008, 5, 4)],
      [Date.UTC(2008, 5, 4), Date.UTC(2010, 5, 1)],
      [Date.UTC(2010, 5, 1), Date.UTC(2011, 5, 1)],
    ]);
  });

  it('marks the start of a year-only entry uncertain until the end of that year', () => {
    expect(band.periods.map((p) => p.certainFromMs)).toEqual([
      Date.UTC(2006, 0, 1),
      Date.UTC(2008, 5, 4),
      Date.UTC(2010, 6, 1),
    ]);
  });

  it('carries labels, colours, sources and notes', () => {
    expect(band.periods[1]).toMatchObject({
      label: '2008 report',
      level: 'tier-3',
      levelLabel: 'Tier 3',
      color: '#8e1b2b',
      dateLabel: '4 June 2008',
      sources: ['Test table', 'https://example.org/2008'],
      note: 'Released in June.',
    });
    expect(band.periods[0].dateLabel).toBe('2005');
    expect(band.periods[0].note).toBeUndefined();
  });

  it('runs the last year-only entry for one year', () => {
    const burma = createBandModel(loadMiniBand(), { file: 'mini-band.json', series: 'burma' })!;
    expect(burma.periods).toHaveLength(1);
    expect(burma.periods[0]).toMatchObject({
      startMs: Date.UTC(2005, 0, 1),
      certainFromMs: Date.UTC(2006, 0, 1),
      endMs: Date.UTC(2006, 0, 1),
    });
  });

  it('is undefined for a series the file does not have', () => {
    expect(createBandModel(loadMiniBand(), { file: 'mini-band.json', series: 'laos' })).toBeUndefined();
  });

  it('is not built when the dataset names no band', () => {
    const model = createModel(buildModelDataset(), loadMiniBand());
    expect(model.band).toBeUndefined();
  });
});

function buildModelDataset() {
  const model = loadMiniModel();
  return {
    meta: model.meta,
    categories: model.categories,
    sources: [...model.sourceById.values()],
    events: model.events.map((e) => e.record),
  };
}

describe('createModel at scale', () => {
  // A file of this many minimal events is about 30 MB, well under the 50 MB the loader accepts.
  it('builds the model of 150 000 events that fit under MAX_DATA_BYTES', () => {
    const dataset = buildDataset(
      Array.from({ length: 150_000 }, (_, i) => ({ id: `e-${i}`, start: `${2000 + (i % 10)}` })),
    );
    expect(JSON.stringify(dataset).length).toBeLessThan(MAX_DATA_BYTES);
    const model = createModel(dataset);
    expect(model.events).toHaveLength(150_000);
    expect(model.extent).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)]);
  }, 30_000);
});

describe('createModel ordering of many events', () => {
  it('is the order of compareEvents, ties and undated events included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 400 }), (seed, count) => {
        const dataset = createSyntheticDataset(count, seed);
        // Many events at the same dates (known to the year only), titles that sort unlike the ids (one title per
        // event in five, so that ids break ties), and some events without a date (they come last, by title).
        const titles = ['beta', 'Alpha', 'Ärger', 'gamma', 'Beta'];
        dataset.events.forEach((event, i) => {
          event.title = titles[(i * 7 + seed) % titles.length];
          if (i % 3 === 0) event.start = event.start!.slice(0, 4);
          if (i % 7 === 3) delete event.start;
          if (i % 7 === 3) delete event.end;
        });
        const model = createModel(dataset);
        const compared = [...model.events].sort(compareEvents);
        expect(model.events.map((e) => e.id)).toEqual(compared.map((e) => e.id));
        expect(model.events.map((e) => e.order)).toEqual(model.events.map((_, i) => i));
      }),
      { numRuns: 30 },
    );
  });
});
