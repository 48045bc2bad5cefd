import { ROAD_NODE_COUNT, buildTrack, fastestRoute, fastestRouteLengthKm, routeLengthKm, routeUsesExpressway } from './geo.ts';
import type { LngLat } from '../domain/geo.ts';
import type { FuelGrade } from '../domain/fuel-grades.ts';
import type { Random } from './random.ts';
import { SECONDS_PER_DAY, chinaDayStart } from './time.ts';

/** A finished trip (1012 record). Real units; the wire scalings are applied by the services. */
export interface Trip {
  /** Long trip id as decimal text; may exceed 2^53. */
  readonly id: string;
  /** Ignition on, unix s. */
  readonly startTime: number;
  /** Ignition off, unix s; always after startTime. */
  readonly endTime: number;
  /** Distance, km, 2 decimals; equals the length of the track (1013) to within rounding. */
  readonly mileageKm: number;
  /** Average consumption, L/100 km, 1 decimal. */
  readonly averageFuelLitresPer100Km: number;
  /** Fuel used, L, 2 decimals: mileageKm × averageFuelLitresPer100Km / 100. */
  readonly fuelLitres: number;
  readonly harshAccelerations: number;
  readonly harshBrakings: number;
  /** Warm-up before driving off, s (hotTime). */
  readonly warmUpSeconds: number;
  readonly idleSeconds: number;
  /** Top speed, km/h, 1 decimal. */
  readonly maxSpeedKmh: number;
  /** Time with the coolant at its optimal temperature, s (feeds goodWaterPercent of 3002–3004). */
  readonly optimalCoolantSeconds: number;
  /** Road-network intersections the trip drove through; the track follows them. */
  readonly route: readonly number[];
  readonly trackSeed: number;
  readonly trackPointCount: number;
}

/** Pump prices in yuan per litre used for trip and aggregate fuel costs. */
export const FUEL_PRICES: Readonly<Record<FuelGrade, number>> = { '90': 7.12, '92': 7.68, '93': 7.72, '95': 8.18, '97': 8.93 };

/** CO2 emitted per litre of petrol burnt, kg. */
export const CARBON_KG_PER_LITRE = 2.37;

export const TRIP_VERDICTS = ['极佳', '良好', '一般', '较差', '糟糕'] as const;
export type TripVerdict = (typeof TRIP_VERDICTS)[number];

/** The evaluation of a trip (1016), derived from the trip and the vehicle's fuel grade. Real units. */
export interface TripEvaluation {
  readonly mileageKm: number;
  /** km/h, 2 decimals: mileageKm / drivingSeconds. */
  readonly averageSpeedKmh: number;
  readonly fastestSpeedKmh: number;
  readonly harshBrakings: number;
  readonly harshAccelerations: number;
  /** Seconds driven beyond 4 h without a break. */
  readonly fatigueDrivingSeconds: number;
  /** Top speed when it exceeded the limit of the roads used (120 km/h on expressways, 80 elsewhere), else 0. */
  readonly speedingSpeedKmh: number;
  readonly warmUpSeconds: number;
  readonly experiencePoints: number;
  readonly startTime: number;
  readonly endTime: number;
  /** endTime − startTime. */
  readonly drivingSeconds: number;
  /** Trips of an hour or more. */
  readonly longDrive: boolean;
  readonly verdict: TripVerdict;
  readonly fuelGrade: FuelGrade;
  /** fuelLitres × pump price of the grade, yuan, 2 decimals. */
  readonly fuelCostYuan: number;
  readonly carbonEmissionsKg: number;
}

const EXPERIENCE_BY_VERDICT: Readonly<Record<TripVerdict, number>> = { 极佳: 20, 良好: 10, 一般: 0, 较差: -30, 糟糕: -50 };

export function evaluateTrip(trip: Trip, fuelGrade: FuelGrade): TripEvaluation {
  const drivingSeconds = trip.endTime - trip.startTime;
  const speedLimit = routeUsesExpressway(trip.route) ? 120 : 80;
  const speedingSpeedKmh = trip.maxSpeedKmh > speedLimit ? Math.round(trip.maxSpeedKmh) : 0;
  const fatigueDrivingSeconds = Math.max(0, drivingSeconds - 4 * 3600);
  const idleShare = trip.idleSeconds / drivingSeconds;
  const score =
    100 -
    6 * trip.harshAccelerations -
    7 * trip.harshBrakings -
    (idleShare > 0.2 ? 10 : 0) -
    (speedingSpeedKmh > 0 ? 15 : 0) -
    (fatigueDrivingSeconds > 0 ? 10 : 0);
  const verdict: TripVerdict = score >= 90 ? '极佳' : score >= 75 ? '良好' : score >= 60 ? '一般' : score >= 45 ? '较差' : '糟糕';
  return {
    mileageKm: trip.mileageKm,
    averageSpeedKmh: round(trip.mileageKm / (drivingSeconds / 3600), 2),
    fastestSpeedKmh: Math.round(trip.maxSpeedKmh),
    harshBrakings: trip.harshBrakings,
    harshAccelerations: trip.harshAccelerations,
    fatigueDrivingSeconds,
    speedingSpeedKmh,
    warmUpSeconds: trip.warmUpSeconds,
    experiencePoints: EXPERIENCE_BY_VERDICT[verdict],
    startTime: trip.startTime,
    endTime: trip.endTime,
    drivingSeconds,
    longDrive: drivingSeconds >= 3600,
    verdict,
    fuelGrade,
    fuelCostYuan: round(trip.fuelLitres * FUEL_PRICES[fuelGrade], 2),
    carbonEmissionsKg: round(trip.fuelLitres * CARBON_KG_PER_LITRE, 2),
  };
}

