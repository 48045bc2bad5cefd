import { type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode, getOperationAST, getVariableValues } from 'graphql';
import { type Plugin, createGraphQLError, handleStreamOrSingleExecutionResult, isAsyncIterable } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { ErrorCode } from '../errors.ts';
import type { RateLimits } from '../limits/rate-limits.ts';
import { requestLogger } from '../logger.ts';
import type { UpstreamLoader } from '../upstream/loader.ts';
import { estimateUpstreamCost } from './estimate.ts';

export interface UpstreamCostOptions {
  /** Refuse operations whose estimate exceeds this (MAX_UPSTREAM_COST). */
  maxCost: number;
  /** Add `extensions.upstreamCost` to every result. */
  extension: boolean;
  /** The catalog's brand count when known (it bounds catalog calls). */
  brandCount: () => number | undefined;
  rateLimits: RateLimits;
}

/**
 * Runs after validation, before the first resolver:
 * 1. coerces the variables itself, so a wrongly typed variable is a BAD_USER_INPUT error naming
 *    it (graphql-js would report it as an error carrying the scalar's own exception, which the
 *    error masker cannot tell from a crash);
 * 2. estimates the operation's upstream calls and refuses it over MAX_UPSTREAM_COST
 *    (UPSTREAM_COST_LIMIT, no call made);
 * 3. reserves the estimate from the caller's upstream calls per minute (RATE_LIMITED, 429),
 *    giving back what the operation did not spend;
 * 4. reports `extensions.upstreamCost { estimated, calls, cached, byService }`.
 * A subscription gets 1 and 2 when it starts, its estimate being one event's; then 3 for each
 * event, through `Context.admitEvent` (an event past the budget keeps its own fields, and its
 * upstream ones fail RATE_LIMITED).
 */
