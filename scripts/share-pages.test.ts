// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Model } from '../src/data/model';
import { buildModel } from '../tests/fixtures/build-dataset';
import { loadMiniModel } from '../tests/fixtures/load-fixture';
import {
  describePreview,
  escapeHtml,
  normaliseSiteUrl,
  shareHeadTags,
  sharePagePath,
  shareTitle,
  truncateOnWord,
} from './share-pages';

const model = loadMiniModel();
const SITE = 'https://example.org/waymark/';

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

describe('shareHeadTags', () => {
  const summit = event('summit-in-phnom-penh');
  const html = shareHeadTags(summit, { siteUrl: SITE }).join('\n');

  it('titles the page with the event, then the dataset', () => {
    expect(shareTitle(summit, model)).toBe('Summit in Phnom Penh · A small test dataset');
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
    const relative = shareHeadTags(summit, {}).join('\n');
    expect(relative).not.toContain('rel="canonical"');
    expect(metaContent(relative, 'og:url')).toBeUndefined();
    expect(metaContent(relative, 'og:image')).toBe('preview.png');
    expect(metaContent(relative, 'twitter:image')).toBe('preview.png');
    expect(relative).not.toContain(SITE);
  });

  it('is tags only: no script, no style', () => {
    expect(html).not.toMatch(/<script\b|<style\b|\sstyle=|\son[a-z]+=/i);
    for (const tag of shareHeadTags(summit, { siteUrl: SITE })) expect(tag).toMatch(/^<(meta|link) [^<]*>$/);
  });

  it('shows a journey as from one place to another in the image description', () => {
    const journey = event('fishermen-return-home');
    expect(describePreview(journey)).toContain('a journey from Ambon, Indonesia to Phnom Penh, Cambodia');
  });

  it('escapes hostile titles and summaries', () => {
    const tags = shareHeadTags(event('hostile-strings'), { siteUrl: SITE }).join('\n');
    expect(tags).not.toContain('<img');
    expect(tags).not.toContain('</script>');
    expect(metaContent(tags, 'og:title')).toBe('<img src=x onerror=alert(1)>');
    expect(metaContent(tags, 'og:description')).toBe('</script><script>alert(1)</script>');
  });

  it('cuts a long summary on a word for the description', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const long = buildModel([{ id: 'long', start: '2010', summary: words }]);
    const tags = shareHeadTags(event('long', long), {}).join('\n');
    const description = metaContent(tags, 'description')!;
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description).toMatch(/ word\d+…$/);
    expect(words.startsWith(description.slice(0, -1))).toBe(true);
    expect(words.charAt(description.length - 1)).toBe(' ');
    expect(metaContent(tags, 'og:description')).toBe(description);
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
