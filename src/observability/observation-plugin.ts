import { type DocumentNode, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { requestScope } from './request-record.ts';

/**
 * Fills the request's record for its access line (operation, principal, error codes) and
 * puts the request id in `extensions.requestId` of every error, so a client can quote it.
 */
export function useRequestObservation(): Plugin {
  return {
    onParams() {
      const record = requestScope.getStore();
      if (record) record.graphql = true;
    },
    onExecute: ({ args }) => recordOperation(args),
    onSubscribe: ({ args }) => {
      recordOperation(args);
      return {
        onSubscribeResult: ({ result }) => {
          // The stream started (over any transport); its events are not summarised in the access line.
          const record = requestScope.getStore();
          if (record && Symbol.asyncIterator in result) record.hasData = true;
        },
      };
    },
    onResultProcess({ result, setResult }) {
      const record = requestScope.getStore();
      if (!record || Symbol.asyncIterator in result) return;
      const stamp = (single: ExecutionResult): ExecutionResult => {
        if (single.data) record.hasData = true;
        if (!single.errors?.length) return single;
        const errors = single.errors.map((error) => {
          const code = error.extensions?.code;
          record.recordErrorCode(typeof code === 'string' ? code : 'UNKNOWN');
          const extensions = { ...error.extensions, requestId: record.id };
          return error instanceof GraphQLError
            ? new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions })
            : { ...(error as object), extensions };
        });
        return { ...single, errors: errors as GraphQLError[] };
      };
      setResult(Array.isArray(result) ? result.map(stamp) : stamp(result));
    },
  };
}

/** The operation of the request being served (a subscription too), for its access line. */
function recordOperation(args: { document: DocumentNode; operationName?: string | null; contextValue: unknown }): void {
  const record = requestScope.getStore();
  if (!record) return;
  // graphql-sse (/graphql/stream) runs operations without yoga's params phase.
  record.graphql = true;
  const operation = getOperationAST(args.document, args.operationName);
  record.operationName = args.operationName ?? operation?.name?.value;
  record.operationType = operation?.operation;
  record.principal = (args.contextValue as Partial<Context>).principal?.name;
}
