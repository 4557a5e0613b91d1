import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDataParam, parseUrl, roundMapView, serializeUrl, type CodecContext, type ViewState } from './codec';

const EVENT_IDS = ['obama-visits-rangoon', 'sok-chea-leaves', 'a-b-c'];
const context: CodecContext = {
  eventIds: new Set(EVENT_IDS),
  categoryIds: ['diplomacy', 'law-policy', 'repatriation'],
  countries: new Set(['KH', 'MM', 'TH', 'US']),
};

const DAY = 86_400_000;
const EMPTY: ViewState = {
  selectedId: null,
  timeWindow: null,
  mapView: null,
  filters: { categories: null, countries: [], query: '' },
  data: null,
};

/** A plain path to a data file beside the app, such as `examples/class-7b/events.json`. */
const dataPath = fc
  .tuple(
    fc.array(fc.stringMatching(/^[A-Za-z0-9_-][\w.~-]{0,11}$/), { maxLength: 3 }),
    fc.stringMatching(/^[A-Za-z0-9_-][\w.~-]{0,11}$/),
    fc.constantFrom('.json', '.csv', '.tsv', '.geojson'),
  )
  .map(([folders, name, extension]) => [...folders, `${name}${extension}`].join('/'));

const viewState = fc.record({
  selectedId: fc.option(fc.constantFrom(...EVENT_IDS), { nil: null }),
  timeWindow: fc.option(
    fc
      .tuple(fc.integer({ min: -20_000, max: 40_000 }), fc.integer({ min: 1, max: 20_000 }))
      .map(([day, length]): [number, number] => [day * DAY, (day + length) * DAY]),
    { nil: null },
  ),
  mapView: fc.option(
    fc
      .record({
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        zoom: fc.integer({ min: 0, max: 18 }),
      })
      .map(roundMapView),
    { nil: null },
  ),
  filters: fc.record({
    categories: fc.option(
      fc.subarray([...context.categoryIds], { minLength: 1, maxLength: context.categoryIds.length - 1 }),
      { nil: null },
    ),
    countries: fc.subarray([...context.countries].sort()),
    query: fc.string({ maxLength: 200 }),
  }),
  data: fc.option(dataPath, { nil: null }),
});

describe('the URL codec', () => {
  // Thousands of runs: given room for a loaded machine.
  it('never throws on any string, and ignores what it cannot use', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (search) => {
        const result = parseUrl(search, context);
        for (const key of Object.keys(result.state)) {
          expect(['selectedId', 'timeWindow', 'mapView', 'filters', 'data']).toContain(key);
        }
        if (result.state.selectedId) expect(context.eventIds.has(result.state.selectedId)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('event', 'from', 'to', 'map', 'cat', 'country', 'q', 'data', 'x'),
          fc.string({ unit: 'binary', maxLength: 60 }),
        ),
        (params) => {
          const search = `?${Object.entries(params)
            .map(([k, v]) => `${k}=${v}`)
            .join('&')}`;
          expect(() => parseUrl(search, context)).not.toThrow();
        },
      ),
    );
  });

  it('parses what it serialises: parse(serialize(s)) is s', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const parsed = parseUrl(serializeUrl(state), context);
        expect(parsed.ignored).toEqual([]);
        expect({ ...EMPTY, ...parsed.state }).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable after one round: serialize(parse(url)) is a fixed point', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), viewState, (noise, state) => {
        for (const search of [noise, `${serializeUrl(state)}&${noise}`]) {
          const once = serializeUrl({ ...EMPTY, ...parseUrl(search, context).state });
          const twice = serializeUrl({ ...EMPTY, ...parseUrl(once, context).state });
          expect(twice).toBe(once);
        }
      }),
    );
  });

  it('keeps URLs under 2,000 characters', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(serializeUrl(state).length).toBeLessThan(2000);
      }),
    );
  });

  it('leaves defaults out and writes a readable URL', () => {
    expect(serializeUrl(EMPTY)).toBe('');
    expect(
      serializeUrl({
        selectedId: 'obama-visits-rangoon',
        timeWindow: [Date.UTC(2012, 10, 1), Date.UTC(2012, 11, 15)],
        mapView: { lat: 16.84094, lon: 96.17351, zoom: 6 },
        filters: { categories: ['diplomacy', 'repatriation'], countries: ['MM', 'KH'], query: 'forced labour' },
      }),
    ).toBe(
      '?event=obama-visits-rangoon&from=2012-11-01&to=2012-12-15&map=16.84,96.17,6&cat=diplomacy,repatriation&country=KH,MM&q=forced%20labour',
    );
  });

  it('drops each bad value alone, with a reason, and keeps the good ones', () => {
    const result = parseUrl(
      '?event=no-such-event&from=2013-01-01&to=2012-01-01&map=95,10,3&cat=diplomacy,bogus&q=rangoon',
      context,
    );
    expect(result.state).toEqual({ filters: { categories: ['diplomacy'], countries: [], query: 'rangoon' } });
    expect(result.ignored).toEqual([
      'There is no event "no-such-event" in this dataset.',
      'The time window ended before it began.',
      'The map view was outside the world.',
      'Unknown categories were left out: bogus.',
    ]);
  });

  it('rejects impossible dates, zooms and malformed numbers', () => {
    expect(parseUrl('?from=2012-02-30&to=2012-03-01', context).ignored).toEqual([
      'The time window needs two dates written as YYYY-MM-DD.',
    ]);
    expect(parseUrl('?from=2012-02-01', context).ignored).toEqual([
      'The time window needs two dates written as YYYY-MM-DD.',
    ]);
    expect(parseUrl('?map=10,10,40', context).ignored).toEqual(['The map zoom must be between 0 and 18.']);
    expect(parseUrl('?map=1e3,10,4', context).ignored).toEqual([
      'The map view needs three numbers: latitude, longitude and zoom.',
    ]);
    expect(parseUrl('?map=10,10', context).state).toEqual({});
  });

  it('rounds coordinates to what the zoom can show', () => {
    expect(roundMapView({ lat: 11.556432, lon: 104.928212, zoom: 2 })).toEqual({ lat: 11.6, lon: 104.9, zoom: 2 });
    expect(roundMapView({ lat: 11.556432, lon: 104.928212, zoom: 8 })).toEqual({ lat: 11.556, lon: 104.928, zoom: 8 });
  });

  it('reads all categories as no category filter, and country codes in any case', () => {
    expect(parseUrl('?cat=repatriation,law-policy,diplomacy&country=kh', context).state).toEqual({
      filters: { categories: null, countries: ['KH'], query: '' },
    });
  });
});

