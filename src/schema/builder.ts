import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';

export interface PothosTypes {
  Context: Context;
  DefaultFieldNullability: true;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}

export const builder = new SchemaBuilder<PothosTypes>({
  plugins: [RelayPlugin, ValidationPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  validation: {
    validationError: (result) => badUserInput(result.issues),
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType(
  'Date',
  new GraphQLScalarType({
    ...LocalDateResolver.toConfig(),
    name: 'Date',
    description: 'A calendar date without time or zone, as yyyy-MM-dd (e.g. 2024-03-01).',
  }),
);
builder.addScalarType('JSON', JSONResolver);

builder.queryType({ description: 'Read the iauto360 connected-car data: catalog, terminals and their vehicles.' });
builder.mutationType({ description: 'Change terminals, vehicle profiles and trips, and send remote door commands.' });
