import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDraftFromTour,
  createTourFileName,
  createTourFromDraft,
  createTourLink,
  EMPTY_DRAFT,
  MAX_TOUR_FILE_BYTES,
  parseDraft,
  parseTourFileText,
  serializeDraft,
  serializeTourFile,
  slugifyTitle,
  type TourDraft,
} from './tour-file';
import { tourFileSchema } from '../data/tour-schema';
import { decodeCustomTour } from '../url/tour-codec';
import { loadTourCodec } from '../url/tour-codec-slot';

// Links with home-made tours are read and written once their codec has loaded, as the app loads it first.
beforeAll(() => loadTourCodec());

const EVENT_IDS = new Set(['visit-to-bangkok', 'law-passed', 'summit-in-phnom-penh']);

const draft: TourDraft = {
  title: '  Ports and promises ',
  description: 'Three stops for Year 10.',
  stops: [
    { event: 'visit-to-bangkok', note: '  Ask what the visit was for.  ' },
    { event: 'law-passed', note: '' },
    { event: 'summit-in-phnom-penh', note: 'Compare with stop 1.\nThen discuss.' },
  ],
};

const tour = createTourFromDraft(draft);

describe('createTourFromDraft', () => {
  it('trims the fields and leaves out empty notes', () => {
    expect(tour).toEqual({
      title: 'Ports and promises',
      description: 'Three stops for Year 10.',
      stops: [
        { event: 'visit-to-bangkok', note: 'Ask what the visit was for.' },
        { event: 'law-passed' },
        { event: 'summit-in-phnom-penh', note: 'Compare with stop 1.\nThen discuss.' },
      ],
    });
  });

  it('gives an untitled tour the words a link would give it', () => {
    const made = createTourFromDraft({ ...EMPTY_DRAFT, stops: [{ event: 'law-passed', note: ' ' }] });
    expect(made).toEqual({
      title: 'My tour',
      description: 'A tour made in Waymark.',
      stops: [{ event: 'law-passed' }],
    });
  });

  it('is undone by createDraftFromTour', () => {
    expect(createTourFromDraft(createDraftFromTour(tour))).toEqual(tour);
  });
});

describe('tour files', () => {
  it('round trip: the downloaded text opens as the same tour', () => {
    const text = serializeTourFile(tour);
    const result = parseTourFileText(text, EVENT_IDS);
    expect(result).toEqual({ ok: true, tour: { id: 'ports-and-promises', ...tour }, notes: [] });
  });

  it('writes the shape of the dataset tours file, with one tour', () => {
    const json: unknown = JSON.parse(serializeTourFile(tour));
    expect(tourFileSchema.safeParse(json).success).toBe(true);
    expect(json).toEqual({ tours: [{ id: 'ports-and-promises', ...tour }] });
  });

  it('keeps the map and window of stops opened from a file', () => {
    const fromFile = {
      ...tour,
      stops: [
        {
          event: 'law-passed',
          map: { lat: 12.5, lon: 104.9, zoom: 6 },
          window: { from: '2008-01-01', to: '2008-12-31' },
          note: 'A law.',
        },
      ],
    };
    const again = parseTourFileText(serializeTourFile(createTourFromDraft(createDraftFromTour(fromFile))), EVENT_IDS);
    expect(again.ok && again.tour.stops).toEqual(fromFile.stops);
  });

  it('names the file after the tour', () => {
    expect(createTourFileName(tour)).toBe('ports-and-promises.json');
    expect(slugifyTitle('Élan & the 2012 trip!')).toBe('elan-the-2012-trip');
    expect(slugifyTitle('«»')).toBe('my-tour');
  });

  it('says when a file is not JSON', () => {
    const result = parseTourFileText('{"tours": [', EVENT_IDS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.title).toBe('This is not a tour file: it could not be read as JSON.');
  });

  it('says where a file breaks the tour rules, in words', () => {
    const broken = JSON.stringify({
      tours: [{ id: 'Bad Id', title: '', description: 'x', stops: [{ event: 'law-passed', note: 'n'.repeat(1001) }] }],
    });
    const result = parseTourFileText(broken, EVENT_IDS);
    expect(result).toEqual({
      ok: false,
      title: 'This tour file has 3 problems.',
      problems: [
        'Tour 1 ("Bad Id"), field id: must be lower-case letters, digits and hyphens, like "obama-visits-bangkok"',
        'Tour 1 ("Bad Id"), field title: must not be empty',
        'Tour 1 ("Bad Id"), stop 1, field note: must be at most 1000 characters',
      ],
    });
  });

  it('says when a file has no tours list or no stops', () => {
    expect(parseTourFileText('{"events": []}', EVENT_IDS)).toEqual({
      ok: false,
      title: 'This tour file has 1 problem.',
      problems: ['field tours: is missing'],
    });
    const empty = parseTourFileText(JSON.stringify({ tours: [{ ...tour, id: 'x', stops: [] }] }), EVENT_IDS);
    expect(!empty.ok && empty.problems).toEqual(['Tour 1 ("x"), field stops: needs at least one stop']);
    expect(parseTourFileText('{"tours": []}', EVENT_IDS)).toEqual({
      ok: false,
      title: 'This file holds no tour.',
      problems: [],
    });
  });

  it('refuses a tour whose events this dataset does not have', () => {
    const other = { ...tour, id: 'other', stops: [{ event: 'law-passed' }, { event: 'moon-landing' }] };
    expect(parseTourFileText(JSON.stringify({ tours: [other] }), EVENT_IDS)).toEqual({
      ok: false,
      title: 'This tour names 1 event this dataset does not have.',
      problems: ['Stop 2: there is no event "moon-landing" in this dataset.'],
    });
  });

  it('opens the first of several tours and says so', () => {
    const file = {
      tours: [
        { ...tour, id: 'a' },
        { ...tour, id: 'b', title: 'Second' },
      ],
    };
    const result = parseTourFileText(JSON.stringify(file), EVENT_IDS);
    expect(result.ok && result.tour.id).toBe('a');
    expect(result.ok && result.notes).toEqual([
      'This file holds 2 tours; the first, "Ports and promises", was opened.',
    ]);
  });

  it('refuses a file far too large to be a tour', () => {
    const result = parseTourFileText(' '.repeat(MAX_TOUR_FILE_BYTES + 1), EVENT_IDS);
    expect(!result.ok && result.title).toBe('This file is too large to be a tour file.');
  });
});

describe('createTourLink', () => {
  it('makes an absolute link whose tour decodes back to the same tour', () => {
    const link = createTourLink({ origin: 'https://example.org', pathname: '/waymark/' }, tour);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://example.org/waymark/');
    expect([...url.searchParams.keys()]).toEqual(['tour']);
    const param = url.searchParams.get('tour')!;
    expect(param.startsWith('~')).toBe(true);
    expect(decodeCustomTour(param.slice(1), EVENT_IDS)).toEqual({ id: 'custom', ...tour });
  });

  it('names the dataset beside the app that the tour is made of', () => {
    const link = createTourLink({ origin: 'https://example.org', pathname: '/' }, tour, 'class/events.json');
    const url = new URL(link);
    expect([...url.searchParams.keys()]).toEqual(['data', 'tour']);
    expect(url.searchParams.get('data')).toBe('class/events.json');
  });
});

describe('drafts', () => {
  it('are read back as they were kept', () => {
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
  });

  it('are null when missing, damaged or of another shape', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{')).toBeNull();
    expect(parseDraft('{"title": 3}')).toBeNull();
  });
});
