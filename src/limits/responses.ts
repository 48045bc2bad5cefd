import type { ErrorCode } from '../errors.ts';

/** A GraphQL-shaped error answer for a request refused before GraphQL runs (no parse, no upstream call). */
export function refusal(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
