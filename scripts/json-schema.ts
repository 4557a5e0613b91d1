import * as z from 'zod/mini';
import { datasetSchema } from '../src/data/schema';

/** The JSON Schema of a dataset, generated from the zod schema so there is one source of truth. */
export function createJsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Waymark dataset' }, null, 2)}\n`;
}
