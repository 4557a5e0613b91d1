import { describe, expect, it } from 'vitest';
import { noTours, readTours } from './read-tours';
import { loadMiniDataset } from '../../tests/fixtures/load-fixture';

const tour = (id: string, events: string[], extra: object = {}) => ({
  id,
  title: `Tour ${id.toUpperCase()}`,
  description: `The ${id} tour`,
  stops: events.map((event) => ({ event })),
  ...extra,
});

describe('readTours', () => {
  const dataset = loadMiniDataset();

  it('keeps every tour of a good file, trimmed as the schema trims, with no note', () => {
    const text = JSON.stringify({ tours: [tour('a', ['law-passed']), { ...tour('b', ['law-passed']), title: ' B ' }] });
    const read = readTours(text, 'tours.json', dataset);
    expect(read.note).toBeNull();
    expect(read.tours.tours.map((t) => [t.id, t.title])).toEqual([
      ['a', 'Tour A'],
      ['b', 'B'],
    ]);
  });

  it('leaves out only the tours with problems, and names each problem by tour, stop and field', () => {
    const text = JSON.stringify({
      tours: [
        tour('a', ['law-passed', 'removed-event']),
        tour('b', ['law-passed']),
        { ...tour('c', ['law-passed']), title: '' },
        tour('b', ['labour-estimate']),
      ],
    });
    const read = readTours(text, 'tours.json', dataset);
    expect(read.tours.tours.map((t) => t.id)).toEqual(['b']);
    expect(read.note).toBe(
      '3 tours in tours.json have problems and are left out: ' +
        'Tour 1 ("a"), stop 2, field event: "removed-event" is not one of the events; ' +
        'Tour 3 ("c"), field title: must not be empty; ' +
        'Tour 4 ("b"), field id: "b" is used twice.',
    );
  });

  it('says "is" of one tour left out', () => {
    const text = JSON.stringify({ tours: [tour('a', ['gone']), tour('b', ['law-passed'])] });
    expect(readTours(text, 'tours.json', dataset).note).toBe(
      '1 tour in tours.json has problems and is left out: Tour 1 ("a"), stop 1, field event: "gone" is not one of the events.',
    );
  });

  it('shows no tours, and says why, when the file is not JSON or holds no list of tours', () => {
    const broken = readTours('{"tours": [', 'tours.json', dataset);
    expect(broken.tours.tours).toEqual([]);
    expect(broken.note).toMatch(/^No guided tours are shown: tours\.json is not valid JSON\. The file: /);
    expect(readTours('{"tours": {}}', 'tours.json', dataset)).toEqual({
      tours: { tours: [] },
      note: 'No guided tours are shown: tours.json has 1 problem: field tours: should be a list, not object.',
    });
    expect(noTours('tours.json could not be loaded (HTTP 404).')).toEqual({
      tours: { tours: [] },
      note: 'No guided tours are shown: tours.json could not be loaded (HTTP 404).',
    });
  });
});
