import { type GraphQLSchema, GraphQLUnionType } from 'graphql';
import { badUserInput } from '../errors.ts';

/**
 * `_entities` as @apollo/subgraph serves it fails as a whole, with an internal error (masked, and
 * logged with its stack), for a representation that is not an object naming one of the `_Entity`
 * types: one without `__typename`, or with a type that is not an entity (`Query`, `__proto__`).
 * Such a representation is a client's mistake: it is refused alone (null at its index,
 * BAD_USER_INPUT naming it) before the resolver sees it, and the other representations resolve.
 */
export function withCheckedRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !(union instanceof GraphQLUnionType)) return schema;
  const entityTypes = union.getTypes().map((type) => type.name);
  const resolve = field.resolve;
  field.resolve = async (source, args: { representations: unknown[] }, context, info) => {
    const refusals = args.representations.map((representation, index) => {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      if (typeof representation === 'object' && typeof typename === 'string' && entityTypes.includes(typename)) return undefined;
      return badUserInput([{ path: [`representations.${index}`], message: `not a representation of ${entityTypes.join(' or ')} (an object with its "__typename" and key fields)` }]);
    });
    if (refusals.every((refusal) => refusal === undefined)) return resolve(source, args, context, info);
    const accepted = args.representations.filter((_representation, index) => refusals[index] === undefined);
    const resolved = (await resolve(source, { ...args, representations: accepted }, context, info)) as unknown[];
    let next = 0;
    return refusals.map((refusal) => refusal ?? resolved[next++]);
  };
  return schema;
}
