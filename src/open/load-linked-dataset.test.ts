import { describe, expect, it } from 'vitest';
import { loadLinkedDataset } from './load-linked-dataset';
import { readFixture, readMiniJson } from '../../tests/fixtures/load-fixture';

/** A server with these files in `/app/examples/`. */
function serve(files: Record<string, string>): typeof fetch {
  return async (input) => {
    const name = String(input).replace('/app/examples/', '');
    return name in files
      ? new Response(files[name], { status: 200 })
      : new Response('Not found', { status: 404, statusText: 'Not Found' });
  };
}

const load = (file: string, files: Record<string, string>) =>
  loadLinkedDataset('/app/examples/', file, { fetcher: serve(files) });

describe('loadLinkedDataset', () => {
  it('loads Waymark JSON with its band file from the same folder', async () => {
    const dataset = readMiniJson();
    dataset.meta.band = { file: 'band.json', series: 'cambodia' };
    const result = await load('class.json', {
      'class.json': JSON.stringify(dataset),
      'band.json': readFixture('mini-band.json'),
    });
    expect(result.ok && result.value.model.band?.seriesLabel).toBeTruthy();
    expect(result.ok && result.value.note).toBeNull();
  });

  it('refuses Waymark JSON with a problem, naming it, as it does the bundled dataset', async () => {
    const dataset = readMiniJson();
    dataset.events[0].start = '2012-13-01';
    const result = await load('class.json', { 'class.json': JSON.stringify(dataset) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.title).toBe('class.json has 1 problem.');
  });

  it('opens the valid rows of a CSV and says how many were left out', async () => {
    const csv = ['title,start', 'Summit,2012-11-19', 'Visit,2013', 'Launch,2012-13-01'].join('\n');
    const result = await load('class.csv', { 'class.csv': csv });
    expect(result.ok && result.value.model.events.map((e) => e.record.title)).toEqual(['Summit', 'Visit']);
    expect(result.ok && result.value.note).toMatch(/^1 of the 3 rows in class\.csv could not be used/);
  });

  it('opens a TimelineJS file', async () => {
    const result = await load('houston.json', { 'houston.json': readFixture('import/timelinejs-houston.json') });
    expect(result.ok && result.value.model.events).toHaveLength(18);
  });

  it('says when nothing in a file can be opened, with every problem', async () => {
    const result = await load('class.csv', { 'class.csv': 'title,start\nLaunch,2012-13-01' });
    expect(!result.ok && result.title).toBe('class.csv has no event that can be opened.');
    expect(!result.ok && result.problems[0].where).toBe('row 2, column start');
  });

  it('reports a missing file as the bundled loader does', async () => {
    const result = await load('gone.csv', {});
    expect(!result.ok && result.title).toBe('gone.csv could not be loaded (HTTP 404).');
  });
});
