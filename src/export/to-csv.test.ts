import { describe, expect, it } from 'vitest';
import { buildModel } from '../../tests/fixtures/build-dataset';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { CSV_COLUMNS, neutraliseFormula, quoteCsv, toCsv } from './to-csv';

const HEADER = CSV_COLUMNS.join(',');

/** The rows of a CSV without the byte order mark, split on CRLF; fine while no cell holds a line break. */
function rows(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('toCsv', () => {
  it('writes a header and one row per event, with the first place and the extra columns', () => {
    const model = buildModel([
      { id: 'e1', start: '2012', title: 'A year' },
      {
        id: 'e2',
        start: '2010-06',
        end: '2011',
        rangeMeans: 'uncertainty',
        category: 'b',
        confidence: 'low',
        dateNote: 'Guessed, from a poster.',
        places: [
          { name: 'Ambon', country: 'ID', lat: -3.7, lon: 128.18, role: 'origin' },
          { name: 'Phnom Penh', country: 'KH', lat: 11.56, lon: 104.92, role: 'destination' },
        ],
      },
    ]);
    expect(rows(toCsv(model, model.events))).toEqual([
      HEADER,
      'e2,e2,2010-06,2011,Ambon,ID,-3.7,128.18,Category B,Something happened.,A source,b,low,uncertainty,"Guessed, from a poster.","Phnom Penh (KH; 11.56, 104.92; destination)",A source',
      'e1,A year,2012,,Phnom Penh,KH,11.56,104.92,Category A,Something happened.,A source,a,high,,,,A source',
    ]);
  });

  it('leaves the place columns empty for an event without a place, and keeps an undated event', () => {
    const model = buildModel([{ id: 'nowhere', start: undefined, places: [] }]);
    expect(rows(toCsv(model, model.events))[1]).toBe(
      'nowhere,nowhere,,,,,,,Category A,Something happened.,A source,a,high,,,,A source',
    );
  });

  it('puts a source’s address in the source column and its title beside it', () => {
    const model = loadMiniModel();
    const visit = model.byId.get('visit-to-bangkok')!;
    const [row] = rows(toCsv(model, [visit])).slice(1);
    expect(row).toContain(',https://example.org/news/leaders-meet; What we did this year,');
    expect(row.endsWith(',Leaders meet in Phnom Penh; What we did this year')).toBe(true);
  });

  it('neutralises formulas in text cells but keeps negative coordinates as numbers', () => {
    const model = buildModel([
      {
        id: 'formula',
        start: '2001',
        title: '=HYPERLINK("http://evil.example","click")',
        summary: '+1 and -1',
        places: [{ name: '@home', lat: -33.9, lon: -18.4 }],
      },
    ]);
    const [row] = rows(toCsv(model, model.events)).slice(1);
    expect(row).toBe(
      `formula,"'=HYPERLINK(""http://evil.example"",""click"")",2001,,'@home,,-33.9,-18.4,Category A,'+1 and -1,A source,a,high,,,,A source`,
    );
  });

  it('keeps hostile strings as text, quoted where they hold commas, quotes or line breaks', () => {
    const model = buildModel([
      { id: 'hostile', start: '2001', title: '<img src=x onerror=alert(1)>', summary: 'Line one,\nline "two"' },
    ]);
    const csv = toCsv(model, model.events);
    expect(csv).toContain('hostile,<img src=x onerror=alert(1)>,2001,');
    expect(csv).toContain(',"Line one,\nline ""two""",');
  });
});

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with an apostrophe', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it.each(['1', 'Summit', "'quoted", ' =1'])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('quoteCsv', () => {
  it('quotes only what needs it', () => {
    expect(quoteCsv('plain')).toBe('plain');
    expect(quoteCsv('a,b')).toBe('"a,b"');
    expect(quoteCsv('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsv(' padded ')).toBe('" padded "');
    expect(quoteCsv('two\r\nlines')).toBe('"two\r\nlines"');
  });
});
