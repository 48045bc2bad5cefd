import type { CombinedError } from '@urql/core';

type GraphQLError = CombinedError['graphQLErrors'][number];

export interface FieldProblem {
  /** `extensions.code`, e.g. UPSTREAM_ERROR, FORBIDDEN. */
  code: string;
  message: string;
  /** Where it happened, below the item (e.g. vehicle.condition). */
  path: string;
}

/**
 * The errors of one list item: those whose path starts with [root, index]. A failed field is
 * null in the data and named here; the rest of the answer is shown as it is.
 */
export function problemsAt(error: CombinedError | undefined, root: string, index: number): FieldProblem[] {
  return (error?.graphQLErrors ?? [])
    .filter((item) => item.path?.[0] === root && item.path[1] === index)
    .map((item) => ({ code: codeOf(item), message: item.message, path: (item.path ?? []).slice(2).join('.') }));
}

/** Each error of an answer as `CODE: message`. */
export function describeErrors(error: CombinedError | undefined): string[] {
  return error?.graphQLErrors.map((item) => `${codeOf(item)}: ${item.message}`) ?? [];
}

/** Errors not tied to a list item: the request failed as a whole. */
export function requestProblem(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.networkError) return `The gateway could not be reached: ${error.networkError.message}`;
  const general = error.graphQLErrors.filter((item) => !item.path || item.path.length < 2);
  return general.length > 0 ? general.map((item) => `${codeOf(item)}: ${item.message}`).join('; ') : undefined;
}

/** True when the gateway asks for credentials (HTTP 401 / UNAUTHENTICATED). */
export function needsCredentials(error: CombinedError | undefined): boolean {
  if (!error) return false;
  const response = error.response as { status?: number } | undefined;
  return response?.status === 401 || error.graphQLErrors.some((item) => codeOf(item) === 'UNAUTHENTICATED');
}

function codeOf(error: GraphQLError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'ERROR';
}
