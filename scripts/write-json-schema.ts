import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { datasetSchema } from '../src/data/schema';

const path = resolve(import.meta.dirname, '../data/dataset.schema.json');
writeFileSync(path, `${JSON.stringify(z.toJSONSchema(datasetSchema, { io: 'input' }), null, 2)}\n`);
console.log(`wrote ${path}`);
