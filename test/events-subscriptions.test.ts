import { describe, expect, it } from 'vitest';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { graphql } from './gql/index.ts';
import { type Transport, subscribe } from './helpers/subscriptions.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack({ wireWebhook: false });

const VehicleEventsFeed = graphql(`
  subscription VehicleEventsFeed($esns: [String!], $types: [VehicleEventType!], $since: String) {
    vehicleEvents(esns: $esns, types: $types, since: $since) {
      __typename
      id
      esn
      type
      ... on VibrationEvent { level }
    }
  }
`);

const EventsWithOdometer = graphql(`
  subscription EventsWithOdometer($esns: [String!]) {
    vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } }
  }
`);

let esnCounter = 200;
const freshEsn = () => `8612766788${String(esnCounter++).padStart(5, '0')}`;

/** Posts `count` events of `esn` in POSTs of `perPost` records; returns their ids in order. */
async function postEvents(esn: string, count: number, perPost: number, type = '定位'): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset < count; offset += perPost) {
    const records = Array.from({ length: Math.min(perPost, count - offset) }, () => ({ id: freshEventId(), esn, type, time: 1_700_000_000 }));
    const reply = await postPush(stack.webhookUrl, pushBody(records));
    expect(reply.status).toBe(200);
    ids.push(...records.map((record) => String(record.id)));
  }
  return ids;
}

describe.each<Transport>(['sse', 'websocket'])('Subscription.vehicleEvents over %s', (transport) => {
  it('replays the stored events after `since`, then streams live ones, with no gap and no duplicate at the seam', async () => {
    const esn = freshEsn();
    const stored = await postEvents(esn, 1_200, 100);
    const since = stored[99]!;
    const subscription = subscribe(transport, stack.url, VehicleEventsFeed, { esns: [esn], since });
    // Live events arrive while the 1,100 stored ones are being replayed.
    const live = await postEvents(esn, 300, 10);
    try {
      await subscription.waitFor(1_100 + 300);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const received = subscription.results.map((result) => result.data!.vehicleEvents.id);
      expect(received).toEqual([...stored.slice(100), ...live]);
      expect(subscription.results.every((result) => result.errors === undefined)).toBe(true);
    } finally {
      await subscription.close();
    }
  });

  it("gives an event's failed field its own null and a coded error carrying the request id", async () => {
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    stack.simulator.setFaults({ errorRate: 1, services: [1011] });
    const subscription = subscribe(transport, stack.url, EventsWithOdometer, { esns: [esn] });
    try {
      // Pushed until the subscription has one (it may start after the first push).
      const deadline = Date.now() + 10_000;
      while (subscription.results.length === 0 && Date.now() < deadline) {
        await postPush(stack.webhookUrl, pushBody([{ id: freshEventId(), esn, type: '定位', time: 1_700_000_000 }]));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await subscription.waitFor(1);
      const [event] = subscription.results;
      expect(event!.data!.vehicleEvents.vehicle).toEqual({ condition: null });
      expect(event!.errors).toHaveLength(1);
      expect(event!.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', requestId: expect.stringMatching(/^[\w.:@-]{1,128}$/) });
    } finally {
      stack.simulator.setFaults({ errorRate: 0, services: null });
      await subscription.close();
    }
  });

  it('filters by terminal and type, replays from a time, and refuses an unknown event id', async () => {
    const [mine, other] = [freshEsn(), freshEsn()];
    await postEvents(mine, 3, 3);
    const from = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const vibration = { id: freshEventId(), esn: mine, type: '震动', time: 1_700_000_000, attrs: { level: 3 } };
    await postPush(stack.webhookUrl, pushBody([vibration, { id: freshEventId(), esn: other, type: '震动', time: 1_700_000_000 }]));
    const subscription = subscribe(transport, stack.url, VehicleEventsFeed, { esns: [mine], types: ['VIBRATION'], since: from });
    try {
      await subscription.waitFor(1);
      const liveVibration = { id: freshEventId(), esn: mine, type: '震动', time: 1_700_000_001, attrs: { level: 1 } };
      await postPush(stack.webhookUrl, pushBody([{ id: freshEventId(), esn: mine, type: '定位', time: 1 }, liveVibration]));
      await subscription.waitFor(2);
      expect(subscription.results.map((result) => result.data!.vehicleEvents)).toEqual([
        { __typename: 'VibrationEvent', id: String(vibration.id), esn: mine, type: 'VIBRATION', level: 3 },
        { __typename: 'VibrationEvent', id: String(liveVibration.id), esn: mine, type: 'VIBRATION', level: 1 },
      ]);
    } finally {
      await subscription.close();
    }

    const unknown = subscribe(transport, stack.url, VehicleEventsFeed, { esns: [mine], since: '999999999999' });
    await unknown.ended.catch(() => undefined);
    const failure = unknown.results[0]?.errors?.[0];
    expect(failure?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(failure?.message).toMatch(/since/);
    await unknown.close();
  });
});
