import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJsonSchemaText } from './json-schema';

const path = resolve(import.meta.dirname, '../data/dataset.schema.json');
writeFileSync(path, createJsonSchemaText());
console.log(`wrote ${path}`);
