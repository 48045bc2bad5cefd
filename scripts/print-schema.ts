import { writeFileSync } from 'node:fs';
import { printSchemaFile, printSubgraphSchemaFile, printWebIntrospectionFile } from '../src/schema/print.ts';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSchemaFile());
writeFileSync(new URL('../schema.subgraph.graphql', import.meta.url), printSubgraphSchemaFile());
writeFileSync(new URL('../web/src/gql/introspection.json', import.meta.url), printWebIntrospectionFile());
console.log('schema.graphql, schema.subgraph.graphql and web/src/gql/introspection.json written');
