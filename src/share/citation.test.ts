import { describe, expect, it } from 'vitest';
import { citeApa, citeChicago, type CitationSubject } from './citation';
import { createEmbedSnippet, createEmbedUrl, createShareUrl } from './links';

const subject: CitationSubject = {
  datasetTitle: 'Fighting human trafficking in Cambodia and Burma, 2001–2013',
  version: '1.0.0',
  authors: ['Waymark contributors'],
  eventTitle: 'Obama visits Rangoon',
  url: 'https://example.org/waymark/?event=obama-visits-rangoon',
  accessed: new Date(Date.UTC(2026, 10, 23)),
};

describe('citations', () => {
  it('cites an event in APA style, naming the dataset and its version', () => {
    expect(citeApa(subject)).toBe(
      'Waymark contributors. (n.d.). Obama visits Rangoon [Event]. In Fighting human trafficking in Cambodia and Burma, 2001–2013 (Version 1.0.0) [Data set]. Waymark. Retrieved November 23, 2026, from https://example.org/waymark/?event=obama-visits-rangoon',
    );
  });

  it('cites an event in Chicago style', () => {
    expect(citeChicago(subject)).toBe(
      'Waymark contributors. “Obama visits Rangoon.” In Fighting human trafficking in Cambodia and Burma, 2001–2013, version 1.0.0. Waymark. Accessed November 23, 2026. https://example.org/waymark/?event=obama-visits-rangoon.',
    );
  });

  it('cites a view with no event as the dataset itself, and joins several authors', () => {
    const view = { ...subject, eventTitle: undefined, authors: ['A. Author', 'B. Author', 'C. Author'] };
    expect(citeApa(view)).toMatch(/^A\. Author, B\. Author, & C\. Author\. \(n\.d\.\)\. Fighting human trafficking/);
    expect(citeChicago(view)).toMatch(/^A\. Author, B\. Author, C\. Author\. Fighting human trafficking/);
    expect(citeApa(view)).not.toContain('[Event]');
  });
});

describe('share links', () => {
  const location = {
    origin: 'https://example.org',
    pathname: '/waymark/',
    search: '?event=a-b&from=2012-01-01&to=2013-01-01&embed=1',
  };

  it('gives the exact view without the embed flag', () => {
    expect(createShareUrl('view', location, 'a-b')).toBe(
      'https://example.org/waymark/?event=a-b&from=2012-01-01&to=2013-01-01',
    );
  });

  it('gives only the event when asked', () => {
    expect(createShareUrl('event', location, 'a-b')).toBe('https://example.org/waymark/?event=a-b');
    expect(createShareUrl('event', { ...location, search: '' }, null)).toBe('https://example.org/waymark/');
  });

  it('makes an embed snippet whose attributes cannot be broken out of', () => {
    expect(createEmbedUrl('https://x.org/')).toBe('https://x.org/?embed=1');
    expect(createEmbedUrl('https://x.org/?q=a')).toBe('https://x.org/?q=a&embed=1');
    const snippet = createEmbedSnippet('https://x.org/?q=a', 'Title "with" <quotes>');
    expect(snippet).toBe(
      '<iframe src="https://x.org/?q=a&amp;embed=1" title="Title &quot;with&quot; &lt;quotes&gt;" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
  });
});
