import { expect, test } from 'vitest';
import { parseDataset } from '../data/parse';
import { readFixture, readMiniJson } from '../../tests/fixtures/load-fixture';
import { importText } from './import-text';

test('a valid Waymark file opens exactly as the app loads it', () => {
  const text = readFixture('import/good-waymark.json');
  const loaded = parseDataset(text);
  expect(loaded.ok && importText(text, 'good-waymark.json').dataset).toEqual(loaded.ok && loaded.value);
});

test('its band and tours are dropped: they name files beside it, and an opened file has none', () => {
  const json = readMiniJson();
  json.meta = { ...json.meta, band: { file: 'tiers.json', series: 'cambodia' }, tours: 'tours.json' };
  const { dataset, problems } = importText(JSON.stringify(json), 'x.json');
  expect(problems).toEqual([]);
  expect(dataset!.meta).not.toHaveProperty('band');
  expect(dataset!.meta).not.toHaveProperty('tours');
});

test('an event without an id is refused, not given one', () => {
  const json = readMiniJson() as unknown as { events: Record<string, unknown>[] };
  delete json.events[0].id;
  json.events[1].id = 7;
  json.events[2].id = 7;
  expect(importText(JSON.stringify(json), 'x.json').problems).toEqual([
    { where: 'Event 1, field id', message: 'is missing' },
    { where: 'Event 2, field id', message: 'should be a string, not number' },
    { where: 'Event 3, field id', message: 'should be a string, not number' },
  ]);
});

test('unused categories and sources are left out of what opens', () => {
  const json = readMiniJson();
  json.events = json.events.filter((e) => e.category === 'repatriation');
  const { dataset } = importText(JSON.stringify(json), 'x.json');
  expect(dataset!.categories.map((c) => c.id)).toEqual(['repatriation']);
});
