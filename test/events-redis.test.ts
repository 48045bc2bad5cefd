import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type RunningGateway, startGateway } from '../src/gateway.ts';
import { type RunningSimulator, startSimulator } from '../src/simulator/server.ts';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { graphql } from './gql/index.ts';
import { type RunningRedis, startRedis } from './helpers/redis.ts';
import { postGraphQL } from './helpers/stack.ts';
import { subscribe } from './helpers/subscriptions.ts';

const LiveIds = graphql(`
  subscription LiveIds($esns: [String!]) {
    vehicleEvents(esns: $esns) { id esn }
  }
`);

const LockOnce = graphql(`
  mutation LockOnce($esn: String!, $key: String!) {
    lockDoors(esn: $esn, idempotencyKey: $key) { id state }
  }
`);

const CommandOutcome = graphql(`
  query CommandOutcome($id: ID!) {
    doorCommand(id: $id) { state outcomeEvent { id } }
  }
`);

const EventsOfVehicle = graphql(`
  query EventsOfVehicle($esn: String!) {
    terminal(esn: $esn) { vehicle { events(first: 100) { edges { node { id } } } } }
  }
`);

let redis: RunningRedis;
let simulator: RunningSimulator;
let instanceA: RunningGateway;
let instanceB: RunningGateway;

async function instance(): Promise<RunningGateway> {
  const defaults = loadConfig({ PORT: '0', HOST: '127.0.0.1', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'test-deployment', LOG_LEVEL: 'warn' });
  return startGateway({
    config: defaults,
    upstream: { baseUrl: simulator.baseUrl, openId: simulator.openId, secureCode: simulator.secureCode },
  });
}

async function ask<TData, TVariables>(gateway: RunningGateway, document: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  return (await postGraphQL(gateway.url, document, variables)).result;
}

const webhookOf = (gateway: RunningGateway) => gateway.url.replace(/\/graphql$/, '/webhooks/iauto360');

beforeAll(async () => {
  redis = await startRedis();
  simulator = await startSimulator({ port: 0, eventDelayMs: 50 });
  instanceA = await instance();
  instanceB = await instance();
});
afterAll(async () => {
  await simulator?.close();
  await instanceA?.close();
  await instanceB?.close();
  await redis?.close();
});

describe('two gateway instances sharing one Redis', () => {
  it('delivers events posted to A to a subscriber on B, in order, none lost or doubled', async () => {
    const esn = '861276678890001';
    const subscription = subscribe('websocket', instanceB.url, LiveIds, { esns: [esn] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const posted: string[] = [];
    for (let post = 0; post < 100; post++) {
      const records = [0, 1, 2].map(() => ({ id: freshEventId(), esn, type: '定位', time: 1_700_000_000 }));
      posted.push(...records.map((record) => String(record.id)));
      const body = pushBody(records);
      expect((await postPush(webhookOf(post % 2 === 0 ? instanceA : instanceB), body)).status).toBe(200);
      // Every tenth POST is redelivered to the other instance.
      if (post % 10 === 0) expect((await postPush(webhookOf(post % 2 === 0 ? instanceB : instanceA), body)).json.stored).toBe(0);
    }
    try {
      await subscription.waitFor(posted.length);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(subscription.results.map((result) => result.data!.vehicleEvents.id)).toEqual(posted);
    } finally {
      await subscription.close();
    }
    const listed = await ask(instanceA, EventsOfVehicle, { esn });
    expect(listed.data!.terminal!.vehicle!.events!.edges.map((edge) => edge.node.id)).toEqual(posted.slice(-100).reverse());
  });

  it('sends 5001 once for an idempotency key used on A then on B, and settles the command on both', async () => {
    simulator.setWebhookUrl(webhookOf(instanceA));
    const terminal = simulator.world.boundTerminals().find((candidate) => candidate.inserted && !candidate.vehicle.condition.ignitionOn)!;
    simulator.resetStats();
    const onA = await ask(instanceA, LockOnce, { esn: terminal.esn, key: 'shared-key-1' });
    const onB = await ask(instanceB, LockOnce, { esn: terminal.esn, key: 'shared-key-1' });
    expect(onA.data!.lockDoors!.id).toBe(onB.data!.lockDoors!.id);
    expect(simulator.stats().calls).toEqual({ '5001': 1 });

    await simulator.settleEvents();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [fromA, fromB] = await Promise.all([
      ask(instanceA, CommandOutcome, { id: onA.data!.lockDoors!.id }),
      ask(instanceB, CommandOutcome, { id: onA.data!.lockDoors!.id }),
    ]);
    expect(fromA.data!.doorCommand!.state).toBe('SUCCEEDED');
    expect(fromB.data!.doorCommand).toEqual(fromA.data!.doorCommand);
    expect(fromB.data!.doorCommand!.outcomeEvent!.id).toBe(String(simulator.events().at(-1)!.record.id));
  });
});
