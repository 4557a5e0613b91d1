// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Model } from '../src/data/model';
import { buildModel } from '../tests/fixtures/build-dataset';
import { loadMiniModel } from '../tests/fixtures/load-fixture';
import {
  describePreview,
  escapeHtml,
  normaliseSiteUrl,
  renderSharePage,
  sharePagePath,
  truncateOnWord,
} from './share-pages';

const model = loadMiniModel();
const SITE = 'https://example.org/waymark/';
const APP = '../../';

function event(id: string, from: Model = model) {
  const found = from.byId.get(id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

/** The content of `<meta property|name="key">`, unescaped the way a browser reads it. */
function metaContent(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html);
  return match ? decode(match[1]) : undefined;
}

function decode(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe('renderSharePage', () => {
  const summit = event('summit-in-phnom-penh');
  const html = renderSharePage(summit, model, { siteUrl: SITE, appPath: APP });

  it('is a complete UTF-8 document in English with a viewport and a title naming the dataset', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en"')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Summit in Phnom Penh · A small test dataset</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has Open Graph and Twitter card tags for the event', () => {
    const page = `${SITE}e/summit-in-phnom-penh/`;
    expect(metaContent(html, 'description')).toBe('Leaders of the region meet for two days.');
    expect(metaContent(html, 'og:type')).toBe('article');
    expect(metaContent(html, 'og:site_name')).toBe('Waymark');
    expect(metaContent(html, 'og:title')).toBe('Summit in Phnom Penh');
    expect(metaContent(html, 'og:description')).toBe('Leaders of the region meet for two days.');
    expect(metaContent(html, 'og:url')).toBe(page);
    expect(metaContent(html, 'og:image')).toBe(`${page}preview.png`);
    expect(metaContent(html, 'og:image:width')).toBe('1200');
    expect(metaContent(html, 'og:image:height')).toBe('630');
    expect(metaContent(html, 'og:image:alt')).toBe(describePreview(summit));
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'twitter:title')).toBe('Summit in Phnom Penh');
    expect(metaContent(html, 'twitter:description')).toBe('Leaders of the region meet for two days.');
    expect(metaContent(html, 'twitter:image')).toBe(`${page}preview.png`);
    expect(html).toContain(`<link rel="canonical" href="${page}">`);
  });

  it('uses relative links, and no canonical or og:url, without a site address', () => {
    const relative = renderSharePage(summit, model, { appPath: APP });
    expect(relative).not.toContain('rel="canonical"');
    expect(metaContent(relative, 'og:url')).toBeUndefined();
    expect(metaContent(relative, 'og:image')).toBe('preview.png');
    expect(metaContent(relative, 'twitter:image')).toBe('preview.png');
    expect(relative).not.toContain(SITE);
  });

  it('links into the app at the event, and hands that link to the external script', () => {
    expect(html).toContain(
      '<a class="share-open" href="../../?event=summit-in-phnom-penh">Open this moment in Waymark</a>',
    );
    expect(html).toContain('<html lang="en" data-app-url="../../?event=summit-in-phnom-penh">');
    expect(html).toContain('<script src="../go.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="../share.css">');
  });

  it('has no inline script or style, so that a strict Content-Security-Policy can serve it', () => {
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="../go.js" defer>']);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('reads as a summary: heading, date, category, place, summary, confidence and sources', () => {
    expect(html).toContain('<h1>Summit in Phnom Penh</h1>');
    expect(html).toContain('19 November 2012 – 20 November 2012');
    expect(html).toContain('Diplomacy');
    expect(html).toContain('<li>Phnom Penh, Cambodia</li>');
    expect(html).toContain('<p>Leaders of the region meet for two days.</p>');
    expect(html).toContain('High: the sources state it plainly.');
    expect(html).toContain('<a href="https://example.org/news/leaders-meet">Leaders meet in Phnom Penh</a>');
    expect(html).toContain('Ana Writer, City Post, 21 November 2012 · file <code>001_city_post.txt</code>');
    expect(html).toContain('<img class="share-preview" src="preview.png" width="1200" height="630" alt="Map of');
    expect(html).not.toContain('How the date was found');
  });

  it('says how the date was found where the data does', () => {
    const page = renderSharePage(event('labour-estimate'), model, { appPath: APP });
    expect(page).toContain('<h2>How the date was found</h2>\n<p>The leaflet names only the year of the estimate.</p>');
  });

  it('shows a journey as from one place to another', () => {
    const journey = event('fishermen-return-home');
    const page = renderSharePage(journey, model, { appPath: APP });
    expect(page).toContain('<h2>Journey</h2>\n<p>From Ambon, Indonesia to Phnom Penh, Cambodia</p>');
    expect(describePreview(journey)).toContain('a journey from Ambon, Indonesia to Phnom Penh, Cambodia');
  });

  it('escapes hostile titles and summaries everywhere', () => {
    const page = renderSharePage(event('hostile-strings'), model, { siteUrl: SITE, appPath: APP });
    expect(page.match(/<img\b/g)).toHaveLength(1);
    expect(page).toContain('<img class="share-preview" src="preview.png"');
    expect(page).not.toContain('</script><script>');
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(page).toContain('<h1>&#60;img src=x onerror=alert(1)&#62;</h1>');
    expect(metaContent(page, 'og:title')).toBe('<img src=x onerror=alert(1)>');
    expect(metaContent(page, 'og:description')).toBe('</script><script>alert(1)</script>');
    expect(page).toContain('<title>&#60;img src=x onerror=alert(1)&#62; · A small test dataset</title>');
  });

  it('makes links only of http(s) source addresses', () => {
    const source = model.sourceById.get('city-post-2012')!;
    const hostile: Model = {
      ...model,
      sourceById: new Map([...model.sourceById, [source.id, { ...source, url: 'javascript:alert(1)' }]]),
    };
    const page = renderSharePage(summit, hostile, { appPath: APP });
    expect(page).not.toContain('javascript:');
    expect(page).toContain('<cite>Leaders meet in Phnom Penh</cite>');
    const leaflet = renderSharePage(event('law-passed'), model, { appPath: APP });
    expect(leaflet).toContain('<cite>What we did this year</cite>');
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual([
      APP,
      'https://example.org/news/leaders-meet',
    ]);
  });

  it('cuts a long summary on a word for the description, but shows it whole', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const long = buildModel([{ id: 'long', start: '2010', summary: words }]);
    const page = renderSharePage(event('long', long), long, { appPath: APP });
    const description = metaContent(page, 'description')!;
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description).toMatch(/ word\d+…$/);
    expect(words.startsWith(description.slice(0, -1))).toBe(true);
    expect(words.charAt(description.length - 1)).toBe(' ');
    expect(metaContent(page, 'og:description')).toBe(description);
    expect(page).toContain(`<p>${words}</p>`);
  });
});

