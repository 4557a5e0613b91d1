import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DATA_BYTES, type LoadResult } from './load-result';
import { parseBandFile, parseDataset } from './parse';
import type { Problem } from './problems';
import type { Dataset } from './schema';
import { readFixture, readMiniJson } from '../../tests/fixtures/load-fixture';

const DATA_DIR = resolve(import.meta.dirname, '../../data');

function problemsOf<T>(result: LoadResult<T>): Problem[] {
  if (result.ok) throw new Error('expected the data to be refused');
  return result.problems;
}

/** Parses the mini dataset after `change` breaks it. */
function parseBroken(change: (data: Dataset) => void): LoadResult<Dataset> {
  const data = readMiniJson();
  change(data);
  return parseDataset(JSON.stringify(data));
}

/** Index 1 of the fixture's events is "labour-estimate", so problems with it read `Event 2 ("labour-estimate")`. */
const SECOND = 'Event 2 ("labour-estimate")';

describe('the fixtures', () => {
  it('mini-dataset.json is a valid dataset with 8 events, 3 categories and 2 sources', () => {
    const result = parseDataset(readFixture('mini-dataset.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.events).toHaveLength(8);
    expect(result.value.categories.map((c) => c.id)).toEqual(['diplomacy', 'law-policy', 'repatriation']);
    expect(result.value.sources.map((s) => s.id)).toEqual(['city-post-2012', 'ngo-leaflet']);
    expect(result.value.meta.band).toBeUndefined();
  });

  it('keeps hostile strings as they are: validation is not sanitising', () => {
    const result = parseDataset(readFixture('mini-dataset.json'));
    if (!result.ok) throw new Error(result.title);
    const hostile = result.value.events.find((e) => e.id === 'hostile-strings')!;
    expect(hostile.title).toBe('<img src=x onerror=alert(1)>');
    expect(hostile.summary).toBe('</script><script>alert(1)</script>');
  });

  it('mini-band.json is a valid band file', () => {
    const result = parseBandFile(readFixture('mini-band.json'), 'mini-band.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.series.map((s) => s.id)).toEqual(['cambodia', 'burma']);
  });
});

describe('the bundled dataset', () => {
  const eventsText = readFileSync(resolve(DATA_DIR, 'events.json'), 'utf8');
  const bandText = readFileSync(resolve(DATA_DIR, 'tip-tiers.json'), 'utf8');

  it('data/events.json passes the schema and has at least 35 events', () => {
    const result = parseDataset(eventsText);
    if (!result.ok)
      throw new Error(`${result.title}\n${result.problems.map((p) => `${p.where}: ${p.message}`).join('\n')}`);
    expect(result.value.events.length).toBeGreaterThanOrEqual(35);
  });

  it('every event cites at least one source that exists', () => {
    const result = parseDataset(eventsText);
    if (!result.ok) throw new Error(result.title);
    const sourceIds = new Set(result.value.sources.map((s) => s.id));
    for (const event of result.value.events) {
      expect(event.sources.length, event.id).toBeGreaterThanOrEqual(1);
      for (const id of event.sources) expect(sourceIds.has(id), `${event.id} cites ${id}`).toBe(true);
    }
  });

  it('data/tip-tiers.json passes the band schema and has the series events.json asks for', () => {
    const dataset = parseDataset(eventsText);
    const band = parseBandFile(bandText, 'tip-tiers.json');
    if (!band.ok) throw new Error(`${band.title}\n${band.problems.map((p) => `${p.where}: ${p.message}`).join('\n')}`);
    if (!dataset.ok) throw new Error(dataset.title);
    const ref = dataset.value.meta.band;
    expect(ref?.file).toBe('tip-tiers.json');
    expect(band.value.series.map((s) => s.id)).toContain(ref?.series);
  });
});

describe('parseDataset refuses broken data and says where, in plain words', () => {
  it('a missing title', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        delete (d.events[1] as Partial<Dataset['events'][number]>).title;
      }),
    );
    expect(problems).toEqual([{ where: `${SECOND}, field title`, message: 'is missing' }]);
  });

  it('month 13 in start', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.events[1].start = '2005-13';
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].where).toBe(`${SECOND}, field start`);
    expect(problems[0].message).toContain('month 13');
    expect(problems[0].message).toBe('month 13 is not a month (use 01 to 12)');
  });

  it('an end before the start', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.events[1].end = '2004-12-31';
      }),
    );
    expect(problems).toEqual([{ where: `${SECOND}, field end`, message: 'ends (2004-12-31) before it starts (2005)' }]);
  });

  it('an end on the day it starts is allowed', () => {
    const result = parseBroken((d) => {
      d.events[0].end = d.events[0].start;
    });
    expect(result.ok).toBe(true);
  });

  it('an unknown category', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.events[1].category = 'sports';
      }),
    );
    expect(problems).toEqual([
      { where: `${SECOND}, field category`, message: '"sports" is not one of the categories' },
    ]);
  });

  it('an unknown source id', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.events[1].sources = ['ngo-leaflet', 'no-such-source'];
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].where).toMatch(/^Event 2 \("labour-estimate"\), /);
    expect(problems[0].message).toBe('"no-such-source" is not one of the sources');
  });

  it('a duplicate event id', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.events[2].id = d.events[1].id;
      }),
    );
    expect(problems).toEqual([
      { where: 'Event 3 ("labour-estimate"), field id', message: '"labour-estimate" is used twice' },
    ]);
  });

  it('an id that is not a slug', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.events[1].id = 'Labour Estimate';
      }),
    );
    expect(problems).toEqual([
      {
        where: 'Event 2 ("Labour Estimate"), field id',
        message: 'must be lower-case letters, digits and hyphens, like "obama-visits-bangkok"',
      },
    ]);
  });

  it('latitude 95', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.events[1].places[0].lat = 95;
      }),
    );
    expect(problems).toEqual([
      { where: `${SECOND}, place 1, field lat`, message: 'latitude must be between -90 and 90' },
    ]);
  });

  it('a country written out as "Cambodia"', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.events[1].places[0].country = 'Cambodia';
      }),
    );
    expect(problems).toEqual([
      { where: `${SECOND}, place 1, field country`, message: 'must be a two-letter ISO country code such as KH' },
    ]);
  });

  it('a journey with only an origin', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        const journey = d.events.find((e) => e.id === 'fishermen-return-home')!;
        delete journey.places[1].role;
      }),
    );
    expect(problems).toEqual([
      {
        where: 'Event 6 ("fishermen-return-home"), field places',
        message: 'a journey needs one place marked origin and one marked destination',
      },
    ]);
  });

  it('a confidence that is not one of the choices', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        (d.events[1] as { confidence: string }).confidence = 'certain';
      }),
    );
    expect(problems).toEqual([{ where: `${SECOND}, field confidence`, message: 'must be one of: high, medium, low' }]);
  });

  it('a source url that is not http(s), such as javascript:', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.sources[0].url = 'javascript:alert(1)';
      }),
    );
    expect(problems).toEqual([
      { where: 'Source 1 ("city-post-2012"), field url', message: 'must be an http or https address' },
    ]);
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsOf(
      parseBroken((d) => {
        d.events[0].start = '2012-02-30';
        d.events[1].places[0].lat = -91;
        d.events[3].confidence = 'sure' as 'high';
      }),
    );
    expect(problems.map((p) => p.where)).toEqual([
      'Event 1 ("summit-in-phnom-penh"), field start',
      `${SECOND}, place 1, field lat`,
      'Event 4 ("visit-to-bangkok"), field confidence',
    ]);
    expect(problems[0].message).toBe('day 30 is not a day of 2012-02 (it has 29 days)');
  });

  it('text that is not JSON', () => {
    const result = parseDataset('{"meta": ', 'events.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.title).toBe('events.json is not valid JSON.');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].where).toBe('The file');
  });

  it('counts the problems in the title', () => {
    const result = parseBroken((d) => {
      d.events[1].start = '2005-13';
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.title).toBe('events.json has 1 problem.');
  });

  it('accepts valid JSON that starts with a byte order mark', () => {
    const result = parseDataset('\uFEFF' + readFixture('mini-dataset.json'));
    expect(result.ok).toBe(true);
  });

  it('counts bytes, not characters: multi-byte text over the limit is refused', () => {
    const result = parseDataset('é'.repeat(MAX_DATA_BYTES / 2 + 1), 'accents.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.title).toBe('accents.json is too large (50.0 MB; the limit is 50.0 MB).');
  });

  it('counts all-ASCII text by its length: 20 million characters are 20 MB, under the limit', () => {
    const result = parseDataset(readFixture('mini-dataset.json') + ' '.repeat(20_000_000));
    expect(result.ok).toBe(true);
  });

  it('refuses a file over MAX_DATA_BYTES before parsing it', () => {
    const result = parseDataset(' '.repeat(MAX_DATA_BYTES + 1), 'huge.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.file).toBe('huge.json');
    expect(result.title).toBe('huge.json is too large (50.0 MB; the limit is 50.0 MB).');
    expect(result.problems).toEqual([]);
  });
});

describe('parseBandFile', () => {
  it('refuses an unknown level and entries out of time order', () => {
    const band = JSON.parse(readFixture('mini-band.json'));
    band.series[0].entries[1].level = 'tier-9';
    band.series[0].entries[2].start = '2008-01';
    const result = parseBandFile(JSON.stringify(band), 'mini-band.json');
    expect(problemsOf(result)).toEqual([
      { where: 'Series 1 ("cambodia"), entry 2, field level', message: '"tier-9" is not one of the levels' },
      { where: 'Series 1 ("cambodia"), entry 3, field start', message: 'entries must be in time order' },
    ]);
  });
});
