import type { Catalog, CatalogModel } from './catalog.ts';
import { ROAD_NODE_COUNT, fastestRoute, locationOfNode, pointAlongRoute, routeLengthKm } from './geo.ts';
import { Random, itemAt } from './random.ts';
import { generateReminders, type Reminder } from './reminders.ts';
import { SECONDS_PER_DAY, chinaDayStart } from './time.ts';
import { chooseDestination, driveTrip, generateTrips, round, type DrivingHabits, type Trip } from './trips.ts';
import {
  EMPTY_PROFILE,
  FAULT_CODES,
  batteryHistory,
  generateHealthCheck,
  generatePlate,
  generateProfile,
  generateTires,
  generateVin,
  type BatteryReport,
  type HealthCheck,
  type TirePattern,
  type Tires,
  type VehicleCondition,
  type VehicleProfile,
} from './vehicle.ts';

/** Who a terminal is bound to (1002). At least one of mobileNo and cid is set. */
export interface Binding {
  mobileNo: string | null;
  cid: string | null;
  /** The user's id on the iauto360 side (event `uid`). */
  uid: string;
}

export interface Vehicle {
  profile: VehicleProfile;
  condition: VehicleCondition;
  /** Finished trips, chronological (oldest first); 1015 removes from here. */
  trips: Trip[];
  /** Exactly 7, newest first. */
  battery: BatteryReport[];
  healthCheck: HealthCheck;
  tires: Tires;
  reminders: Reminder[];
  /** How it is driven (where from, how hard, how its trip ids look): trips recorded later follow them. */
  readonly habits: DrivingHabits;
  /** The road-network node where it stands after its last trip. */
  lastNode: number;
  /** When the ignition came on, unix s, while it is on (the drive under way); null while parked. */
  drivingSince: number | null;
}

export interface Terminal {
  /** 15 digits. */
  readonly esn: string;
  /** Printed activation code, an alternative to the ESN in 1002. */
  readonly activeCode: string;
  /** Plugged into the OBD port (1001 `inserted`). */
  inserted: boolean;
  /** Time of the terminal's last data, unix s. */
  activeTime: number;
  binding: Binding | null;
  vehicle: Vehicle;
}

/** The part a terminal plays in the sandbox, chosen so every interesting case exists in a default fleet. */
interface TerminalRole {
  bound: boolean;
  inserted: boolean;
  driving: boolean;
  tripsPerDay: number;
  faulty: boolean;
  weakBattery: boolean;
  tirePattern: TirePattern;
}

const HISTORY_DAYS = 90;
const SPECIAL_TIRES: readonly TirePattern[] = ['deviceFault', 'noSignal', 'lowPressure', 'overheated', 'leak', 'lowSensorBattery'];

/** The id of the user behind a mobile number or partner id; stable across binds. */
export function userIdFor(seed: number, identity: string): string {
  return String(Random.derive(seed, 'uid', identity).int(1_000_000, 9_999_999));
}

export function generateFleet(seed: number, terminalCount: number, nowSeconds: number, catalog: Catalog): Terminal[] {
  const roles = assignRoles(Random.derive(seed, 'fleet'), terminalCount);
  const petrolModels = [...catalog.modelsById.values()].filter((model) => !model.electric);
  const firstBound = roles.findIndex((role) => role.bound);
  const unique = new UniqueValues();
  return roles.map((role, index) => {
    const identity = Random.derive(seed, 'terminal', index, 'identity');
    const model = (index === firstBound ? catalog.modelsById.get(3434) : undefined) ?? identity.pick(petrolModels);
    return generateTerminal({ seed, identity, activity: Random.derive(seed, 'terminal', index, 'activity') }, role, model, nowSeconds, unique);
  });
}

function assignRoles(random: Random, count: number): TerminalRole[] {
  const roles: TerminalRole[] = Array.from({ length: count }, () => ({
    bound: true,
    inserted: true,
    driving: false,
    tripsPerDay: random.float(0.4, 2.4),
    faulty: false,
    weakBattery: false,
    tirePattern: 'normal',
  }));
  const order = random.shuffled(roles);
  const take = (): TerminalRole | undefined => order.shift();
  const unboundCount = count >= 4 ? Math.max(1, Math.round(count * 0.15)) : 0;
  for (let i = 0; i < unboundCount; i++) {
    const role = take();
    if (role) Object.assign(role, { bound: false, tripsPerDay: 0, inserted: i !== 1 });
  }
  const specials: Partial<TerminalRole>[] = [
    { driving: true },
    { driving: true },
    { tripsPerDay: 0 },
    { inserted: false },
    { inserted: false },
    { tripsPerDay: 2.7 },
    { tripsPerDay: 0.15 },
  ];
  for (const special of specials) {
    const role = take();
    if (role) Object.assign(role, special);
  }
  const bound = random.shuffled(roles.filter((role) => role.bound));
  bound.forEach((role, index) => {
    role.tirePattern = SPECIAL_TIRES[index] ?? 'normal';
  });
  const faulty = random.shuffled(bound);
  faulty.slice(0, Math.ceil(bound.length * 0.15)).forEach((role) => (role.faulty = true));
  const weak = faulty.at(-1);
  if (weak && bound.length > 1) weak.weakBattery = true;
  return roles;
}

/**
 * Who the terminal is (ESN, plate, user, profile, habits) comes from the identity stream, which does
 * not depend on the clock; what it did (trips, reports) comes from the activity stream.
 */
interface TerminalStreams {
  readonly seed: number;
  readonly identity: Random;
  readonly activity: Random;
}

