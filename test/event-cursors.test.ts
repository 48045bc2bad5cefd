import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { graphql } from './gql/index.ts';
import { type RunningRedis, startRedis } from './helpers/redis.ts';
import { type Stack, startStack } from './helpers/stack.ts';

/*
 * A vehicle's event list pages with cursors only the gateway issues, sealed for that vehicle, in
 * either event store: a cursor of another vehicle's list, of the trip list, or made up is refused
 * at `after` (BAD_USER_INPUT), never read as a position, and the rest of the answer keeps its data.
 */

const EventPage = graphql(`
  query EventPage($esn: String!, $first: Int, $after: String) {
    terminal(esn: $esn) {
      esn
      vehicle {
        events(first: $first, after: $after) {
          edges { cursor node { id } }
          pageInfo { endCursor hasNextPage }
        }
      }
    }
  }
`);

const TripCursor = graphql(`
  query TripCursor($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { pageInfo { endCursor } } } } }
`);

for (const store of ['SQLite', 'Redis'] as const) {
  describe(`event cursors (${store} store)`, () => {
    let redis: RunningRedis | undefined;
    let stack: Stack;
    let esn: string;
    let other: string;
    const ids: Record<string, string[]> = {};

    beforeAll(async () => {
      if (store === 'Redis') redis = await startRedis();
      stack = await startStack({ wireWebhook: false, env: redis ? { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'event-cursors' } : {} });
      const bound = stack.simulator.world.boundTerminals().filter((terminal) => terminal.vehicle.trips.length > 0);
      esn = bound[0]!.esn;
      other = bound[1]!.esn;
      // Interleaved, so that a position in one list is also a position in the other.
      const records = [esn, other, esn, other, esn, other].map((terminal, index) => ({ id: freshEventId(), esn: terminal, type: '定位', time: 1_700_000_000 + index }));
      for (const record of records) ids[record.esn] = [String(record.id), ...(ids[record.esn] ?? [])];
      expect((await postPush(stack.webhookUrl, pushBody(records), { secret: stack.simulator.secureCode })).status).toBe(200);
    });
    afterAll(async () => {
      await stack?.close();
      await redis?.close();
    });

    const page = (vehicle: string, first: number, after?: string | null) => stack.graphql(EventPage, { esn: vehicle, first, after });

    it("pages one vehicle's events with the cursors it gave, newest first", async () => {
      const first = await page(esn, 2);
      expect(first.errors).toBeUndefined();
      const events = first.data!.terminal!.vehicle!.events!;
      expect(events.edges.map((edge) => edge.node.id)).toEqual(ids[esn]!.slice(0, 2));
      expect(events.edges.every((edge) => !edge.cursor.includes(':'))).toBe(true);
      const second = await page(esn, 2, events.pageInfo.endCursor);
      expect(second.errors).toBeUndefined();
      expect(second.data!.terminal!.vehicle!.events!.edges.map((edge) => edge.node.id)).toEqual(ids[esn]!.slice(2));
      // An edge's cursor continues after that edge.
      const fromEdge = await page(esn, 5, events.edges[0]!.cursor);
      expect(fromEdge.data!.terminal!.vehicle!.events!.edges.map((edge) => edge.node.id)).toEqual(ids[esn]!.slice(1));
    });

    it("refuses another vehicle's cursor, a trip cursor and made-up ones at `after`, keeping the terminal", async () => {
      const ofOther = (await page(other, 1)).data!.terminal!.vehicle!.events!.pageInfo.endCursor!;
      const tripCursor = (await stack.graphql(TripCursor, { esn })).data!.terminal!.vehicle!.trips!.pageInfo.endCursor!;
      const made = ['event:0', 'event:1', 'event:1-2', 'event:99999999999999999999999', 'abc', `${ofOther}x`];
      for (const cursor of [ofOther, tripCursor, ...made]) {
        await stack.resetStats();
        const answer = await page(esn, 2, cursor);
        expect(answer.data, cursor).toEqual({ terminal: { esn, vehicle: { events: null } } });
        expect(answer.errors, cursor).toEqual([
          expect.objectContaining({ path: ['terminal', 'vehicle', 'events'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }),
        ]);
        expect((await stack.stats()).total).toBe(0);
      }
    });
  });
}
