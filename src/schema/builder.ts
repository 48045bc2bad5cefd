import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
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
  // Directives carry the federation @key; the federation plugin comes last so it sees the other plugins' resolvers.
  plugins: [DirectivePlugin, RelayPlugin, ValidationPlugin, FederationPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // node(id:)/nodes(ids:) are defined in node.ts, so that each id is resolved (and may fail) alone.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodeTypeOptions: {
      description: 'An object with a global id (Relay object identification): pass its `id` to `node(id:)` to refetch it alone.',
    },
    idFieldOptions: { description: 'The opaque, stable global id of this object.' },
    pageInfoTypeOptions: { description: 'Where a page sits in a paged list (Relay cursor connections).' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items come before this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page: pass it as `after` to get the next page.' },
    cursorFieldOptions: { description: 'An opaque position in the list; pass it as `after` to continue after this item.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
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
