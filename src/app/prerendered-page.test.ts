import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_BLOCK_ID, readPrerenderedPage, serializePrerenderedPage, type PrerenderedPage } from './prerendered-page';

const PAGE: PrerenderedPage = {
  files: [{ path: 'events.json', bytes: 10, fingerprint: '10-0123456789abcdef' }],
  dataset: 'events.json',
  selectedId: 'a</script>b',
  appPath: '../../',
  poster: { src: 'map-poster.svg', alt: 'Map of the place of this event.' },
};

function setBlock(text: string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = PAGE_BLOCK_ID;
  script.textContent = text;
  document.body.append(script);
}

afterEach(() => document.getElementById(PAGE_BLOCK_ID)?.remove());

describe('readPrerenderedPage', () => {
  it('reads back what the build wrote, with no "<" left to close the block', () => {
    const text = serializePrerenderedPage(PAGE);
    expect(text).not.toContain('<');
    setBlock(text);
    expect(readPrerenderedPage(document)).toEqual(PAGE);
  });

  it('is null without a block, or with one this build does not write', () => {
    expect(readPrerenderedPage(document)).toBeNull();
    for (const text of [
      '',
      '{not json',
      '[]',
      JSON.stringify({ ...PAGE, files: [] }),
      JSON.stringify({ ...PAGE, files: [{ path: 1 }] }),
      JSON.stringify({ ...PAGE, files: [{ path: 'events.json', fingerprint: 'x' }] }),
      JSON.stringify({ ...PAGE, appPath: null }),
      JSON.stringify({ ...PAGE, selectedId: 3 }),
      JSON.stringify({ ...PAGE, poster: { src: 'x' } }),
    ]) {
      document.getElementById(PAGE_BLOCK_ID)?.remove();
      setBlock(text);
      expect(readPrerenderedPage(document)).toBeNull();
    }
  });
});
