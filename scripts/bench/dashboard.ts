/*
 * The fleet dashboard of test/dedupe.test.ts in the bench's own process: through the gateway (one
 * GraphQL request) and "by hand" the way a frontend talking to iauto360 directly would.
 */
import { toUnixSeconds } from '../../src/domain/time.ts';
import type { World } from '../../src/simulator/world.ts';
import type { IautoClient } from '../../src/upstream/client.ts';
import type { ServiceNumber, ServiceRequest, ServiceResponse } from '../../src/upstream/services.ts';
import { wellFormedRecords } from '../../src/upstream/wire.ts';
import { DashboardDocument } from '../../test/gql/graphql.ts';
import type { LocalStack } from './local-stack.ts';

const DAY_MS = 86_400_000;

export interface Dashboard {
  esns: string[];
  pinned: string;
  from: Date;
  to: Date;
}

/** The same vehicles and range as test/dedupe.test.ts: 10 bound vehicles, the last 30 days. */
export function dashboardOf(world: World): Dashboard {
  const esns = world
    .boundTerminals()
    .map((terminal) => terminal.esn)
    .slice(0, 10);
  if (esns.length < 10) throw new Error(`the simulated fleet has only ${esns.length} bound vehicles; 10 are needed`);
  return { esns, pinned: esns[3]!, from: new Date(world.createdAt - 30 * DAY_MS), to: new Date(world.createdAt) };
}

/** One GraphQL request; returns the size of its answer in bytes. Throws when it has errors. */
export async function viaGateway(stack: LocalStack, dashboard: Dashboard): Promise<number> {
  const result = await stack.graphql(DashboardDocument, {
    esns: dashboard.esns,
    pinned: dashboard.pinned,
    from: dashboard.from.toISOString(),
    to: dashboard.to.toISOString(),
  });
  if (result.errors || !result.data) throw new Error(`dashboard query failed: ${JSON.stringify(result.errors)}`);
  return Buffer.byteLength(JSON.stringify(result));
}

/**
 * The naive baseline: one client call per field occurrence of the query, with no
 * deduplication (each alias and each fragment spread fetches its own data, as separate UI
 * components would), all started at once with Promise.all; a trip's track and evaluation wait
 * only for their own trip list. The catalog is taken as cached on this side too, so
 * `profile.model` costs only the profile call.
 */
export async function byHand(client: Pick<IautoClient, 'call'>, dashboard: Dashboard): Promise<void> {
  const range = { timeFrom: toUnixSeconds(dashboard.from), timeTo: toUnixSeconds(dashboard.to) };
  const tripList = async (esn: string, first: number, perTrip: (recordId: string) => Promise<unknown>[]) => {
    const page = await client.call(1012, { esn, ...range, page: 1 });
    await Promise.all(wellFormedRecords(page.records, 1012).slice(0, first).flatMap((trip) => perTrip(trip.id)));
  };
  const byTrip = (esn: string, recordId: string) => ({ esn, recordId });

  const fleetVehicle = (esn: string) =>
    Promise.all([
      client.call(1011, { esn }), // ...VehicleSummary { condition }
      client.call(1021, { esn }), // ...VehicleSummary { profile { model } }
      client.call(1011, { esn }), // condition { odometerKm location }
      client.call(1011, { esn }), // battery: condition
      client.call(1021, { esn }), // profile { model { series { subBrand } } }
      tripList(esn, 5, (recordId) => [
        client.call(1013, byTrip(esn, recordId)), // ...TripDetail { track }
        client.call(1016, byTrip(esn, recordId)), // ...TripDetail { evaluation }
        client.call(1013, byTrip(esn, recordId)), // track { pointCount }
      ]),
      tripList(esn, 3, (recordId) => [client.call(1016, byTrip(esn, recordId))]), // latest: trips(first: 3) { evaluation }
    ]);
  const pinnedVehicle = (esn: string) =>
    Promise.all([
      client.call(1011, { esn }), // ...VehicleSummary { condition }
      client.call(1021, { esn }), // ...VehicleSummary { profile }
      tripList(esn, 5, (recordId) => [client.call(1013, byTrip(esn, recordId)), client.call(1016, byTrip(esn, recordId))]), // ...TripDetail
    ]);

  await Promise.all([...dashboard.esns.map(fleetVehicle), pinnedVehicle(dashboard.pinned)]);
}

/**
 * A client that answers each distinct (service, data) once and keeps every answer, as a
 * request's loader does: what one request's loader would hold if it outlived the request.
 */
export function rememberingClient(client: IautoClient): { client: Pick<IautoClient, 'call'>; answers: Map<string, Promise<unknown>> } {
  const answers = new Map<string, Promise<unknown>>();
  const call = <S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> => {
    const key = `${service}:${JSON.stringify(data)}`;
    if (!answers.has(key)) answers.set(key, client.call(service, data));
    return answers.get(key) as Promise<ServiceResponse<S>>;
  };
  return { client: { call }, answers };
}

/** How many of the dashboard's trip pages carry an id of 16 digits or more (lossless parsing). */
export function pagesWithLongIds(world: World, dashboard: Dashboard): number {
  const fromS = toUnixSeconds(dashboard.from);
  const toS = toUnixSeconds(dashboard.to);
  return dashboard.esns.filter((esn) =>
    world
      .tripsOf(esn)
      .filter((trip) => trip.startTime >= fromS && trip.startTime <= toS)
      .slice(0, 10)
      .some((trip) => trip.id.length >= 16),
  ).length;
}
