import { CombinedError, type Exchange, mapExchange, type OperationResult } from '@urql/core';

type FieldError = CombinedError['graphQLErrors'][number];

interface Kept {
  errors: FieldError[];
  response: unknown;
}

/** Queries whose errors are remembered at most (the oldest is forgotten first). */
const KEPT_QUERIES = 200;

/**
 * Keeps a query's field errors across the cache's re-reads of it.
 *
 * The normalized cache answers a query again from its store whenever another answer updates an
 * entity the query reads (the fleet list reloads, a vehicle's trips arrive) and when a view asks
 * for it again, and such a re-read carries data but no errors: a field that failed is still
 * null, but the reason is gone, so a page would show a failure and then silently drop it. This
 * exchange, placed before the cache, remembers the field errors of each query's last answer from
 * the network and gives a re-read back those whose field is still null (or absent) in the re-read
 * data (or inside a paginated connection's edges, where an index cannot be followed); an error
 * whose field another answer has since filled is dropped, and the query's next network answer
 * replaces them all.
 *
 * A result comes from the cache when graphcache marks it `cacheOutcome: 'hit' | 'partial'`;
 * network answers carry `'miss'` or no outcome.
 */
export function keptErrorsExchange(): Exchange {
  const kept = new Map<number, Kept>();
  return mapExchange({
    onResult: (result) => (result.operation.kind === 'query' ? withKeptErrors(result, kept) : result),
  });
}

function withKeptErrors(result: OperationResult, kept: Map<number, Kept>): OperationResult {
  const { key } = result.operation;
  const outcome = result.operation.context.meta?.cacheOutcome;
  if (outcome !== 'hit' && outcome !== 'partial') {
    kept.delete(key);
    const errors = result.error?.graphQLErrors.filter((error) => error.path !== undefined && error.path.length > 0) ?? [];
    if (errors.length > 0) kept.set(key, { errors, response: result.error?.response });
    if (kept.size > KEPT_QUERIES) kept.delete(kept.keys().next().value!);
    return result;
  }
  const last = kept.get(key);
  if (!last || result.error) return result;
  const stillFailed = last.errors.filter((error) => isMissing(result.data, error.path!));
  if (stillFailed.length === 0) return result;
  return { ...result, error: new CombinedError({ graphQLErrors: stillFailed, response: last.response }) };
}

/**
 * True when the field at `path` may still be the one that failed: it is null or absent in `data`,
 * or the path goes through a connection's `edges`, whose indexes no longer name the same edges
 * once the cache's pagination has merged pages and left out the edges whose node failed.
 */
function isMissing(data: unknown, path: ReadonlyArray<string | number>): boolean {
  let value = data;
  for (const [index, part] of path.entries()) {
    if (value === null || typeof value !== 'object') return true;
    if (typeof part === 'number' && path[index - 1] === 'edges') return true;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value === null || value === undefined;
}