describe('truncateOnWord', () => {
  it('leaves short text alone and collapses white space', () => {
    expect(truncateOnWord('One  short\nline.')).toBe('One short line.');
  });

  it('cuts after a whole word, drops trailing punctuation and adds an ellipsis', () => {
    expect(truncateOnWord('Alpha beta, gamma delta', 17)).toBe('Alpha beta…');
    expect(truncateOnWord('Alpha beta gamma delta', 17)).toBe('Alpha beta gamma…');
    expect(truncateOnWord('Alpha beta gamma delta', 16)).toBe('Alpha beta…');
  });

  it('cuts inside a word when one word is most of the text', () => {
    expect(truncateOnWord('a abcdefghijklmnopqrstuvwxyz', 10)).toBe('a abcdefg…');
  });
});

describe('normaliseSiteUrl', () => {
  it('adds the trailing slash and drops query and fragment', () => {
    expect(normaliseSiteUrl('https://example.org/waymark')).toBe('https://example.org/waymark/');
    expect(normaliseSiteUrl(' https://example.org/waymark/?x=1#top ')).toBe('https://example.org/waymark/');
    expect(normaliseSiteUrl('http://example.org')).toBe('http://example.org/');
  });

  it('is undefined when unset or blank', () => {
    expect(normaliseSiteUrl(undefined)).toBeUndefined();
    expect(normaliseSiteUrl('  ')).toBeUndefined();
  });

  it('refuses anything but an absolute http(s) address', () => {
    expect(() => normaliseSiteUrl('/waymark/')).toThrow(/WAYMARK_SITE_URL must be an absolute http\(s\) address/);
    expect(() => normaliseSiteUrl('example.org/waymark')).toThrow(/WAYMARK_SITE_URL/);
    expect(() => normaliseSiteUrl('ftp://example.org/')).toThrow(/WAYMARK_SITE_URL/);
  });
});

describe('helpers', () => {
  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });

  it('sharePagePath is e/<id>/', () => {
    expect(sharePagePath('summit-in-phnom-penh')).toBe('e/summit-in-phnom-penh/');
  });
});
