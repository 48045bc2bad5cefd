import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';
import { printSchemaFile, printSubgraphSchemaFile, printWebIntrospectionFile } from '../src/schema/print.ts';

const root = new URL('../', import.meta.url);
const committed = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('generated files', () => {
  it('schema.graphql is the printed Pothos schema (run `npm run schema` after a schema change)', () => {
    expect(committed('schema.graphql')).toBe(printSchemaFile());
  });

  it('schema.subgraph.graphql is the subgraph SDL that `_service { sdl }` answers (run `npm run schema`)', () => {
    expect(committed('schema.subgraph.graphql')).toBe(printSubgraphSchemaFile());
  });

  it("web/src/gql/introspection.json is the schema the fleet page's cache knows (run `npm run schema`)", () => {
    expect(committed('web/src/gql/introspection.json')).toBe(printWebIntrospectionFile());
    // Its nullability is the served schema's: a tyre of a report may be null, its position may not.
    const types = (JSON.parse(printWebIntrospectionFile()) as { __schema: { types: Array<{ name: string; fields?: Array<{ name: string; type: { kind: string } }> }> } }).__schema.types;
    const fieldKind = (type: string, field: string) => types.find((candidate) => candidate.name === type)?.fields?.find((candidate) => candidate.name === field)?.type.kind;
    expect([fieldKind('TirePressureReport', 'frontLeft'), fieldKind('Tire', 'position'), fieldKind('TripEdge', 'node')]).toEqual(['OBJECT', 'NON_NULL', 'OBJECT']);
  });

  it('test/gql matches the operations and schema.graphql (run `npm run codegen`)', async () => {
    const previous = process.cwd();
    process.chdir(new URL('.', root).pathname);
    try {
      const outputs = await generate({ ...config, silent: true }, false);
      for (const output of outputs) expect(committed(output.filename), output.filename).toBe(output.content);
    } finally {
      process.chdir(previous);
    }
  });
});
