import type { ErrorCode } from '../errors.ts';
import type { RequestRecord } from '../observability/request-record.ts';

/**
 * A GraphQL-shaped error answer for a request refused before GraphQL runs (no parse, no upstream
 * call), carrying the request's id like every other error, its code counted in the request's record.
 */
export function refusal(
  record: RequestRecord | undefined,
  status: number,
  code: ErrorCode | 'INTERNAL_SERVER_ERROR',
  message: string,
  headers: Record<string, string> = {},
): Response {
  // Counted for the access line, as the errors of an answer are.
  record?.recordErrorCode(code);
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code, ...requestIdExtension(record) } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** `{ requestId }` of the request `record` keeps, for an error's extensions; empty without one. */
export function requestIdExtension(record: RequestRecord | undefined): { requestId?: string } {
  return record ? { requestId: record.id } : {};
}
