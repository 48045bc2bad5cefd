import {
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import type { ServiceNumber } from '../upstream/services.ts';
import { type Arguments, type FieldCost, fieldCosts } from './fields.ts';

/** Brands assumed before the catalog's brand list has been fetched once. */
export const ASSUMED_BRAND_COUNT = 200;

export interface CostEstimate {
  /** The most upstream calls the operation can make (without retries), catalog included. */
  calls: number;
  /** Of which catalog calls (4001/4002), at most one brand list and one tree per brand. */
  catalog: number;
}

/**
 * The most upstream calls an operation can make, from its document and coerced variables alone:
 * per field, the services it may call (see fields.ts) times the number of objects it resolves on,
 * which list arguments (`esns`, `first`) bound. Reads a field shares with its siblings on the same
 * object count once, as the loader sends them once; anything else the loader might dedupe is
 * counted in full, so the estimate is an upper bound. The catalog is bounded by its size: one
 * brand list and one tree per brand, whatever the query.
 */
export function estimateUpstreamCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  brandCount: number = ASSUMED_BRAND_COUNT,
): CostEstimate {
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) return { calls: 0, catalog: 0 };
  let calls = 0;
  let catalog = 0;

  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, multiplicity: number, edges: number, seen: ReadonlySet<string>) => {
    const reads = new Set<ServiceNumber>();
    const visit = (set: SelectionSetNode, type: GraphQLCompositeType, visited: ReadonlySet<string>) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
          if (condition && isCompositeType(condition)) visit(selection.selectionSet, condition, visited);
          continue;
        }
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || visited.has(fragment.name.value)) continue;
          const condition = schema.getType(fragment.typeCondition.name.value);
          if (condition && isCompositeType(condition)) visit(fragment.selectionSet, condition, new Set([...visited, fragment.name.value]));
          continue;
        }
        const name = selection.name.value;
        if (name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
        const field = type.getFields()[name];
        if (!field) continue;
        const cost: FieldCost | undefined = fieldCosts[`${type.name}.${name}`];
        let args: Arguments = {};
        try {
          args = getArgumentValues(field, selection, variables);
        } catch {
          // Invalid arguments fail validation before execution; the defaults bound the rest.
        }
        for (const service of cost?.reads ?? []) reads.add(service);
        if (cost?.calls) calls += times(multiplicity, cost.calls(args));
        const catalogKind = typeof cost?.catalog === 'function' ? cost.catalog(args) : cost?.catalog;
        if (catalogKind === 'brands' || catalogKind === 'tree') catalog += times(multiplicity, 1);
        if (catalogKind === 'all') catalog += times(multiplicity, 1 + brandCount);

        const childType = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(childType)) {
          const items = cost?.items ? cost.items(args, edges) : 1;
          walk(selection.selectionSet, childType, times(multiplicity, items), cost?.edges ? cost.edges(args) : edges, visited);
        }
      }
    };
    visit(selectionSet, parentType, seen);
    calls += times(multiplicity, reads.size);
  };

  walk(operation.selectionSet, root, 1, 0, new Set());
  const boundedCatalog = Math.min(catalog, 1 + brandCount);
  return { calls: Math.min(calls + boundedCatalog, Number.MAX_SAFE_INTEGER), catalog: boundedCatalog };
}

/** A product where "no objects" wins over "unbounded": 0 × ∞ = 0. */
function times(multiplicity: number, count: number): number {
  return multiplicity === 0 || count === 0 ? 0 : multiplicity * count;
}
