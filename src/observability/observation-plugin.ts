import { type DocumentNode, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { withExtensions } from '../errors.ts';
import { type RequestRecord, recordOf } from './request-record.ts';
import { claimErrorLine } from './unexpected-errors.ts';

/**
 * Fills the request's record for its access line (operation, principal, error codes) and
 * puts the request id in `extensions.requestId` of every error, so a client can quote it.
 */
export function useRequestObservation(): Plugin {
  return {
    onParams({ context }) {
      const record = recordOf(context);
      if (record) record.graphql = true;
    },
    onExecute: ({ args }) => recordOperation(args),
    onSubscribe: ({ args }) => {
      recordOperation(args);
      const record = recordOf(args.contextValue as object);
      return {
        onSubscribeResult: ({ result }) => {
          if (!record || !(Symbol.asyncIterator in result)) return;
          // The stream started (over any transport); its events are not summarised in the access line, but
          // their errors carry the request id (the error masker, which runs after this, keeps it).
          record.hasData = true;
          return { onNext: ({ result: event, setResult }) => setResult(withRequestId(record.id, event)) };
        },
      };
    },
    onResultProcess({ result, setResult, serverContext }) {
      const record = recordOf(serverContext);
      if (!record || Symbol.asyncIterator in result) return;
      setResult(Array.isArray(result) ? result.map((single) => stamped(record, single)) : stamped(record, result));
    },
  };
}

/** A result whose errors carry the request id, each counted by code in the record; notes that it had data. */
function stamped(record: RequestRecord, result: ExecutionResult): ExecutionResult {
  if (result.data) record.hasData = true;
  return result.errors?.length ? { ...result, errors: stampedErrors(record, result.errors) } : result;
}

/**
 * The errors of an operation's answer, each carrying its request id and counted by code in its
 * record (for the access line). Errors that carry the id already (a subscription's events, stamped
 * as they pass: see withRequestId) are not counted: events are not summarised in the access line.
 */
export function stampedErrors(record: RequestRecord, errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => {
    claimErrorLine(record, error);
    if (error.extensions?.requestId === record.id) return error;
    const code = error.extensions?.code;
    record.recordErrorCode(typeof code === 'string' ? code : 'UNKNOWN');
    return withId(record.id, error);
  });
}

function withRequestId(requestId: string, result: ExecutionResult): ExecutionResult {
  return result.errors?.length ? { ...result, errors: result.errors.map((error) => withId(requestId, error)) } : result;
}

function withId(requestId: string, error: GraphQLError): GraphQLError {
  const extensions = { ...error.extensions, requestId };
  return error instanceof GraphQLError ? withExtensions(error, extensions) : ({ ...(error as object), extensions } as unknown as GraphQLError);
}

/** The operation of the request being served (a subscription too), for its access line. */
function recordOperation(args: { document: DocumentNode; operationName?: string | null; contextValue: unknown }): void {
  const record = recordOf(args.contextValue as object);
  if (!record) return;
  // graphql-sse (/graphql/stream) runs operations without yoga's params phase.
  record.graphql = true;
  const operation = getOperationAST(args.document, args.operationName);
  record.operationName = args.operationName ?? operation?.name?.value;
  record.operationType = operation?.operation;
  record.principal = (args.contextValue as Partial<Context>).principal?.name;
}
