import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';
import { printSchemaFile, printSubgraphSchemaFile } from '../src/schema/print.ts';

const root = new URL('../', import.meta.url);
const committed = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('generated files', () => {
  it('schema.graphql is the printed Pothos schema (run `npm run schema` after a schema change)', () => {
    expect(committed('schema.graphql')).toBe(printSchemaFile());
  });

  it('schema.subgraph.graphql is the subgraph SDL that `_service { sdl }` answers (run `npm run schema`)', () => {
    expect(committed('schema.subgraph.graphql')).toBe(printSubgraphSchemaFile());
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
