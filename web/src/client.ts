import { Client, fetchExchange, mapExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { needsCredentials } from './errors.ts';
import schema from './gql/introspection.json' with { type: 'json' };
import { keptErrorsExchange } from './kept-errors.ts';

/** Types without an identity of their own: graphcache stores them inside their parent. */
const embedded = [
  'BatteryReading',
  'Coordinate',
  'Wgs84Coordinate',
  'VehicleCondition',
  'FaultCode',
  'VehicleProfile',
  'TirePressureReport',
  'Tire',
  'FuelStatistics',
  'DrivingStatistics',
  'ModelDrivingBenchmark',
  'TripConnection',
  'TripEdge',
  'PageInfo',
  'TripEvaluation',
  'TripTrack',
  'CallerAccess',
];

/**
 * The GraphQL client: a normalized cache (terminals and vehicles by ESN, trips by id, trip pages
 * merged by the Relay pagination helper, aware of the schema's nullability) over fetch; subscriptions also go over fetch, as
 * Server-Sent Events, so the page needs no other transport. `credential` (an API key or token)
 * goes in every request's Authorization header, queries, mutations and subscriptions alike.
 * `onRefused` is called when the gateway refuses it (HTTP 401 / UNAUTHENTICATED: a wrong key, a
 * revoked one, an expired JWT) in the answer to any operation of the page, wherever it was asked.
 */
export function createFleetClient(credential: string | undefined, onRefused: () => void, url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    fetchSubscriptions: true,
    fetchOptions: (): RequestInit => ({ headers: credential ? { authorization: `Bearer ${credential}` } : {} }),
    exchanges: [
      // Before the cache: its re-reads of a query get back the errors of the fields still null.
      keptErrorsExchange(),
      cacheExchange({
        // Which fields may be null: a field that comes back null with its error is kept as such, and the rest of the answer with it.
        schema,
        keys: {
          Terminal: (terminal) => (terminal.esn as string | undefined) ?? null,
          Vehicle: (vehicle) => (vehicle.esn as string | undefined) ?? null,
          ...Object.fromEntries(embedded.map((type) => [type, () => null])),
        },
        resolvers: { Vehicle: { trips: relayPagination() } },
      }),
      mapExchange({
        onError: (error) => {
          if (credential !== undefined && needsCredentials(error)) onRefused();
        },
      }),
      fetchExchange,
    ],
  });
}