export function useUpstreamCost(options: UpstreamCostOptions): Plugin<Context> {
  // An operation without variables always has the same estimate (for a given brand count), and
  // yoga's parse cache hands the same document for the same text: walk it once.
  const constantEstimates = new WeakMap<OperationDefinitionNode, { brandCount: number | undefined; calls: number }>();
  const estimate = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, brandCount: number | undefined) => {
    if (operation.variableDefinitions?.length) return estimateUpstreamCost(schema, document, operation, variables, brandCount).calls;
    const known = constantEstimates.get(operation);
    if (known && known.brandCount === brandCount) return known.calls;
    const calls = estimateUpstreamCost(schema, document, operation, variables, brandCount).calls;
    constantEstimates.set(operation, { brandCount, calls });
    return calls;
  };
  /** The variables coerced and the estimate, or the errors refusing the operation before it runs. */
  const assess = (args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null }) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return undefined;
    const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, { maxErrors: 10 });
    if (coerced.errors) return { errors: coerced.errors.map((error) => badVariable(error, operation.variableDefinitions ?? [])) };
    const estimated = estimate(args.schema, args.document, operation, coerced.coerced, options.brandCount());
    if (estimated <= options.maxCost) return { estimated };
    const overCost = createGraphQLError(
      `This operation could make up to ${estimated} upstream calls${operation.operation === 'subscription' ? ' per event' : ''}, more than the ${options.maxCost} allowed (MAX_UPSTREAM_COST). Ask for fewer vehicles, trips or fields.`,
      { extensions: { code: ErrorCode.UPSTREAM_COST_LIMIT, estimated, limit: options.maxCost } },
    );
    return { estimated, errors: [overCost] };
  };
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      // A subscription's estimate is per event: each event's fields run with a loader of their own
      // (Context.beginEvent), admitted here from the caller's upstream calls per minute.
      const assessed = assess(args);
      if (!assessed) return;
      if (assessed.errors) {
        setResultAndStopExecution({ errors: assessed.errors });
        return;
      }
      const { estimated } = assessed;
      if (estimated <= 0) return;
      const context = args.contextValue as Context;
      const principal = context.principal.name;
      let reserved = 0;
      /** Gives back what the event served by `spent` reserved and did not spend. */
      const settle = (spent: UpstreamLoader) => {
        const unspent = reserved - spent.calls;
        if (unspent > 0) void options.rateLimits.releaseUpstreamCalls(principal, unspent);
        reserved = 0;
      };
      context.admitEvent = async (previous) => {
        settle(previous);
        const decision = await options.rateLimits.reserveUpstreamCalls(principal, estimated).catch((error: Error) => {
          requestLogger(context.log, context.record).warn({ err: { message: error.message } }, 'rate limits unavailable; event let through');
          return { allowed: true } as const;
        });
        if (decision.allowed) {
          reserved = estimated;
          return undefined;
        }
        return createGraphQLError(
          `This event's fields could make up to ${estimated} upstream calls, more than remain of ${principal}'s upstream calls per minute; the subscription goes on, retry those fields in ${decision.retryAfterSeconds} s.`,
          { extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: decision.retryAfterSeconds } },
        );
      };
      // The last event's unspent calls, when the subscription ends (no next event gives them back).
      return { onSubscribeResult: () => ({ onEnd: () => settle(context.upstream) }) };
    },
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      const assessed = assess(args);
      if (!assessed) return;
      if (assessed.estimated === undefined) {
        setResultAndStopExecution({ errors: assessed.errors });
        return;
      }
      const { estimated } = assessed;
      const report = (result: ExecutionResult) => {
        if (!options.extension) return result;
        const { calls, cached, byService } = context.upstream.spending;
        return { ...result, extensions: { ...result.extensions, upstreamCost: { estimated, calls, cached, byService } } };
      };
      if (assessed.errors) {
        setResultAndStopExecution(report({ errors: assessed.errors }));
        return;
      }
      const principal = context.principal.name;
      const afterExecution: AfterExecution = {
        onExecuteDone(payload) {
          if (!isAsyncIterable(payload.result)) {
            // A single result: report once every call of the request has settled.
            const result = payload.result as ExecutionResult;
            const finish = () => {
              const unspent = estimated - context.upstream.calls;
              if (unspent > 0) void options.rateLimits.releaseUpstreamCalls(principal, unspent);
              payload.setResult(report(result));
            };
            // Without errors every resolver has finished: when nothing it started is unsettled, there is nothing to wait for.
            if (!result.errors?.length && context.upstream.idle) return finish();
            return context.upstream.settled().then(finish);
          }
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => setResult(report(result)));
        },
      };
      // An operation estimated at no upstream call reserves nothing: no wait for the rate limiter.
      if (estimated <= 0) return afterExecution;
      return options.rateLimits
        .reserveUpstreamCalls(principal, estimated)
        .catch((error: Error) => {
          requestLogger(context.log, context.record).warn({ err: { message: error.message } }, 'rate limits unavailable; operation let through');
          return { allowed: true } as const;
        })
        .then((decision) => {
          if (decision.allowed) return afterExecution;
          setResultAndStopExecution(
            report({
              errors: [
                createGraphQLError(
                  `This operation could make up to ${estimated} upstream calls, more than remain of ${principal}'s upstream calls per minute; retry in ${decision.retryAfterSeconds} s.`,
                  {
                    extensions: {
                      code: ErrorCode.RATE_LIMITED,
                      retryAfterSeconds: decision.retryAfterSeconds,
                      http: { status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds) } },
                    },
                  },
                ),
              ],
            }),
          );
          return undefined;
        });
    },
  };
}

/** What an onExecute hook hands back to follow the execution (here: its result). */
type AfterExecution = Exclude<Awaited<ReturnType<NonNullable<Plugin<Context>['onExecute']>>>, void>;

/**
 * A variable that cannot be coerced to its type: BAD_USER_INPUT naming the variable, and in `field`
 * the part of it that is wrong (`$input.insuranceDate`, `$esns.1`), written as argument refusals
 * write theirs, so a form can point at its own field. graphql-js says where only in its message
 * (`at "input.insuranceDate"`, `at "esns[1]"`).
 */
function badVariable(error: GraphQLError, definitions: ReadonlyArray<{ variable: { name: { value: string } }; loc?: unknown }>): GraphQLError {
  const node = error.nodes?.[0];
  const variable = definitions.find((definition) => definition === node)?.variable.name.value ?? /\$(\w+)/.exec(error.message)?.[1] ?? null;
  const where = / at "([^"]+)"/.exec(error.message)?.[1]?.replace(/\[(\d+)\]/g, '.$1');
  const field = variable === null ? null : where?.startsWith(`${variable}.`) ? `$${where}` : `$${variable}`;
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { code: ErrorCode.BAD_USER_INPUT, variable, field },
  });
}
