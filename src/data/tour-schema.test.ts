import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset, parseTourFile } from './parse';
import { formatProblem } from './problems';
import { loadMiniDataset } from '../../tests/fixtures/load-fixture';

const root = resolve(import.meta.dirname, '../..');

describe('tours files', () => {
  it('the bundled tours are valid, name only real events, and include the three the course needs', () => {
    const dataset = parseDataset(readFileSync(resolve(root, 'data/events.json'), 'utf8'));
    if (!dataset.ok) throw new Error(dataset.title);
    const tours = parseTourFile(readFileSync(resolve(root, 'data/tours.json'), 'utf8'), 'tours.json', dataset.value);
    if (!tours.ok) throw new Error(tours.problems.map(formatProblem).join('\n'));
    expect(tours.value.tours.map((t) => t.id)).toEqual(['november-2012-trip', 'cambodia-tip-tiers', 'journeys-home']);
    const ids = new Set(dataset.value.events.map((e) => e.id));
    for (const tour of tours.value.tours) for (const stop of tour.stops) expect(ids.has(stop.event)).toBe(true);
    const journeys = tours.value.tours[2].stops.map((s) => s.event);
    expect(journeys.filter((id) => id.startsWith('iom-repatriates-'))).toHaveLength(6);
    expect(journeys.filter((id) => id.startsWith('sok-chea-'))).toHaveLength(7);
  });

  it('names the tour, the stop and the field of each problem', () => {
    const text = JSON.stringify({
      tours: [
        { id: 'a', title: 'A', description: 'A tour', stops: [{ event: 'law-passed' }, { event: 'no-such-event' }] },
        {
          id: 'b',
          title: 'B',
          description: 'B tour',
          stops: [{ event: 'law-passed', window: { from: '2012-05-01', to: '2012-01-01' } }],
        },
        { id: 'c', title: '', description: 'C tour', stops: [] },
      ],
    });
    const result = parseTourFile(text, 'tours.json', loadMiniDataset());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'Tour 3 ("c"), field title: must not be empty',
      'Tour 3 ("c"), field stops: needs at least one stop',
      'Tour 2 ("b"), stop 1, field window: the window ends before it begins',
    ]);
    const refs = parseTourFile(
      JSON.stringify({
        tours: [{ id: 'a', title: 'A', description: 'A tour', stops: [{ event: 'law-passed' }, { event: 'nope' }] }],
      }),
      'tours.json',
      loadMiniDataset(),
    );
    expect(refs.ok ? [] : refs.problems.map(formatProblem)).toEqual([
      'Tour 1 ("a"), stop 2, field event: "nope" is not one of the events',
    ]);
  });
});
