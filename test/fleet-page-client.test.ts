import type { AnyVariables, Client, OperationResult, TypedDocumentNode } from '@urql/core';
import { type MockInstance, afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFleetClient } from '../web/src/client.ts';
import { FleetVehiclesQuery, VehicleTripsQuery } from '../web/src/operations.ts';
import { askUntil } from './helpers/ask-until.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * The fleet page's GraphQL client (web/src/client.ts) against the gateway and the simulator, in
 * Node: what a view of the page receives when the normalized cache answers a query again from
 * its store after another answer updated the same vehicle.
 */

const stack = useStack();

// graphcache warns (in development builds, as here) of a type the page neither keys nor embeds:
// it would store such objects apart from their vehicle. None may be met in the page's operations.
let warnings: MockInstance<typeof console.warn>;
beforeAll(() => {
  warnings = vi.spyOn(console, 'warn');
});
afterAll(() => {
  expect(warnings.mock.calls.map((call) => String(call[0]).split('\n')[0])).toEqual([]);
  warnings.mockRestore();
});

/** Every result a view of `document` receives, in order, while it stays subscribed. */
function watch<Data, Variables extends AnyVariables>(client: Client, document: TypedDocumentNode<Data, Variables>, variables: Variables) {
  const results: Array<OperationResult<Data, Variables>> = [];
  const subscription = client.query(document, variables).subscribe((result) => results.push(result));
  return {
    results,
    /** Waits for the next result after the `seen` first ones. */
    async next(seen: number): Promise<OperationResult<Data, Variables>> {
      await expect.poll(() => results.length, { timeout: 10_000 }).toBeGreaterThan(seen);
      return results[seen]!;
    },
    stop: () => subscription.unsubscribe(),
  };
}

const errorsOf = (result: OperationResult) => (result.error?.graphQLErrors ?? []).map((error) => ({ path: error.path, code: error.extensions?.code }));
const outcomeOf = (result: OperationResult) => result.operation.context.meta?.cacheOutcome;

