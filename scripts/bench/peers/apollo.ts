/*
 * The benchmark peer a user would write instead of iauto-graph: Apollo Server 5 (standalone) with a
 * RESTDataSource per request and per-request DataLoaders, as the Apollo docs teach, serving only the
 * fields of the bench's documents, under the same names, so the same documents run on both.
 * Dev-only: `npm run bench` starts it in its own process (IAUTO_BASE_URL, IAUTO_OPEN_ID,
 * IAUTO_SECURE_CODE name the upstream) and reads its URL from the first line it prints.
 *
 * It is granted what a careful user would add: lossless parsing of long trip ids (without it, trip
 * ids above 2^53 come back wrong and their tracks cannot be fetched) and the car catalog loaded once
 * per process. It validates nothing and shares no answer across requests. Its SDL declares
 * iauto-graph's nullability (a failed field is null at the same path) and it reads wire values with
 * the project's decoders (src/domain), so both give the same JSON; test/bench-peers.test.ts checks it.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { RESTDataSource } from '@apollo/datasource-rest';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { decodeDriveStatus } from '../../../src/domain/condition.ts';
import { decodeFuelGrade } from '../../../src/domain/fuel-grades.ts';
import { pathLengthKm } from '../../../src/domain/geo.ts';
import { decodeTripVerdict } from '../../../src/domain/trips.ts';
import { fromHundredths } from '../../../src/domain/units.ts';
import { parseJsonLossless } from '../../../src/upstream/lossless-json.ts';
import { signRequest } from '../../../src/upstream/signature.ts';

const typeDefs = `#graphql
  scalar DateTime

  type Query {
    terminal(esn: String!): Terminal
    terminals(esns: [String!]!): [Terminal]!
  }
  type Terminal { esn: String! vehicle: Vehicle }
  type Vehicle {
    condition: VehicleCondition
    profile: VehicleProfile
    trips(first: Int = 10, from: DateTime, to: DateTime): TripConnection
  }
  type VehicleCondition {
    location: Coordinate
    odometerKm: Float
    batteryVoltage: Float
    driveStatus: DriveStatus
    speedKmh: Float
  }
  type Coordinate { lng: Float! lat: Float! }
  enum DriveStatus { IGNITION_OFF IGNITION_ON }
  type VehicleProfile { modelId: Int fuelGrade: FuelGrade model: Model }
  enum FuelGrade { RON90 RON92 RON93 RON95 RON97 }
  type Model { catalogId: Int! name: String! series: Series! }
  type Series { catalogId: Int! name: String! subBrand: SubBrand! }
  type SubBrand { id: Int! name: String! }
  type TripConnection { totalCount: Int! edges: [TripEdge!]! }
  type TripEdge { node: Trip }
  type Trip { tripId: ID! distanceKm: Float! track: TripTrack evaluation: TripEvaluation }
  type TripTrack { pointCount: Int! lengthKm: Float! }
  type TripEvaluation { distanceKm: Float fuelCostYuan: Float verdict: TripVerdict! }
  enum TripVerdict { EXCELLENT GOOD AVERAGE POOR BAD UNKNOWN }
`;

type Wire = any;

interface Upstream {
  baseUrl: string;
  openId: string;
  secureCode: string;
}

/** The iauto360 API as a RESTDataSource: every call is a signed POST of a JSON envelope. */
class IautoAPI extends RESTDataSource {
  readonly #upstream: Upstream;

  constructor(upstream: Upstream) {
    super();
    this.baseURL = `${upstream.baseUrl}/`;
    this.#upstream = upstream;
  }

