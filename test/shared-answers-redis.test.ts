import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type RunningGateway, startGateway } from '../src/gateway.ts';
import type { Catalog, CatalogBrand } from '../src/simulator/catalog.ts';
import { cacheKeyOf } from '../src/upstream/loader.ts';
import { graphql } from './gql/index.ts';
import { type RunningRedis, startRedis } from './helpers/redis.ts';
import { type Stack, capturedLogger, postGraphQL, startStack } from './helpers/stack.ts';

let redis: RunningRedis;
/** Instance A: the stack (simulator + gateway); instance B: a second gateway on the same simulator and Redis. */
let first: Stack;
let second: RunningGateway;

beforeAll(async () => {
  redis = await startRedis();
  first = await startStack({ env: { REDIS_URL: redis.url } });
  second = await startGateway({
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1', REDIS_URL: redis.url }),
    upstream: { baseUrl: first.simulator.baseUrl, openId: first.simulator.openId, secureCode: first.simulator.secureCode },
    logger: capturedLogger().logger,
  });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  await redis?.close();
});
beforeEach(async () => {
  await first.gateway.sharedAnswers!.clear();
  await first.resetStats();
});

async function askSecond<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables) {
  return (await postGraphQL(second.url, document, variables)).result;
}

const SharedBrands = graphql(`
  query SharedBrands {
    brands { id name }
  }
`);

const SharedTrips = graphql(`
  query SharedTrips($esn: String!) {
    terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }
  }
`);

const SharedDeleteTrip = graphql(`
  mutation SharedDeleteTrip($esn: String!, $id: ID!) {
    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }
  }
`);
const busyEsn = () => first.simulator.world.boundTerminals().filter((terminal) => terminal.vehicle.trips.length > 20)[0]!.esn;

describe('with REDIS_URL, two instances share answers', () => {
  it('the catalog one instance fetched is read by the other without an upstream call', async () => {
    const brandsOnFirst = await first.graphql(SharedBrands);
    expect((await first.stats()).calls).toEqual({ '4001': 1 });
    await first.resetStats();
    const brandsOnSecond = await askSecond(SharedBrands);
    expect(brandsOnSecond.data).toEqual(brandsOnFirst.data);
    expect((await first.stats()).total).toBe(0);
  });

  it('tells how long a shared answer stays fresh (what the catalog index keeps an answer it read for)', async () => {
    const answers = first.gateway.sharedAnswers!;
    const key = cacheKeyOf(4002, { brandId: 999_998 });
    await answers.set(key, { records: [] }, 5_000);
    const remaining = await answers.remainingTtl!(key);
    expect(remaining).toBeGreaterThan(4_000);
    expect(remaining).toBeLessThanOrEqual(5_000);
    expect(await answers.remainingTtl!(cacheKeyOf(4002, { brandId: 999_999 }))).toBeUndefined();
  });

  it("finished trips' tracks and evaluations fetched by one are not fetched again by the other", async () => {
    const esn = busyEsn();
    const onFirst = await first.graphql(SharedTrips, { esn });
    expect((await first.stats()).calls).toEqual({ '1012': 1, '1013': 3, '1016': 3 });
    await first.resetStats();
    const onSecond = await askSecond(SharedTrips, { esn });
    expect(onSecond.data).toEqual(onFirst.data);
    expect((await first.stats()).calls).toEqual({ '1012': 1 });
    // The second instance's answer says where its calls went: 1 sent, the 6 others from Redis.
    expect(onSecond.extensions?.upstreamCost).toMatchObject({ calls: 1, cached: 6 });
  });

  it('a trip deleted through one instance is gone from what the other shares', async () => {
    const esn = busyEsn();
    const trips = await askSecond(SharedTrips, { esn });
    const deleted = trips.data!.terminal!.vehicle!.trips!.edges[0]!.node!.id;
    const trackKey = cacheKeyOf(1013, { esn, recordId: deleted });
    expect(await second.sharedAnswers!.get(trackKey)).toMatchObject({ coords: expect.any(Array) });

    const deletion = await first.graphql(SharedDeleteTrip, { esn, id: deleted });
    expect(deletion.errors).toBeUndefined();
    expect(await second.sharedAnswers!.get(trackKey)).toBeUndefined();
    expect(await second.sharedAnswers!.get(cacheKeyOf(1016, { esn, recordId: deleted }))).toBeUndefined();
    const after = await askSecond(SharedTrips, { esn });
    expect(after.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node!.id)).not.toContain(deleted);
  });

  it('/ready includes the Redis connection', async () => {
    const report = (await (await fetch(new URL('/ready', second.url))).json()) as { checks: Record<string, string> };
    expect(report.checks.redis).toBe('ok');
  });
});

