import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { bearer, writeApiKeys } from './helpers/api-keys.ts';
import { type RunningRedis, startRedis } from './helpers/redis.ts';
import { type Stack, postGraphQL, startStack } from './helpers/stack.ts';
import { subscribe } from './helpers/subscriptions.ts';

const Cheap = graphql(`
  query RateLimitedTypename { __typename }
`);
const Events = graphql(`
  subscription RateLimitedEvents { vehicleEvents { id } }
`);
const FleetBound = graphql(`
  query RateLimitedFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }
`);

/* Per-principal budgets per minute: requests, and upstream calls (the bill), shared across gateways through Redis. */

const { file, keys } = writeApiKeys({
  alice: { scopes: ['read'], esns: '*' },
  bob: { scopes: ['read'], esns: '*' },
  carol: { scopes: ['read'], esns: '*' },
});

async function post<TData, TVariables>(stack: Stack, key: string, document: TypedDocumentNode<TData, TVariables>, variables?: TVariables) {
  const { response, result } = await postGraphQL(stack.url, document, variables, bearer(key).headers);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: result };
}

describe('in memory', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { AUTH_API_KEYS_FILE: file, RATE_LIMIT_REQUESTS_PER_MINUTE: '3', RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '4' } });
  });
  afterAll(() => stack.close());

  it('refuses the request past the limit with 429 RATE_LIMITED and Retry-After, per principal', async () => {
    for (let request = 0; request < 3; request++) expect((await post(stack, keys.alice, Cheap)).status).toBe(200);
    const refused = await post(stack, keys.alice, Cheap);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', requestId: expect.stringMatching(/^[\w-]{36}$/) });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    // Another principal has its own budget.
    expect((await post(stack, keys.bob, Cheap)).status).toBe(200);
  });

  it('refuses an operation whose estimated calls exceed what remains of the minute, before any call', async () => {
    const esns = stack.simulator.world.boundTerminals().map((terminal) => terminal.esn);
    await stack.resetStats();
    const first = await post(stack, keys.bob, FleetBound, { esns: esns.slice(0, 3) });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data).toEqual({ terminals: [{ bound: true }, { bound: true }, { bound: true }] });
    expect((await stack.stats()).total).toBe(3);
    const refused = await post(stack, keys.bob, FleetBound, { esns: esns.slice(0, 2) });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await stack.stats()).total).toBe(3);
  });
});

describe('over WebSocket', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { AUTH_API_KEYS_FILE: file, RATE_LIMIT_REQUESTS_PER_MINUTE: '3' } });
  });
  afterAll(() => stack.close());

  it('counts each operation against the same per-minute budget as HTTP requests', async () => {
    const overSocket = async () => {
      const operation = subscribe('websocket', stack.url, Cheap, {}, bearer(keys.carol).headers.authorization);
      await operation.ended;
      return operation.results;
    };
    expect((await overSocket()).map((result) => result.data)).toEqual([{ __typename: 'Query' }]);
    expect((await overSocket()).map((result) => result.data)).toEqual([{ __typename: 'Query' }]);
    expect((await post(stack, keys.carol, Cheap)).status).toBe(200);
    // The fourth operation of the minute, over a socket: refused before execution.
    const [refused, ...rest] = await overSocket();
    expect(rest).toEqual([]);
    expect(refused?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused?.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((await post(stack, keys.carol, Cheap)).status).toBe(429);
  });
});

describe('open subscriptions', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { AUTH_API_KEYS_FILE: file, MAX_SUBSCRIPTIONS_PER_PRINCIPAL: '3' } });
  });
  afterAll(() => stack.close());

  it('refuses a principal one more subscription than MAX_SUBSCRIPTIONS_PER_PRINCIPAL, over every transport together, until one ends', async () => {
    const open = (transport: 'sse' | 'websocket', key: string) => subscribe(transport, stack.url, Events, {}, bearer(key).headers.authorization);
    const refusedResult = async (subscription: ReturnType<typeof open>) => {
      await subscription.ended;
      return subscription.results;
    };
    // Started at once: every one is counted when it starts, not when it first streams.
    const held = [open('websocket', keys.alice), open('sse', keys.alice), open('websocket', keys.alice), open('sse', keys.alice)];
    await expect.poll(() => held.filter((subscription) => subscription.results.length > 0).length).toBe(1);
    const [refused] = held.filter((subscription) => subscription.results.length > 0);
    expect(await refusedResult(refused!)).toEqual([
      {
        ...(refused === held[1] || refused === held[3] ? { data: null } : {}),
        errors: [
          expect.objectContaining({
            message: 'alice already has 3 subscriptions open (MAX_SUBSCRIPTIONS_PER_PRINCIPAL): end one before starting another.',
            extensions: expect.objectContaining({ code: 'RATE_LIMITED', limit: 'MAX_SUBSCRIPTIONS_PER_PRINCIPAL', max: 3 }),
          }),
        ],
      },
    ]);
    const live = held.filter((subscription) => subscription !== refused);
    // Another principal has its own count.
    const bobs = open('websocket', keys.bob);
    // One ended: room for one more, and no more.
    await live[0]!.close();
    const again = [open('sse', keys.alice), open('websocket', keys.alice)];
    await expect.poll(() => again.filter((subscription) => subscription.results.length > 0).length).toBe(1);
    expect(again.find((subscription) => subscription.results.length > 0)!.results[0]!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(bobs.results).toEqual([]);
    for (const subscription of [...live, ...again, bobs]) await subscription.close();
  });

  it('a subscription refused for its Accept (no stream asked) holds none of them', async () => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const response = await fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...bearer(keys.carol).headers },
        body: JSON.stringify({ query: 'subscription { vehicleEvents { id } }' }),
      });
      expect(response.status).toBe(406);
      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    }
    const held = [0, 1, 2].map(() => subscribe('sse', stack.url, Events, {}, bearer(keys.carol).headers.authorization));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(held.map((subscription) => subscription.results)).toEqual([[], [], []]);
    for (const subscription of held) await subscription.close();
  });
});

describe('shared through Redis', () => {
  let redis: RunningRedis;
  let gateways: Stack[];
  beforeAll(async () => {
    redis = await startRedis();
    const env = { AUTH_API_KEYS_FILE: file, RATE_LIMIT_REQUESTS_PER_MINUTE: '4', REDIS_URL: redis.url };
    gateways = [await startStack({ env }), await startStack({ env }), await startStack({ env: { ...env, REDIS_KEY_PREFIX: 'staging' } })];
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await redis.close();
  });

  it('two gateways count one principal together', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 5; request++) statuses.push((await post(gateways[request % 2]!, keys.alice, Cheap)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it('another deployment on the same Redis (its own REDIS_KEY_PREFIX) counts apart', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 5; request++) statuses.push((await post(gateways[0]!, keys.bob, Cheap)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect((await post(gateways[2]!, keys.bob, Cheap)).status).toBe(200);
    const client = new Redis(redis.url);
    try {
      expect(await client.exists('iauto-graph:requests:bob', 'staging:requests:bob')).toBe(2);
    } finally {
      client.disconnect();
    }
  });
});
