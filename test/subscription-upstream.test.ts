import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { type Transport, subscribe } from './helpers/subscriptions.ts';
import { type Stack } from './helpers/stack.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * A subscription is one request for its whole life, but its events are read at different times:
 * each event's upstream fields are read afresh (not from the first event's answers), each event
 * is bounded like a request (MAX_UPSTREAM_COST per event, refused before it starts; the caller's
 * upstream calls per minute, event by event), and a wrongly typed variable names itself.
 */

const EventsWithOdometer = graphql(`
  subscription EventsWithOdometer($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } } }
`);
const EventsWithLatestTrack = graphql(`
  subscription EventsWithLatestTrack($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }
`);
const OdometerNow = graphql(`
  query OdometerNow($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }
`);
const EventsWithTripDetail = graphql(`
  subscription EventsWithTripDetail {
    vehicleEvents { id vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }
  }
`);

/** Pushes one event of `esn` through the signed webhook and gives its id. */
async function pushEvent(stack: Stack, esn: string): Promise<string> {
  const record = { id: freshEventId(), esn, type: '震动', time: Math.floor(Date.now() / 1000) };
  expect((await postPush(stack.webhookUrl, pushBody([record]))).status).toBe(200);
  return String(record.id);
}

describe('the upstream fields of subscription events', () => {
  const stack = useStack({ env: { MAX_UPSTREAM_COST: '100' } });

  it.each(['sse', 'websocket'] as Transport[])('are read afresh for each event over %s, not answered from an earlier one', async (transport) => {
    const terminal = stack.simulator.world.boundTerminals()[0]!;
    const feed = subscribe(transport, stack.url, EventsWithOdometer, { esns: [terminal.esn] });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await stack.resetStats();
      const odometers: number[] = [];
      for (const odometerKm of [12_345.6, 12_399.1]) {
        // The car drove on between the two events.
        terminal.vehicle.condition.odometerKm = odometerKm;
        odometers.push(odometerKm);
        await pushEvent(stack, terminal.esn);
        await feed.waitFor(odometers.length, 10_000);
      }
      expect(feed.results.map((result) => result.data?.vehicleEvents.vehicle.condition?.odometerKm)).toEqual(odometers);
      expect((await stack.stats()).calls).toEqual({ '1011': 2 });
    } finally {
      await feed.close();
    }
  });

  it('are refused before the subscription starts when one event could cost more than MAX_UPSTREAM_COST, naming it per event', async () => {
    await stack.resetStats();
    const feed = subscribe('sse', stack.url, EventsWithTripDetail, {});
    try {
      await feed.ended;
      expect(feed.results).toHaveLength(1);
      expect(feed.results[0]!.errors?.[0]).toMatchObject({
        message: 'This operation could make up to 210 upstream calls per event, more than the 100 allowed (MAX_UPSTREAM_COST). Ask for fewer vehicles, trips or fields.',
        extensions: { code: 'UPSTREAM_COST_LIMIT', estimated: 210, limit: 100 },
      });
      expect((await stack.stats()).total).toBe(0);
    } finally {
      await feed.close();
    }
  });

  it('name a variable of the wrong type, as a query does', async () => {
    const feed = subscribe('websocket', stack.url, EventsWithOdometer, { esns: 7 as unknown as string[] });
    try {
      await feed.ended;
      expect(feed.results[0]!.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 'esns', field: '$esns' });
    } finally {
      await feed.close();
    }
  });
});

describe("a subscription's events and the caller's upstream calls per minute", () => {
  const stack = useStack({ env: { RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '2' } });

  it('admits each event as a request would be, and over the budget leaves out only that event’s upstream fields, with RATE_LIMITED', async () => {
    const terminal = stack.simulator.world.boundTerminals()[1]!;
    const feed = subscribe('sse', stack.url, EventsWithOdometer, { esns: [terminal.esn] });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await stack.resetStats();
      const ids = [];
      for (let event = 1; event <= 3; event++) {
        ids.push(await pushEvent(stack, terminal.esn));
        await feed.waitFor(event, 10_000);
      }
      // Each event is estimated at one call (1011): the budget of 2 a minute admits two of them.
      expect(feed.results.map((result) => result.data?.vehicleEvents.id)).toEqual(ids);
      expect(feed.results.slice(0, 2).map((result) => result.errors)).toEqual([undefined, undefined]);
      expect(feed.results[2]!.data?.vehicleEvents.vehicle.condition).toBeNull();
      expect(feed.results[2]!.errors?.[0]).toMatchObject({ path: ['vehicleEvents', 'vehicle', 'condition'], extensions: { code: 'RATE_LIMITED' } });
      expect((await stack.stats()).calls).toEqual({ '1011': 2 });
    } finally {
      await feed.close();
    }
  });
});

describe('a subscription that ends', () => {
  const stack = useStack({ env: { RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '2' } });

  it("gives back what its last event reserved and did not spend, so the caller's next request is not refused for it", async () => {
    // A vehicle without trips: an event's estimate is 2 (the trip page, then a track), it spends 1.
    const terminal = stack.simulator.world.boundTerminals().find((candidate) => candidate.vehicle.trips.length === 0)!;
    const feed = subscribe('sse', stack.url, EventsWithLatestTrack, { esns: [terminal.esn] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stack.resetStats();
    await pushEvent(stack, terminal.esn);
    await feed.waitFor(1, 10_000);
    expect(feed.results[0]!.data?.vehicleEvents.vehicle.trips?.edges).toEqual([]);
    expect((await stack.stats()).calls).toEqual({ '1012': 1 });
    await feed.close();
    await new Promise((resolve) => setTimeout(resolve, 200));

    // Of the 2 calls a minute, the event spent 1: one remains for this request (estimated at 1).
    const answer = await stack.graphql(OdometerNow, { esn: terminal.esn });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.terminal?.vehicle?.condition?.odometerKm).toBeCloseTo(terminal.vehicle.condition.odometerKm, 1);
  });
});
