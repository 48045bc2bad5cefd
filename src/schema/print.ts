import { printSubgraphSchema } from '@apollo/subgraph';
import { minifyIntrospectionQuery } from '@urql/introspection';
import { GraphQLObjectType, GraphQLSchema, introspectionFromSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

/** What Apollo Federation adds to a subgraph for the router alone: `_entities`, `_service` and their types. */
const federationFields = new Set(['_entities', '_service']);
const federationTypes = new Set(['_Any', '_Entity', '_Service']);

/** The served schema as clients see it, without the federation machinery (which only a router uses). */
function clientSchema(): GraphQLSchema {
  const config = schema.toConfig();
  const queryConfig = schema.getQueryType()!.toConfig();
  const query = new GraphQLObjectType({
    ...queryConfig,
    fields: Object.fromEntries(Object.entries(queryConfig.fields).filter(([name]) => !federationFields.has(name))),
  });
  return new GraphQLSchema({
    ...config,
    query,
    types: [...config.types.filter((type) => type.name !== query.name && !federationTypes.has(type.name)), query],
  });
}

/** The text committed as schema.graphql: the client-facing schema, sorted and printed. */
export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(clientSchema()))}\n`;
}

/** The text committed as schema.subgraph.graphql: the subgraph SDL that `_service { sdl }` answers (with @key and @link). */
export function printSubgraphSchemaFile(): string {
  return `${printSubgraphSchema(schema)}\n`;
}

/**
 * The text committed as web/src/gql/introspection.json: the client schema's types, fields and
 * nullability, minified (no descriptions, no scalars, enums or inputs), for the fleet page's
 * normalized cache. Knowing which fields may be null, it keeps an answer's other data when a field
 * comes back null with its error (a tyre, a trip of a page); without it one such field emptied the
 * whole answer.
 */
export function printWebIntrospectionFile(): string {
  return `${JSON.stringify(minifyIntrospectionQuery(introspectionFromSchema(lexicographicSortSchema(clientSchema()))))}\n`;
}
