import { readFileSync } from 'node:fs';
import { type DocumentNode, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleQuery } from '../src/example-query.ts';
import { schema } from '../src/schema/index.ts';
import * as fleetPage from '../web/src/gql/graphql.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('the documented operations', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [example.split('\n')[0], example]))('are valid against the schema: %s', (_title, example) => {
    expect(validate(schema, parse(example)).map((error) => error.message)).toEqual([]);
  });

  it("include GraphiQL's opening query", () => {
    expect(validate(schema, parse(exampleQuery(['861276678889726']))).map((error) => error.message)).toEqual([]);
  });

  it("include every operation of the fleet page, exactly as the page sends it", () => {
    const documented = examples.map((example) => print(parse(example)));
    const operations = Object.entries(fleetPage).filter(([name]) => name.endsWith('Document')) as Array<[string, DocumentNode]>;
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const [name, document] of operations) expect(documented, name).toContain(print(document));
  });
});
