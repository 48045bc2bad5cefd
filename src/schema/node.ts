import { type ObjectRef, brandWithType } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import { type PothosTypes, builder } from './builder.ts';
import { idListSizeRule } from './validation.ts';

type SchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<PothosTypes>;

/** How a node type turns its objects into the text inside their global id, and that text back into an object. */
export interface NodeDefinition<Shape> {
  /** What the `id` field says about this type's ids. */
  description: string;
  /** The text inside the global id: everything needed to load the object again, alone. */
  key: (value: Shape) => string;
  /**
   * The object a key stands for, or null when it no longer exists (NOT_FOUND). Throws a coded
   * error when the key is malformed or refused; `argument` names the argument for that error.
   */
  load: (key: string, argument: string, context: Context) => Promise<Shape | null>;
}

const loaders = new Map<string, NodeDefinition<unknown>['load']>();

/**
 * Makes an object type a Relay `Node`: an `id` field with an opaque global id (base64 of
 * `Type:key`), and a loader so that `node(id:)`/`nodes(ids:)` refetch it alone.
 */
export function defineNode<Shape>(ref: ObjectRef<SchemaTypes, Shape>, definition: NodeDefinition<Shape>): void {
  builder.nodeRef(ref, { id: { description: definition.description, resolve: (value) => definition.key(value as Shape) } });
  loaders.set(ref.name, definition.load as NodeDefinition<unknown>['load']);
}

/** One global id to its object, branded with its type for the Node interface; a refused id fails alone. */
async function loadNode(globalId: string | number, argument: string, context: Context): Promise<unknown> {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    decoded = undefined;
  }
  const load = decoded && loaders.get(decoded.typename);
  if (!decoded || !load) throw badUserInput([{ message: 'not an id given by this API (take it from an `id` field)', path: [argument] }]);
  const value = await load(decoded.id, argument, context);
  if (value === null) throw notFound(`No ${decoded.typename} with id ${String(globalId)}: it no longer exists.`);
  brandWithType(value, decoded.typename as never);
  return value;
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    description:
      'Any object with a global id (Relay object identification), refetched alone. Null with NOT_FOUND when it no longer exists (e.g. a deleted trip), BAD_USER_INPUT when the id is not one of ours.',
    args: { id: t.arg.id({ required: true, description: 'A global id from an `id` field.' }) },
    resolve: (_root, args, context) => loadNode(args.id, 'id', context) as never,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      'Several objects by global id, in the order asked; each id stands alone: one that is refused or no longer exists gives null at its index with its coded error. Upstream calls are shared across the list.',
    args: {
      ids: t.arg.idList({
        required: true,
        description: 'Global ids from `id` fields, 1 to 100.',
        validate: idListSizeRule,
      }),
    },
    resolve: (_root, args, context) => args.ids.map((id, index) => loadNode(id, `ids.${index}`, context)) as never,
  }),
}));
