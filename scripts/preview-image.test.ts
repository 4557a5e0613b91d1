// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildModel } from '../tests/fixtures/build-dataset';
import { loadMiniModel } from '../tests/fixtures/load-fixture';
import { buildBasemap } from './basemap';
import { renderPreviewPng, renderPreviewSvg } from './preview-image';
import { escapeXml, fitWidth, measureText, PREVIEW_HEIGHT, PREVIEW_WIDTH, wrapText } from './preview-svg';

const model = loadMiniModel();
const basemap = buildBasemap().fine;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function event(id: string) {
  const found = model.byId.get(id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

/** The text of each `<text>` element, its lines joined by spaces, unescaped. */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]
      .split(/<\/tspan>/)
      .map((part) => part.replace(/<[^>]*>/g, ''))
      .filter(Boolean)
      .join(' ')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
  );
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderPreviewSvg', () => {
  it('is a 1200×630 SVG with the title, the date, the category and the dataset', () => {
    const svg = renderPreviewSvg(event('summit-in-phnom-penh'), model, basemap);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/,
    );
    expect(textsOf(svg)).toEqual([
      'Phnom Penh',
      'Country shapes: Natural Earth',
      'Diplomacy',
      'Summit in Phnom Penh',
      '19 November 2012 – 20 November 2012',
      'Waymark · A small test dataset',
    ]);
  });

  it('escapes every string from the data', () => {
    const svg = renderPreviewSvg(event('hostile-strings'), model, basemap);
    // At the title's size "onerror=alert(1)>" is too long for a line, so it is broken.
    expect(textsOf(svg).join(' ').replace(/\s/g, '')).toContain('<imgsrc=xonerror=alert(1)>');
    expect(svg).toContain('&#60;img src=x');
    expect(svg).not.toContain('<img');
    expect(svg).not.toMatch(/<\/?script/);
  });

  it('draws a journey as a curve with an arrowhead, and other events without one', () => {
    const arrowhead = 'M7,0 L-6,-5.5 L-3,0 L-6,5.5 Z';
    expect(renderPreviewSvg(event('fishermen-return-home'), model, basemap)).toContain(arrowhead);
    expect(renderPreviewSvg(event('two-city-campaign'), model, basemap)).not.toContain(arrowhead);
  });

  it('marks every place in the category colour', () => {
    const svg = renderPreviewSvg(event('two-city-campaign'), model, basemap);
    const marker = /<g transform="translate\([^)]*\)"><circle [^>]*\/><path d="[^"]*" fill="#6a3d9a"\/><\/g>/g;
    expect(svg.match(marker)).toHaveLength(2);
    expect(textsOf(svg)).toEqual(expect.arrayContaining(['Phnom Penh', 'Yangon', 'Law and policy']));
  });

  it('keeps markers apart when places coincide, and draws only countries near them', () => {
    const places = [
      { name: 'Here', country: 'KH', lat: 11.56, lon: 104.92 },
      { name: 'Also here', country: 'KH', lat: 11.56, lon: 104.92 },
    ];
    const inline = buildModel([{ id: 'twice', start: '2010', places }]);
    const svg = renderPreviewSvg(inline.byId.get('twice')!, inline, basemap);
    const markers = [...svg.matchAll(/<g transform="translate\(([\d.]+) ([\d.]+)\)">/g)];
    expect(markers).toHaveLength(2);
    expect(markers[0].slice(1)).not.toEqual(markers[1].slice(1));
    expect(svg.length).toBeLessThan(renderPreviewSvg(event('fishermen-return-home'), model, basemap).length);
  });
});

describe('renderPreviewPng', () => {
  const summit = renderPreviewPng(renderPreviewSvg(event('summit-in-phnom-penh'), model, basemap));

  it('is a 1200×630 PNG', () => {
    expect([...summit.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(summit)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
  });

  it('differs between events at different places', () => {
    const geneva = renderPreviewPng(renderPreviewSvg(event('labour-estimate'), model, basemap));
    expect(pngSize(geneva)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(geneva).equals(Buffer.from(summit))).toBe(false);
  });
});

describe('text layout', () => {
  const style = { size: 20 };

  it('measures with the font: wide letters are wider, bold is wider', () => {
    expect(measureText('MMMM', style)).toBeGreaterThan(measureText('iiii', style));
    expect(measureText('Waymark', { size: 20, bold: true })).toBeGreaterThan(measureText('Waymark', style));
    expect(measureText('Waymark', { size: 40 })).toBeCloseTo(2 * measureText('Waymark', style), 6);
  });

  it('wraps words to the width', () => {
    const { lines, complete } = wrapText('one two three four five six seven eight', style, 120, 10);
    expect(complete).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight');
    for (const line of lines) expect(measureText(line, style)).toBeLessThanOrEqual(120);
  });

  it('ends the last line with an ellipsis when the text needs more lines', () => {
    const { lines, complete } = wrapText('one two three four five six seven eight', style, 120, 2);
    expect(complete).toBe(false);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(measureText(lines[1], style)).toBeLessThanOrEqual(120);
  });

  it('breaks a word too long for a line', () => {
    const { lines } = wrapText('Supercalifragilisticexpialidocious', style, 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
  });

  it('fitWidth shortens with an ellipsis', () => {
    expect(fitWidth('short', style, 500)).toBe('short');
    const cut = fitWidth('a rather long label for a small space', style, 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(measureText(cut, style)).toBeLessThanOrEqual(100);
  });

  it('escapeXml escapes markup and drops the control characters XML forbids', () => {
    expect(escapeXml(`<b a="1" b='2'>&\u0001</b>`)).toBe('&#60;b a=&#34;1&#34; b=&#39;2&#39;&#62;&#38;&#60;/b&#62;');
  });
});