describe('the dataset in a link (data=)', () => {
  const APP = 'https://school.example/waymark/';

  it('takes a plain path beside the app, writes it first and keeps its slashes readable', () => {
    expect(parseUrl('?data=examples/class-7b.json&event=a-b-c', context)).toEqual({
      state: { data: 'examples/class-7b.json', selectedId: 'a-b-c' },
      ignored: [],
    });
    expect(serializeUrl({ ...EMPTY, selectedId: 'a-b-c', data: 'examples/class 7b.json' })).toBe(
      '?data=examples/class%207b.json&event=a-b-c',
    );
    expect(serializeUrl({ ...EMPTY, data: null })).toBe('');
  });

  it.each([
    ['https://evil.example/x.json', 'is on another site'],
    ['HTTP://evil.example/x.json', 'is on another site'],
    ['//evil.example/x.json', 'is on another site'],
    ['\\\\evil.example\\x.json', 'is on another site'],
    ['javascript:alert(1)//.json', 'is on another site'],
    ['data:application/json,{}', 'is on another site'],
    ['../../etc/passwd', "reaches outside this app's folder"],
    ['examples/../../x.json', "reaches outside this app's folder"],
    ['/etc/x.json', 'is not a plain path'],
    ['examples\\x.json', 'is not a plain path'],
    ['./x.json', 'is not a plain path'],
    ['examples//x.json', 'is not a plain path'],
    ['.hidden.json', 'is not a plain path'],
    ['x.json?y=1', 'is not a plain path'],
    ['x.json#top', 'is not a plain path'],
    ['x%2e.json', 'is not a plain path'],
    ['events.js', 'is not a plain path'],
    ['events.xlsx', 'is not a plain path'],
    ['', 'is not a plain path'],
    [`${'a/'.repeat(100)}x.json`, 'is not a plain path'],
  ])('refuses %j with a reason', (raw, reason) => {
    const parsed = parseDataParam(raw);
    expect(parsed && 'ignored' in parsed && parsed.ignored).toContain(reason);
  });

  it('drops a refused dataset alone and keeps the rest of the link', () => {
    const result = parseUrl(`?data=${encodeURIComponent('https://evil.example/x.json')}&event=a-b-c`, context);
    expect(result.state).toEqual({ selectedId: 'a-b-c' });
    expect(result.ignored).toHaveLength(1);
  });

  it("only ever accepts a path that stays on the app's origin, inside its folder", () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc
        .array(fc.constantFrom('..', '.', '', '/', '\\', '%2e', ':', 'evil.example', 'x', 'http:', '?', '#', '@'), {
          maxLength: 8,
        })
        .map((parts) => `${parts.join('/')}.json`),
    );
    fc.assert(
      fc.property(hostile, (raw) => {
        const parsed = parseDataParam(raw);
        if (!parsed || !('value' in parsed)) return;
        const url = new URL(parsed.value, APP);
        expect(url.origin).toBe('https://school.example');
        expect(url.pathname.startsWith('/waymark/')).toBe(true);
        expect(url.search + url.hash).toBe('');
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips every plain path', () => {
    fc.assert(
      fc.property(dataPath, (path) => {
        expect(parseUrl(serializeUrl({ ...EMPTY, data: path }), context).state).toEqual({ data: path });
      }),
    );
  });
});