describe('the fleet page client', () => {
  it('keeps the errors of a query when its cache re-reads it, and makes no upstream call for that', async () => {
    const { world } = stack.simulator;
    const bound = world.boundTerminals().map((terminal) => terminal.esn);
    const terminal = world.boundTerminals().find((candidate) => candidate.vehicle.trips.length > 10)!;
    stack.simulator.setFaults({ badRecordRate: 1, services: [1012], esns: [terminal.esn] });
    const client = createFleetClient(undefined, () => {}, stack.url);

    const trips = watch(client, VehicleTripsQuery, { esn: terminal.esn, first: 5, after: null });
    const answered = await trips.next(0);
    const failedTrips = [0, 1, 2, 3, 4].map((index) => ({ path: ['terminal', 'vehicle', 'trips', 'edges', index, 'node'], code: 'UPSTREAM_BAD_RESPONSE' }));
    expect(errorsOf(answered)).toEqual(failedTrips);

    // The fleet's answer updates the same vehicle: the cache answers the trips view again from its store.
    await client.query(FleetVehiclesQuery, { esns: bound }, { requestPolicy: 'network-only' }).toPromise();
    const reread = await trips.next(1);
    expect(outcomeOf(reread)).toBe('hit');
    expect(reread.data?.terminal?.vehicle?.trips?.totalCount).toBe(answered.data?.terminal?.vehicle?.trips?.totalCount);
    expect(errorsOf(reread)).toEqual(failedTrips);
    expect(reread.error?.graphQLErrors[0]?.message).toBe(answered.error?.graphQLErrors[0]?.message);
    // The re-read itself asked nothing of iauto360: one trip page call in all.
    expect((await stack.stats()).calls['1012']).toBe(1);
    trips.stop();
  });

  it("keeps the errors of trips left out of a page's edges, whose indexes the cache's pagination no longer follows", async () => {
    const { world } = stack.simulator;
    const bound = world.boundTerminals().map((terminal) => terminal.esn);
    const terminal = world.boundTerminals().find((candidate) => candidate.vehicle.trips.length > 10)!;
    stack.simulator.setFaults({ badRecordRate: 0.5, services: [1012], esns: [terminal.esn] });
    // A page where a trip that failed sits before one that did not: the cache's list of edges
    // leaves the failed one out, so its error's index names another trip there.
    const { client, trips, answered } = await askUntil(
      async () => {
        const client = createFleetClient(undefined, () => {}, stack.url);
        const trips = watch(client, VehicleTripsQuery, { esn: terminal.esn, first: 5, after: null });
        return { client, trips, answered: await trips.next(0) };
      },
      ({ trips, answered }) => {
        const shown = answered.data?.terminal?.vehicle?.trips?.edges.length ?? 0;
        const mixed = errorsOf(answered).some((error) => (error.path![4] as number) < shown);
        if (!mixed) trips.stop();
        return mixed;
      },
    );
    const shown = answered.data!.terminal!.vehicle!.trips!.edges.length;
    expect(shown).toBeGreaterThan(0);
    expect(errorsOf(answered).some((error) => (error.path![4] as number) < shown)).toBe(true);

    await client.query(FleetVehiclesQuery, { esns: bound }, { requestPolicy: 'network-only' }).toPromise();
    const reread = await trips.next(1);
    expect(outcomeOf(reread)).toBe('hit');
    expect(reread.data?.terminal?.vehicle?.trips?.edges).toEqual(answered.data?.terminal?.vehicle?.trips?.edges);
    expect(errorsOf(reread)).toEqual(errorsOf(answered));
    trips.stop();
  });

  it('drops a kept error once another answer has filled its field, and keeps the others', async () => {
    const { world } = stack.simulator;
    const bound = world.boundTerminals().map((terminal) => terminal.esn);
    const [first, second] = [bound[0]!, bound[1]!];
    stack.simulator.setFaults({ errorRate: 1, services: [1011], esns: [first, second] });
    const client = createFleetClient(undefined, () => {}, stack.url);

    const fleet = watch(client, FleetVehiclesQuery, { esns: bound });
    const answered = await fleet.next(0);
    const conditionFailed = (index: number) => ({ path: ['terminals', index, 'vehicle', 'condition'], code: 'UPSTREAM_REJECTED' });
    expect(errorsOf(answered)).toEqual([conditionFailed(0), conditionFailed(1)]);

    // The first vehicle's condition answers again: the fleet view is re-read with it filled in.
    stack.simulator.setFaults({ errorRate: 1, services: [1011], esns: [second] });
    await stack.resetStats();
    // The fleet query for that vehicle alone: another operation, writing the same vehicle.
    const alone = await client.query(FleetVehiclesQuery, { esns: [first] }).toPromise();
    expect(alone.error).toBeUndefined();
    const reread = await fleet.next(1);
    // From the store, partly (the second condition is not stored, having failed); the cache does
    // not ask the network again for a view it re-reads because of another answer.
    expect(outcomeOf(reread)).toBe('partial');
    expect(reread.data?.terminals[0]?.vehicle?.condition?.odometerKm).toBe(alone.data?.terminals[0]?.vehicle?.condition?.odometerKm);
    expect(reread.data?.terminals[1]?.vehicle?.condition).toBeNull();
    expect(errorsOf(reread)).toEqual([conditionFailed(1)]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fleet.results).toHaveLength(2);
    expect((await stack.stats()).calls).toEqual({ '1011': 1, '1019': 1, '1021': 1 });

    // The next answer from the network replaces the kept errors: none once iauto360 answers again.
    stack.simulator.setFaults({ errorRate: 0 });
    const fresh = await client.query(FleetVehiclesQuery, { esns: bound }, { requestPolicy: 'network-only' }).toPromise();
    expect(fresh.error).toBeUndefined();
    await expect.poll(() => fleet.results.length).toBeGreaterThan(2);
    expect(fleet.results.at(-1)!.error).toBeUndefined();
    expect(fleet.results.at(-1)!.data?.terminals[1]?.vehicle?.condition).not.toBeNull();
    fleet.stop();
  });
});
