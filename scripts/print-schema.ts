import { writeFileSync } from 'node:fs';
import { printSchemaFile } from '../src/schema/print.ts';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSchemaFile());
console.log('schema.graphql written');