export function trackOfTrip(trip: Trip): LngLat[] {
  return buildTrack(trip.route, trip.trackSeed, trip.trackPointCount);
}

/** How one vehicle drives: where it lives and works, how often and how hard it drives. */
export interface DrivingHabits {
  readonly homeNode: number;
  readonly workNode: number;
  readonly favouriteNodes: readonly number[];
  /** Mean trips per day (0–4). */
  readonly tripsPerDay: number;
  /** Mean harsh events per trip. */
  readonly aggressiveness: number;
  /** Model's typical consumption, L/100 km. */
  readonly baseConsumption: number;
  /** `long`: 17-digit ids above 2^53; `timestamp`: 13-digit ids (ms of the start) below 2^53. */
  readonly idStyle: 'long' | 'timestamp';
}

export interface DrivingHistory {
  /** Chronological. */
  readonly trips: Trip[];
  /** Where the vehicle stands after the last trip. */
  readonly lastNode: number;
}

/** Trips whose ignition-on falls in [from, until) and that end before `until`, chained end to start. */
export function generateTrips(random: Random, habits: DrivingHabits, from: number, until: number): DrivingHistory {
  const trips: Trip[] = [];
  let node = habits.homeNode;
  let lastEnd = from;
  let longId = BigInt(`86${random.digits(15)}`);
  for (let day = chinaDayStart(from); day < until; day += SECONDS_PER_DAY) {
    let count = 0;
    for (let i = 0; i < 4; i++) if (random.chance(habits.tripsPerDay / 4)) count++;
    const departures = Array.from({ length: count }, () => day + random.int(6.5 * 3600, 22.5 * 3600)).sort((a, b) => a - b);
    for (const departure of departures) {
      const startTime = Math.max(departure, lastEnd + random.int(600, 1800));
      const destination = chooseDestination(random, habits, node);
      const trip = driveTrip(random, habits, fastestRoute(node, destination), startTime);
      if (trip.endTime >= until) break;
      longId += BigInt(random.int(1, 997));
      const id = habits.idStyle === 'long' ? longId.toString() : String(startTime * 1000 + random.int(0, 999));
      trips.push({ ...trip, id });
      node = destination;
      lastEnd = trip.endTime;
    }
  }
  return { trips, lastNode: node };
}

/** A trip on `route` starting at `startTime`, without its id. */
export function driveTrip(random: Random, habits: DrivingHabits, route: number[], startTime: number): Omit<Trip, 'id'> {
  const expressway = routeUsesExpressway(route);
  // The odometer counts a little more than the road route (car parks, lane changes, U-turns).
  const mileageKm = round(routeLengthKm(route) * random.float(1, 1.025), 2);
  const hour = ((startTime + 8 * 3600) % SECONDS_PER_DAY) / 3600;
  const rushHour = (hour >= 7 && hour < 9.5) || (hour >= 17 && hour < 19.5);
  const cruise = (expressway ? random.float(38, 62) : random.float(20, 38)) * (rushHour ? 0.72 : 1);
  const drivingSeconds = Math.max(240, Math.round((mileageKm / cruise) * 3600));
  const averageSpeed = mileageKm / (drivingSeconds / 3600);
  const warmUpSeconds = random.int(15, 180);
  const idleSeconds = Math.round(drivingSeconds * random.float(0.04, rushHour ? 0.3 : 0.18));
  const speedCap = expressway ? random.float(100, 128) : random.float(62, 88);
  const maxSpeedKmh = round(Math.max(averageSpeed + 8, Math.min(speedCap, averageSpeed * random.float(1.5, 2.4))), 1);
  const idleShare = idleSeconds / drivingSeconds;
  const speedFactor = averageSpeed < 25 ? 0.15 : averageSpeed > 45 ? -0.08 : 0;
  const averageFuel = round(habits.baseConsumption * (1 + idleShare * 0.8 + speedFactor) * random.float(0.94, 1.06), 1);
  const harsh = (): number => Math.min(8, Math.floor(-Math.log(1 - random.next()) * habits.aggressiveness));
  return {
    startTime,
    endTime: startTime + drivingSeconds,
    mileageKm,
    averageFuelLitresPer100Km: averageFuel,
    fuelLitres: round((mileageKm * averageFuel) / 100, 2),
    harshAccelerations: harsh(),
    harshBrakings: harsh(),
    warmUpSeconds,
    idleSeconds,
    maxSpeedKmh,
    optimalCoolantSeconds: Math.max(0, drivingSeconds - random.int(300, 900)),
    route,
    trackSeed: random.int(1, 2 ** 31 - 1),
    trackPointCount: Math.min(1500, Math.max(20, Math.round(drivingSeconds / 10))),
  };
}

export function chooseDestination(random: Random, habits: DrivingHabits, current: number): number {
  for (let attempt = 0; attempt < 8; attempt++) {
    const anywhere = random.int(0, ROAD_NODE_COUNT - 1);
    const favourite = habits.favouriteNodes.length > 0 ? random.pick(habits.favouriteNodes) : anywhere;
    const candidate =
      current === habits.homeNode
        ? random.weighted([[habits.workNode, 55], [favourite, 30], [anywhere, 15]])
        : random.weighted([[habits.homeNode, 55], [favourite, 20], [habits.workNode, 10], [anywhere, 15]]);
    if (candidate !== current && fastestRouteLengthKm(current, candidate) >= 2) return candidate;
  }
  return current === habits.homeNode ? farthestFrom(current) : habits.homeNode;
}

function farthestFrom(node: number): number {
  let best = node;
  let bestLength = -1;
  for (let candidate = 0; candidate < ROAD_NODE_COUNT; candidate++) {
    const length = fastestRouteLengthKm(node, candidate);
    if (length > bestLength) [best, bestLength] = [candidate, length];
  }
  return best;
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
