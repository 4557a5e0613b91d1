import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJsonSchemaText } from './json-schema';

describe('data/dataset.schema.json', () => {
  it('is what the zod schema generates (run `npm run schema` after changing the schema)', () => {
    const file = readFileSync(resolve(import.meta.dirname, '../data/dataset.schema.json'), 'utf8');
    expect(file).toBe(createJsonSchemaText());
  });

  it('describes the fields an event needs', () => {
    const schema = JSON.parse(createJsonSchemaText());
    const event = schema.properties.events.items;
    expect(event.required).toEqual(
      expect.arrayContaining(['id', 'title', 'category', 'places', 'summary', 'sources', 'confidence']),
    );
    expect(event.required).not.toContain('start');
    expect(event.properties.confidence.enum).toEqual(['high', 'medium', 'low']);
  });
});