describe('SHARED_CACHE_TTL_SECONDS', () => {
  it('drops a shared answer from Redis after its TTL, so the next read asks upstream again', async () => {
    const shortLived = await startGateway({
      config: loadConfig({ PORT: '0', HOST: '127.0.0.1', REDIS_URL: redis.url, SHARED_CACHE_TTL_SECONDS: '1' }),
      upstream: { baseUrl: first.simulator.baseUrl, openId: first.simulator.openId, secureCode: first.simulator.secureCode },
      logger: capturedLogger().logger,
    });
    try {
      const esn = busyEsn();
      const ask = () => postGraphQL(shortLived.url, SharedTrips, { esn });
      await ask();
      await first.resetStats();
      await ask();
      expect((await first.stats()).calls).toEqual({ '1012': 1 });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await first.resetStats();
      await ask();
      expect((await first.stats()).calls).toEqual({ '1012': 1, '1013': 3, '1016': 3 });
    } finally {
      await shortLived.close();
    }
  });

  it('does not share a brand list with a malformed record (JSON cannot bring that part back): each instance reads its own and shows it alike', async () => {
    const world = first.simulator.world as { catalog: Catalog };
    const original = world.catalog;
    const brokenIndex = 1;
    world.catalog = { ...original, brands: original.brands.map((brand, index) => (index === brokenIndex ? ({ ...brand, name: 42 } as unknown as CatalogBrand) : brand)) };
    // Two instances whose catalog index is still empty.
    const instance = () =>
      startGateway({
        config: loadConfig({ PORT: '0', HOST: '127.0.0.1', REDIS_URL: redis.url }),
        upstream: { baseUrl: first.simulator.baseUrl, openId: first.simulator.openId, secureCode: first.simulator.secureCode },
        logger: capturedLogger().logger,
      });
    const [one, two] = await Promise.all([instance(), instance()]);
    try {
      const answers = [];
      for (const gateway of [one, two]) {
        await first.resetStats();
        answers.push((await postGraphQL(gateway.url, SharedBrands)).result);
        expect((await first.stats()).calls).toEqual({ '4001': 1 });
      }
      for (const answer of answers) {
        expect(answer.data!.brands!.map((brand) => brand === null)).toEqual(original.brands.map((_, index) => index === brokenIndex));
        expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['brands', brokenIndex], 'UPSTREAM_BAD_RESPONSE']]);
      }
      expect(answers[1]!.data).toEqual(answers[0]!.data);
    } finally {
      world.catalog = original;
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('refuses to start naming REDIS_URL when Redis cannot be reached', async () => {
    await expect(
      startGateway({
        config: loadConfig({ PORT: '0', HOST: '127.0.0.1', REDIS_URL: 'redis://127.0.0.1:9' }),
        upstream: { baseUrl: first.simulator.baseUrl, openId: first.simulator.openId, secureCode: first.simulator.secureCode },
        logger: capturedLogger().logger,
      }),
    ).rejects.toThrow(/^REDIS_URL: cannot connect to Redis/);
  });
});
