/*
 * The floor of the benchmark: node:http and an undici pool making only the calls the bench's
 * documents need, with no GraphQL engine. It knows the documents by operation name and writes
 * their answers by hand (the same JSON the GraphQL servers give), shares finished trips' tracks
 * and evaluations and the catalog across requests as the gateway does, and validates nothing. It
 * reads wire values with the project's decoders (src/domain); test/bench-peers.test.ts checks that
 * its answers are iauto-graph's.
 * Dev-only: `npm run bench` starts it in its own process (IAUTO_BASE_URL, IAUTO_OPEN_ID,
 * IAUTO_SECURE_CODE name the upstream, IAUTO_MAX_CONNECTIONS its pool size).
 */
import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { decodeDriveStatus } from '../../../src/domain/condition.ts';
import { decodeFuelGrade } from '../../../src/domain/fuel-grades.ts';
import { pathLengthKm } from '../../../src/domain/geo.ts';
import { decodeTripVerdict } from '../../../src/domain/trips.ts';
import { fromHundredths } from '../../../src/domain/units.ts';
import { parseJsonLossless } from '../../../src/upstream/lossless-json.ts';
import { signRequest } from '../../../src/upstream/signature.ts';

type Wire = any;

const baseUrl = new URL(process.env.IAUTO_BASE_URL ?? '');
const openId = process.env.IAUTO_OPEN_ID ?? '';
const secureCode = process.env.IAUTO_SECURE_CODE ?? '';
const pool = new Pool(baseUrl.origin, { connections: Number(process.env.IAUTO_MAX_CONNECTIONS ?? 16), keepAliveTimeout: 30_000 });

async function call(service: number, data: unknown): Promise<Wire> {
  const time = Date.now();
  const body = JSON.stringify({ time, data });
  const signature = signRequest(openId, body, secureCode, time);
  const response = await pool.request({
    method: 'POST',
    path: `/srv/${service}/${encodeURIComponent(openId)}/${signature}`,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body,
  });
  const envelope = parseJsonLossless(await response.body.text()) as Wire;
  if (envelope.flag !== 1) throw new Error(`service ${service} failed: ${envelope.err}`);
  return { ...envelope.data, totalCount: envelope.data?.totalCount ?? envelope.totalCount };
}

/** Tracks and evaluations of trips never change: kept for the life of the process, as the catalog. */
const immutable = new Map<string, Promise<Wire>>();
let catalog: Promise<Map<number, Wire>> | undefined;

function loadCatalog(): Promise<Map<number, Wire>> {
  catalog ??= (async () => {
    const models = new Map<number, Wire>();
    const brands = await call(4001, {});
    const trees = await Promise.all(brands.records.map((brand: Wire) => call(4002, { brandId: brand.id })));
    for (const subBrand of trees.flatMap((tree) => tree.records)) {
      for (const series of subBrand.records) {
        for (const model of series.records) models.set(model.id, { model, series, subBrand });
      }
    }
    return models;
  })();
  return catalog;
}

const driveStatuses = ['IGNITION_OFF', 'IGNITION_ON'];
const driveStatus = (condition: Wire) => {
  const code = decodeDriveStatus(condition.driveStatus);
  return code === null ? null : driveStatuses[code];
};
const fuelGrade = (profile: Wire) => {
  const grade = decodeFuelGrade(profile.oilType);
  return grade === null ? null : `RON${grade}`;
};