  async call(service: number, data: unknown): Promise<Wire> {
    const time = Date.now();
    const body = JSON.stringify({ time, data });
    const signature = signRequest(this.#upstream.openId, body, this.#upstream.secureCode, time);
    const envelope = await this.post(`srv/${service}/${encodeURIComponent(this.#upstream.openId)}/${signature}`, {
      body,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    if (Number(envelope.flag) !== 1) {
      throw new GraphQLError(`iauto360 service ${service} failed: ${envelope.err}`, { extensions: { code: 'UPSTREAM_REJECTED' } });
    }
    return { ...envelope.data, page: envelope.data?.page ?? envelope.page, totalCount: envelope.data?.totalCount ?? envelope.totalCount };
  }

  protected override async parseBody(response: { text(): Promise<string> }): Promise<object | string> {
    return parseJsonLossless(await response.text()) as object;
  }
}

/** One DataLoader per service, keyed by the call's data: each distinct call once per request. */
function createLoaders(api: IautoAPI) {
  const byKey = (service: number) =>
    new DataLoader<string, Wire>(async (keys) => Promise.all(keys.map((key) => api.call(service, JSON.parse(key)).catch((error: Error) => error))));
  return { condition: byKey(1011), profile: byKey(1021), tripPage: byKey(1012), track: byKey(1013), evaluation: byKey(1016) };
}

interface Context {
  api: IautoAPI;
  loaders: ReturnType<typeof createLoaders>;
}

interface Model {
  catalogId: number;
  name: string;
  series: { catalogId: number; name: string; subBrand: { id: number; name: string } };
}

/** The car catalog, loaded once per process: brand list, then every brand's model tree. */
let catalog: Promise<Map<number, Model>> | undefined;
function catalogOf(api: IautoAPI): Promise<Map<number, Model>> {
  catalog ??= (async () => {
    const models = new Map<number, Model>();
    const brands = await api.call(4001, {});
    const trees = await Promise.all(brands.records.map((brand: Wire) => api.call(4002, { brandId: brand.id })));
    for (const tree of trees) {
      for (const subBrand of tree.records) {
        for (const series of subBrand.records) {
          const seriesValue = { catalogId: series.id, name: series.name, subBrand: { id: subBrand.id, name: subBrand.name } };
          for (const model of series.records) models.set(model.id, { catalogId: model.id, name: model.name, series: seriesValue });
        }
      }
    }
    return models;
  })();
  catalog.catch(() => (catalog = undefined));
  return catalog;
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

const resolvers = {
  Query: {
    terminal: (_: unknown, args: { esn: string }) => ({ esn: args.esn }),
    terminals: (_: unknown, args: { esns: string[] }) => args.esns.map((esn) => ({ esn })),
  },
  Terminal: { vehicle: (terminal: { esn: string }) => ({ esn: terminal.esn }) },
  Vehicle: {
    condition: (vehicle: { esn: string }, _: unknown, context: Context) => context.loaders.condition.load(JSON.stringify({ esn: vehicle.esn })),
    profile: (vehicle: { esn: string }, _: unknown, context: Context) => context.loaders.profile.load(JSON.stringify({ esn: vehicle.esn })),
    trips: async (vehicle: { esn: string }, args: { first: number; from?: string; to?: string }, context: Context) => {
      const timeTo = args.to ? seconds(args.to) : Math.floor(Date.now() / 1000);
      const timeFrom = args.from ? seconds(args.from) : timeTo - 90 * 86_400;
      const page = (number: number) => context.loaders.tripPage.load(JSON.stringify({ esn: vehicle.esn, timeFrom, timeTo, page: number }));
      const first = await page(1);
      const wanted = Math.min(args.first, first.totalCount);
      const later = await Promise.all(Array.from({ length: Math.max(0, Math.ceil(wanted / 10) - 1) }, (_, index) => page(index + 2)));
      const records = [first, ...later].flatMap((answer) => answer.records).slice(0, wanted);
      return { totalCount: first.totalCount, edges: records.map((record: Wire) => ({ node: { ...record, esn: vehicle.esn } })) };
    },
  },
  VehicleCondition: {
    location: (condition: Wire) => (condition.location ? { lng: condition.location[0], lat: condition.location[1] } : null),
    odometerKm: (condition: Wire) => condition.mileage ?? null,
    batteryVoltage: (condition: Wire) => condition.voltage ?? null,
    driveStatus: (condition: Wire) => decodeDriveStatus(condition.driveStatus),
    speedKmh: (condition: Wire) => (condition.driveStatus === 1 ? (condition.speed ?? null) : null),
  },
  DriveStatus: { IGNITION_OFF: 0, IGNITION_ON: 1 },
  VehicleProfile: {
    modelId: (profile: Wire) => (profile.modelId > 0 ? profile.modelId : null),
    fuelGrade: (profile: Wire) => decodeFuelGrade(profile.oilType),
    model: async (profile: Wire, _: unknown, context: Context) =>
      profile.modelId > 0 ? ((await catalogOf(context.api)).get(profile.modelId) ?? null) : null,
  },
  FuelGrade: { RON90: '90', RON92: '92', RON93: '93', RON95: '95', RON97: '97' },
  Trip: {
    tripId: (trip: Wire) => String(trip.id),
    distanceKm: (trip: Wire) => trip.mileage,
    track: (trip: Wire, _: unknown, context: Context) => context.loaders.track.load(JSON.stringify({ esn: trip.esn, recordId: String(trip.id) })),
    evaluation: (trip: Wire, _: unknown, context: Context) =>
      context.loaders.evaluation.load(JSON.stringify({ esn: trip.esn, recordId: String(trip.id) })),
  },
  TripTrack: {
    pointCount: (track: Wire) => (track.coords ?? []).length,
    lengthKm: (track: Wire) => pathLengthKm(track.coords ?? []),
  },
  TripEvaluation: {
    distanceKm: (evaluation: Wire) => fromHundredths(evaluation.totalMileage),
    fuelCostYuan: (evaluation: Wire) => fromHundredths(evaluation.oilCost),
    verdict: (evaluation: Wire) => decodeTripVerdict(evaluation.totalDes),
  },
};

const upstream: Upstream = {
  baseUrl: process.env.IAUTO_BASE_URL ?? '',
  openId: process.env.IAUTO_OPEN_ID ?? '',
  secureCode: process.env.IAUTO_SECURE_CODE ?? '',
};
const server = new ApolloServer<Context>({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' },
  context: async () => {
    const api = new IautoAPI(upstream);
    return { api, loaders: createLoaders(api) };
  },
});
console.log(`apollo peer listening at ${url}graphql`);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
