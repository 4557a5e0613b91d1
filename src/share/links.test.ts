import { describe, expect, it } from 'vitest';
import { createEmbedUrl, createShareUrl } from './links';

describe('share links of a dataset beside the app', () => {
  const location = {
    origin: 'https://school.example',
    pathname: '/waymark/',
    search: '?data=examples/class-7b.json&event=a-b&q=visit&embed=1',
  };

  it('keep data= in the exact view', () => {
    expect(createShareUrl('view', location, 'a-b')).toBe(
      'https://school.example/waymark/?data=examples/class-7b.json&event=a-b&q=visit',
    );
  });

  it('keep data= in a link to the event only', () => {
    expect(createShareUrl('event', location, 'a-b')).toBe(
      'https://school.example/waymark/?data=examples/class-7b.json&event=a-b',
    );
  });

  it('keep data= in the embed address', () => {
    expect(createEmbedUrl(createShareUrl('event', location, 'a-b'))).toBe(
      'https://school.example/waymark/?data=examples/class-7b.json&event=a-b&embed=1',
    );
  });
});