async function dashboard(variables: { esns: string[]; pinned: string; from: string; to: string }): Promise<unknown> {
  const timeFrom = Math.floor(Date.parse(variables.from) / 1000);
  const timeTo = Math.floor(Date.parse(variables.to) / 1000);
  const calls = new Map<string, Promise<Wire>>();
  const once = (service: number, data: Record<string, unknown>, shared?: Map<string, Promise<Wire>>) => {
    const key = `${service}:${JSON.stringify(data)}`;
    const cache = shared ?? calls;
    let answer = cache.get(key);
    if (!answer) {
      answer = call(service, data);
      cache.set(key, answer);
    }
    return answer;
  };
  const vehicleOf = async (esn: string) => {
    const [condition, profile, page, models] = await Promise.all([
      once(1011, { esn }),
      once(1021, { esn }),
      once(1012, { esn, timeFrom, timeTo, page: 1 }),
      loadCatalog(),
    ]);
    const trips = page.records.slice(0, 5);
    const details = await Promise.all(
      trips.map((trip: Wire) =>
        Promise.all([once(1013, { esn, recordId: String(trip.id) }, immutable), once(1016, { esn, recordId: String(trip.id) }, immutable)]),
      ),
    );
    const entry = models.get(profile.modelId);
    return { condition, profile, page, trips, details, model: entry };
  };
  const summary = (data: Wire) => ({
    condition: { driveStatus: driveStatus(data.condition), speedKmh: data.condition.driveStatus === 1 ? (data.condition.speed ?? null) : null },
    profile: { fuelGrade: fuelGrade(data.profile), model: data.model ? { id: data.model.model.id, series: { id: data.model.series.id } } : null },
  });
  const tripDetail = (trip: Wire, [track, evaluation]: Wire[]) => ({
    distanceKm: trip.mileage,
    track: { lengthKm: pathLengthKm(track.coords ?? []) },
    evaluation: { distanceKm: fromHundredths(evaluation.totalMileage), fuelCostYuan: fromHundredths(evaluation.oilCost) },
  });

  const [fleet, pinned] = await Promise.all([Promise.all(variables.esns.map(vehicleOf)), vehicleOf(variables.pinned)]);
  return {
    fleet: fleet.map((data, index) => {
      const { condition, profile } = summary(data);
      const location = data.condition.location;
      return {
        esn: variables.esns[index],
        vehicle: {
          condition: { ...condition, odometerKm: data.condition.mileage ?? null, location: location ? { lng: location[0], lat: location[1] } : null },
          profile: {
            ...profile,
            model: data.model
              ? { ...profile.model, series: { id: data.model.series.id, name: data.model.series.name, subBrand: { name: data.model.subBrand.name } }, name: data.model.model.name }
              : null,
          },
          battery: { batteryVoltage: data.condition.voltage ?? null },
          trips: {
            totalCount: data.page.totalCount,
            edges: data.trips.map((trip: Wire, position: number) => {
              const { distanceKm, track, evaluation } = tripDetail(trip, data.details[position]);
              return { node: { id: String(trip.id), distanceKm, track: { ...track, pointCount: (data.details[position][0].coords ?? []).length }, evaluation } };
            }),
          },
          latest: {
            edges: data.trips.slice(0, 3).map((trip: Wire, position: number) => ({
              node: { id: String(trip.id), evaluation: { verdict: decodeTripVerdict(data.details[position][1].totalDes) } },
            })),
          },
        },
      };
    }),
    pinned: {
      vehicle: {
        ...summary(pinned),
        trips: { edges: pinned.trips.map((trip: Wire, position: number) => ({ node: tripDetail(trip, pinned.details[position]) })) },
      },
    },
  };
}

async function fleet(variables: { esns: string[]; from: string; to: string }): Promise<unknown> {
  const timeFrom = Math.floor(Date.parse(variables.from) / 1000);
  const timeTo = Math.floor(Date.parse(variables.to) / 1000);
  const models = await loadCatalog();
  const vehicleOf = async (esn: string) => {
    const [condition, profile, page] = await Promise.all([call(1011, { esn }), call(1021, { esn }), call(1012, { esn, timeFrom, timeTo, page: 1 })]);
    const trips = page.records.slice(0, 2);
    const details = await Promise.all(
      trips.map((trip: Wire) =>
        Promise.all([
          shared(immutable, `1013:${esn}:${trip.id}`, () => call(1013, { esn, recordId: String(trip.id) })),
          shared(immutable, `1016:${esn}:${trip.id}`, () => call(1016, { esn, recordId: String(trip.id) })),
        ]),
      ),
    );
    return {
      esn,
      vehicle: {
        condition: { odometerKm: condition.mileage ?? null, driveStatus: driveStatus(condition) },
        profile: { model: models.has(profile.modelId) ? { name: models.get(profile.modelId).model.name } : null },
        trips: {
          totalCount: page.totalCount,
          edges: trips.map((trip: Wire, position: number) => ({
            node: {
              id: String(trip.id),
              track: { pointCount: (details[position]![0].coords ?? []).length },
              evaluation: { verdict: decodeTripVerdict(details[position]![1].totalDes) },
            },
          })),
        },
      },
    };
  };
  return { terminals: await Promise.all(variables.esns.map(vehicleOf)) };
}

function shared(cache: Map<string, Promise<Wire>>, key: string, load: () => Promise<Wire>): Promise<Wire> {
  let answer = cache.get(key);
  if (!answer) {
    answer = load();
    cache.set(key, answer);
  }
  return answer;
}

async function catalogWarmup(variables: { esn: string }): Promise<unknown> {
  const [profile, models] = await Promise.all([call(1021, { esn: variables.esn }), loadCatalog()]);
  return { terminal: { vehicle: { profile: { model: { name: models.get(profile.modelId)?.model.name ?? null } } } } };
}

async function answer(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) text += chunk;
  const { operationName, query, variables } = JSON.parse(text);
  switch (operationName) {
    case 'Dashboard':
      return { data: await dashboard(variables) };
    case 'Fleet':
      return { data: await fleet(variables) };
    case 'CatalogWarmup':
      return { data: await catalogWarmup(variables) };
    case 'Cheap':
      return { data: { terminal: { esn: /esn:\s*"(\d+)"/.exec(query)?.[1] } } };
    default:
      return { errors: [{ message: `the bare floor does not know the operation ${operationName}` }] };
  }
}

const server = createServer((request, response) => {
  answer(request).then(
    (result) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
    (error: Error) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: error.message }] })),
  );
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`bare floor listening at http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.close().then(() => process.exit(0));
});