function generateTerminal(streams: TerminalStreams, role: TerminalRole, model: CatalogModel, nowSeconds: number, unique: UniqueValues): Terminal {
  const { identity, activity: random } = streams;
  const esn = unique.take('esn', () => `86${identity.digits(13)}`);
  const activeCode = unique.take('activeCode', () => identity.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 12));
  const plateNumber = unique.take('plate', () => generatePlate(identity));
  const vin = generateVin(identity, model);
  const binding = role.bound ? generateBinding(identity, unique, streams.seed) : null;
  const baseOdometerKm = identity.float(2_000, 150_000);
  const profile = role.bound
    ? generateProfile(identity, model, { plateNumber, vin, odometerKm: baseOdometerKm }, nowSeconds)
    : { ...EMPTY_PROFILE };
  const faultCodes = role.faulty ? identity.shuffled(FAULT_CODES).slice(0, identity.int(1, 2)).sort() : [];
  const homeNode = identity.int(0, ROAD_NODE_COUNT - 1);
  const habits: DrivingHabits = {
    homeNode,
    workNode: (homeNode + identity.int(1, ROAD_NODE_COUNT - 1)) % ROAD_NODE_COUNT,
    favouriteNodes: [identity.int(0, ROAD_NODE_COUNT - 1), identity.int(0, ROAD_NODE_COUNT - 1)],
    tripsPerDay: role.tripsPerDay,
    aggressiveness: identity.float(0.25, 1.4),
    baseConsumption: model.litresPer100Km ?? 7,
    idStyle: identity.chance(0.5) ? 'long' : 'timestamp',
  };

  const unpluggedAt = nowSeconds - random.int(3, 20) * SECONDS_PER_DAY - random.int(0, SECONDS_PER_DAY);
  const ongoingElapsed = role.driving ? random.int(180, 900) : 0;
  const historyEnd = role.driving ? nowSeconds - ongoingElapsed - 600 : role.inserted ? nowSeconds : unpluggedAt - 3600;
  const historyStart = chinaDayStart(nowSeconds) - (HISTORY_DAYS - 1) * SECONDS_PER_DAY;
  const history =
    role.tripsPerDay > 0 ? generateTrips(random, habits, historyStart, historyEnd) : { trips: [] as Trip[], lastNode: homeNode };
  const lastTrip = history.trips.at(-1);
  const travelledKm = history.trips.reduce((sum, trip) => sum + trip.mileageKm, 0);

  let location = locationOfNode(history.lastNode);
  let ongoingKm = 0;
  if (role.driving) {
    const route = fastestRoute(history.lastNode, chooseDestination(random, habits, history.lastNode));
    const planned = driveTrip(random, habits, route, nowSeconds - ongoingElapsed);
    const fraction = Math.min(0.9, ongoingElapsed / (planned.endTime - planned.startTime));
    location = pointAlongRoute(route, fraction);
    ongoingKm = routeLengthKm(route) * fraction;
  }

  const newestReport = role.driving
    ? nowSeconds - random.int(30, 400)
    : role.inserted
      ? nowSeconds - random.int(60, 7000)
      : unpluggedAt - random.int(60, 3000);
  const restingVolts = role.weakBattery ? random.float(11.6, 11.9) : random.float(12.3, 12.9);
  const battery = batteryHistory(random, newestReport, restingVolts, role.driving);
  const activeTime = role.driving
    ? nowSeconds - random.int(3, 30)
    : role.inserted
      ? Math.max(newestReport, lastTrip?.endTime ?? 0)
      : unpluggedAt;
  const odometerKm = round(baseOdometerKm + travelledKm + ongoingKm, 1);
  const ignitionOnAt = role.driving ? nowSeconds - ongoingElapsed : (lastTrip?.startTime ?? activeTime - random.int(1, 10) * SECONDS_PER_DAY);

  return {
    esn,
    activeCode,
    inserted: role.inserted,
    activeTime,
    binding,
    vehicle: {
      profile,
      condition: {
        location,
        odometerKm,
        batteryVolts: itemAt(battery, 0).volts,
        ignitionOn: role.driving,
        vin,
        speedKmh: role.driving ? random.int(15, 65) : null,
        engineRpm: role.driving ? random.int(1300, 2600) : null,
        coolantCelsius: role.driving ? (ongoingElapsed > 400 ? random.int(86, 93) : random.int(45, 80)) : null,
        faultCodes,
      },
      trips: history.trips,
      battery,
      healthCheck: generateHealthCheck(random, ignitionOnAt + 60, faultCodes, /[3-9]\.\d[LT]/.test(model.name)),
      tires: generateTires(random, role.tirePattern, activeTime, role.driving),
      reminders: generateReminders(random, history.trips),
      habits,
      lastNode: history.lastNode,
      drivingSince: role.driving ? nowSeconds - ongoingElapsed : null,
    },
  };
}

function generateBinding(random: Random, unique: UniqueValues, seed: number): Binding {
  const mobileNo = unique.take('mobile', () => `1${random.pick(['3', '5', '7', '8'])}${random.digits(9)}`);
  const cid = random.chance(0.3) ? `P${random.digits(8)}` : null;
  return { mobileNo, cid, uid: userIdFor(seed, mobileNo) };
}

/** Draws values until one not drawn before comes up, per kind (ESN, plate, ...). */
class UniqueValues {
  private readonly seen = new Map<string, Set<string>>();

  take(kind: string, draw: () => string): string {
    const seen = this.seen.get(kind) ?? new Set<string>();
    this.seen.set(kind, seen);
    for (;;) {
      const value = draw();
      if (!seen.has(value)) {
        seen.add(value);
        return value;
      }
    }
  }
}
