import type { ErrorCode } from '../errors.ts';
import { requestScope } from '../observability/request-record.ts';

/**
 * A GraphQL-shaped error answer for a request refused before GraphQL runs (no parse, no upstream
 * call), carrying the request's id like every other error, its code counted in the request's record.
 */
export function refusal(status: number, code: ErrorCode | 'INTERNAL_SERVER_ERROR', message: string, headers: Record<string, string> = {}): Response {
  // Counted for the access line, as the errors of an answer are.
  requestScope.getStore()?.recordErrorCode(code);
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code, ...requestIdExtension() } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** `{ requestId }` of the request being served, for an error's extensions; empty outside one. */
export function requestIdExtension(): { requestId?: string } {
  const record = requestScope.getStore();
  return record ? { requestId: record.id } : {};
}
