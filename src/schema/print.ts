import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

/** The text committed as schema.graphql: the Pothos schema, sorted and printed. */
export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
