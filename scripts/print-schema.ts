import { writeFileSync } from 'node:fs';
import { printSchemaFile, printSubgraphSchemaFile } from '../src/schema/print.ts';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSchemaFile());
writeFileSync(new URL('../schema.subgraph.graphql', import.meta.url), printSubgraphSchemaFile());
console.log('schema.graphql and schema.subgraph.graphql written');
