import { describe, expect, it } from 'vitest';
import { buildModel } from '../../tests/fixtures/build-dataset';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { escapeHtml, toHtmlText, toTimelineJs, toTimelineJsFile } from './to-timelinejs';

describe('toTimelineJs', () => {
  it('writes a title slide and one slide per dated event, with dates at their precision', () => {
    const model = buildModel([
      { id: 'year', start: '2005' },
      { id: 'month', start: '2008-02', end: '2009', category: 'b' },
      { id: 'day', start: '2012-11-19', end: '2012-11-20', places: [] },
    ]);
    expect(JSON.parse(toTimelineJs(model, model.events))).toEqual({
      title: { text: { headline: 'Inline', text: 'Built by a test.' } },
      events: [
        {
          unique_id: 'year',
          start_date: { year: 2005 },
          text: { headline: 'year', text: 'Something happened.' },
          group: 'Category A',
          location: { lat: 11.56, lon: 104.92, name: 'Phnom Penh' },
        },
        {
          unique_id: 'month',
          start_date: { year: 2008, month: 2 },
          end_date: { year: 2009 },
          text: { headline: 'month', text: 'Something happened.' },
          group: 'Category B',
          location: { lat: 11.56, lon: 104.92, name: 'Phnom Penh' },
        },
        {
          unique_id: 'day',
          start_date: { year: 2012, month: 11, day: 19 },
          end_date: { year: 2012, month: 11, day: 20 },
          text: { headline: 'day', text: 'Something happened.' },
          group: 'Category A',
        },
      ],
    });
  });

  it('leaves out events without a date, which TimelineJS cannot place', () => {
    const model = buildModel([
      { id: 'dated', start: '2001' },
      { id: 'undated', start: undefined },
    ]);
    expect(toTimelineJsFile(model, model.events).events.map((e) => e.unique_id)).toEqual(['dated']);
  });

  it('says when a range is a window of uncertainty rather than a duration', () => {
    const model = buildModel([{ id: 'window', start: '2001', end: '2003', rangeMeans: 'uncertainty' }]);
    const [slide] = toTimelineJsFile(model, model.events).events;
    expect(slide.display_date).toBe('some time between 2001 and 2003');
  });

  it('escapes hostile strings, since TimelineJS shows headlines and text as HTML', () => {
    const model = loadMiniModel();
    const [slide] = toTimelineJsFile(model, [model.byId.get('hostile-strings')!]).events;
    expect(slide.text).toEqual({
      headline: '&lt;img src=x onerror=alert(1)&gt;',
      text: '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    });
  });

  it('places a journey at its origin', () => {
    const model = loadMiniModel();
    const [slide] = toTimelineJsFile(model, [model.byId.get('fishermen-return-home')!]).events;
    expect(slide.location).toEqual({ lat: -3.7, lon: 128.18, name: 'Ambon' });
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('toHtmlText', () => {
  it('keeps line breaks as <br>, which HTML would otherwise fold into spaces', () => {
    expect(toHtmlText('One & two\r\nthree\n\nfour')).toBe('One &amp; two<br>three<br><br>four');
  });
});
